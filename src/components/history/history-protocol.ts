import type { ComparisonResult } from '../../lib/history/compare';
import type { ExportSummary, SampledAccount, SampleScope } from '../../lib/history/summary';

/** What the page asks the export worker; every request carries the run it belongs to. */
export type HistoryRequest =
  | { type: 'read'; run: number; files: File[] }
  | { type: 'sample'; run: number; scope: SampleScope; size: number }
  // Another export of the same account, read beside the one already read and compared with it.
  | { type: 'compare'; run: number; files: File[] };

export type HistoryResponseBody =
  | { type: 'progress'; share: number }
  | { type: 'read'; summary: ExportSummary }
  | { type: 'sample'; scope: SampleScope; population: number; accounts: SampledAccount[] }
  | { type: 'failed'; message: string }
  | { type: 'compared'; result: ComparisonResult }
  | { type: 'compare-failed'; message: string };

export type HistoryResponse = HistoryResponseBody & { run: number };
