import { formatCount } from '../numbers/format';
import type { CsvLimits, CsvStop } from './tokenizer';

/*
 * What the audit reads before it gives up on a file. A follower export has one short line per account: the
 * X API's user object, written out whole, is well under 10,000 characters and under 100 columns. The limits
 * leave a hundred times that, and stop a file that is not an export (or is built to hurt) before it costs
 * memory or freezes anything.
 */
export const CSV_LIMITS: CsvLimits = { maxRecordBytes: 1_000_000, maxCells: 1000 };

/** What to tell the owner when the reader stopped at a limit. */
export function stopMessage(stop: CsvStop): string {
  const line = `Line ${formatCount(stop.line)}`;
  return stop.kind === 'record-too-long'
    ? `${line} is longer than ${formatCount(CSV_LIMITS.maxRecordBytes / 1_000_000)} MB, or a quotation mark on it never closes, so this is not a file of follower profiles. Nothing was scored.`
    : `${line} has more than ${formatCount(CSV_LIMITS.maxCells)} cells, so this is not a file of follower profiles. Nothing was scored.`;
}
