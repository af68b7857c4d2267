import type { KnownFile } from '../../../../src/lib/history/formats';
import { createListReader, type ExportEntry } from '../../../../src/lib/history/readers';

/** Reads `text` as one piece through the reader callers use, and gives what came out. */
export function read(file: KnownFile, text: string) {
  const entries: ExportEntry[] = [];
  let unreadable = 0;
  let undatable = 0;
  const reader = createListReader(file, {
    entry: (entry) => entries.push(entry),
    unreadable: () => unreadable++,
    undatable: () => undatable++,
  });
  reader.push(text);
  reader.finish();
  return { entries, unreadable, undatable };
}
