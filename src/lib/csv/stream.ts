import { asUtf8, encodingOf } from './encoding';
import { CSV_LIMITS, stopMessage } from './limits';
import { createCsvReader, guessDelimiter, type CsvReader } from './reader';

/** What a caller does with the records of one file, read from start to end. */
export interface CsvPass {
  /** Called once with the header row, trimmed; returning false stops reading (the caller has said why). */
  onHeader(header: string[]): boolean;
  /** The columns to copy out of each later record; undefined for all of them. */
  columns?(): ReadonlySet<number> | undefined;
  onRow(cells: string[], line: number, quoteError: boolean): void;
  /** A few times a second while reading: the share of the file read and the rows so far. */
  onProgress?(fraction: number, rows: number): void;
}

/** How reading ended: every record given, stopped by `onHeader`, or failed with a message for the owner. */
export type CsvStreamEnd = { kind: 'done' } | { kind: 'stopped' } | { kind: 'failed'; message: string };

const UNREADABLE = 'The file could not be read. Choose it again, or save a fresh copy.';
// Progress is for people: a few updates a second is plenty and keeps the main thread idle.
const PROGRESS_INTERVAL_MS = 120;

/**
 * Streams a CSV file (UTF-8, or UTF-16 with its byte-order mark) through the reader, giving each record with
 * the line it starts on. The file is read in the pieces the browser hands out, so it is never held whole, and
 * the reader's limits (`CSV_LIMITS`) stop a hostile file with a reason.
 */
export async function streamCsv(file: Blob, pass: CsvPass): Promise<CsvStreamEnd> {
  let header: string[] | undefined;
  let rows = 0;
  let stopped = false;
  let csv: CsvReader | undefined;
  const sink = {
    record(cells: string[], line: number, unclosedQuote: boolean) {
      if (!header) {
        header = cells.map((cell) => cell.trim());
        stopped = !pass.onHeader(header);
        return !stopped;
      }
      rows++;
      pass.onRow(cells, line, unclosedQuote);
      return true;
    },
  };
  let bytes: ReadableStreamDefaultReader<Uint8Array>;
  // UTF-8 bytes read per byte of the file: a UTF-16 file of Latin text is about twice its UTF-8 size.
  let ratio = 1;
  try {
    const encoding = encodingOf(new Uint8Array(await file.slice(0, 2).arrayBuffer()));
    if (encoding !== 'utf-8') ratio = 0.5;
    bytes = asUtf8(file.stream(), encoding).getReader();
  } catch {
    return { kind: 'failed', message: UNREADABLE };
  }
  let read = 0;
  let lastProgress = 0;
  try {
    for (;;) {
      const { done, value } = await bytes.read();
      if (done) break;
      read += value.byteLength;
      csv ??= createCsvReader(guessDelimiter(value), sink, CSV_LIMITS, () => pass.columns?.());
      csv.push(value);
      if (stopped || csv.stopped) break;
      const now = performance.now();
      if (pass.onProgress && now - lastProgress > PROGRESS_INTERVAL_MS) {
        lastProgress = now;
        pass.onProgress(Math.min(1, read / ratio / Math.max(1, file.size)), rows);
      }
    }
  } catch {
    return { kind: 'failed', message: UNREADABLE };
  } finally {
    void bytes.cancel().catch(() => undefined);
  }
  if (stopped) return { kind: 'stopped' };
  if (csv && !csv.stopped) csv.end();
  if (csv?.stopped) return { kind: 'failed', message: stopMessage(csv.stopped) };
  if (!header) return { kind: 'failed', message: 'This file has no rows at all.' };
  return { kind: 'done' };
}
