// Messages between the sample-audit panel and its Web Worker. Types only: nothing here ships as code.
import type { AuditPlatform } from '../../../lib/estimator/audit/plan';
import type { AuditOutcome } from '../../../lib/estimator/audit/run';
import type { ColumnMapping } from '../../../lib/csv/columns';
import type { DoubleSample, DoubleSampleEstimate } from '../../../lib/stats/double-sampling';

/** Every request names the run it belongs to, and every answer repeats it, so the page drops stale answers. */
export type AuditRequest = { run: number } & (
  | { type: 'audit'; file: File; mapping?: ColumnMapping | undefined; platform?: AuditPlatform | undefined }
  | { type: 'export'; file: File; mapping: ColumnMapping; platform: AuditPlatform }
  // `check` numbers the hand check's requests: an answer for one since replaced or cleared is dropped.
  | { type: 'hand-check'; sample: DoubleSample; check: number }
);

export type AuditResponse = { run: number } & AuditResponseBody;

export type AuditResponseBody =
  | { type: 'progress'; fraction: number; rows: number }
  | {
      type: 'needs-mapping';
      header: string[];
      mapping: ColumnMapping;
      platform: AuditPlatform;
      problems: string[];
    }
  | {
      type: 'done';
      outcome: AuditOutcome;
      header: string[];
      mapping: ColumnMapping;
      platform: AuditPlatform;
      milliseconds: number;
    }
  | { type: 'exported'; blob: Blob }
  | { type: 'hand-checked'; estimate: DoubleSampleEstimate; check: number }
  | { type: 'failed'; message: string };
