import { formatCount } from '../numbers/format';
import type { CsvLimits, CsvStop } from './reader';

/*
 * What the audit reads before it gives up on a file. A follower export has one short line per account: the
 * X API's user object, written out whole, is well under 10,000 bytes and under 100 columns, and no profile
 * field (a name, a bio, a link) comes near 10,000 bytes. The limits leave ten to a hundred times that, and
 * stop a file that is not an export (or is built to hurt) before it costs memory or freezes anything:
 * - a line (a record, with any line breaks inside quotes) of at most 1 MB;
 * - at most 100 KB in one cell;
 * - at most 200 columns in the header: the column chooser offers each in every one of its lists, and 200
 *   of them in 15 lists is what a phone draws well under 200 ms;
 * - at most 1,000 cells on any later line.
 */
export const CSV_LIMITS: CsvLimits = {
  maxRecordBytes: 1_000_000,
  maxCellBytes: 100_000,
  maxHeaderCells: 200,
  maxCells: 1000,
};

const NOT_AN_EXPORT = 'so this is not a file of follower profiles. Nothing was scored.';

const bytes = (count: number) =>
  count >= 1_000_000 ? `${formatCount(count / 1_000_000)} MB` : `${formatCount(count / 1000)} KB`;

/** What to tell the owner when the reader stopped at a limit. */
export function stopMessage(stop: CsvStop, limits: CsvLimits = CSV_LIMITS): string {
  const line = `line ${formatCount(stop.line)}`;
  switch (stop.kind) {
    case 'record-too-long':
      return `Line ${formatCount(stop.line)} is longer than ${bytes(limits.maxRecordBytes)}, or a quotation mark on it never closes, ${NOT_AN_EXPORT}`;
    case 'cell-too-long':
      return `Cell ${formatCount(stop.column)} on ${line} holds more than ${bytes(limits.maxCellBytes)} of text, ${NOT_AN_EXPORT}`;
    case 'too-many-header-cells':
      return `The first line names more than ${formatCount(limits.maxHeaderCells)} columns, ${NOT_AN_EXPORT}`;
    case 'too-many-cells':
      return `Line ${formatCount(stop.line)} has more than ${formatCount(limits.maxCells)} cells, ${NOT_AN_EXPORT}`;
  }
}
