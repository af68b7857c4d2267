/*
 * Readers for each file format of the exports (see ../formats.ts), all streaming: text goes in piece by piece
 * with `push`, and each account found comes out at once, so a file of 500,000 followers never exists as
 * one parsed document. Everything from the file is untrusted: names are checked, dates must be real dates,
 * and an entry that does not fit is counted as unreadable rather than guessed at.
 *
 * One module a format: json.ts (Instagram, TikTok and Facebook JSON), js.ts (X's archive files), txt.ts
 * (TikTok's TXT export) and html.ts (Instagram's and Facebook's HTML); shared.ts has what they share. Callers
 * import from here.
 */
import type { KnownFile } from '../formats';
import { metaHtmlReader } from './html';
import { xJsReader } from './js';
import { jsonReader } from './json';
import type { EntrySink, ListReader } from './shared';
import { tiktokTextReader } from './txt';

export { ListFileError, MAX_NAME_LENGTH, type EntrySink, type ExportEntry, type ListReader } from './shared';

/** The reader for `file`'s format. */
export function createListReader(file: KnownFile, sink: EntrySink): ListReader {
  switch (file.format) {
    case 'json':
      return jsonReader(file, sink);
    case 'js':
      return xJsReader(file, sink);
    case 'txt':
      return tiktokTextReader(file, sink);
    case 'html':
      return metaHtmlReader(file, sink);
  }
}
