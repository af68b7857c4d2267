/*
 * The reader for X's (Twitter's) archive files, data/follower.js and data/following.js: JavaScript that
 * assigns one JSON array, `window.YTD.follower.part0 = [...]`, described in ../formats.ts. The assignment is
 * checked and dropped, and the array is read by the JSON reader.
 */
import type { KnownFile } from '../formats';
import { jsonReader } from './json';
import { ListFileError, type EntrySink, type ListReader } from './shared';

export function xJsReader(file: KnownFile, sink: EntrySink): ListReader {
  const json = jsonReader(file, sink);
  // X's files are JavaScript: `window.YTD.follower.part0 = [...]`. The assignment is dropped, once.
  let prefix: string | undefined = '';
  return {
    push(text) {
      if (prefix !== undefined) {
        prefix += text;
        const equals = prefix.indexOf('=');
        if (equals === -1) {
          if (prefix.length > 200) throw new ListFileError('This does not look like an X archive file.');
          return;
        }
        if (!/^\s*window\.YTD\.[A-Za-z_]+\.part\d+\s*$/.test(prefix.slice(0, equals)))
          throw new ListFileError('This does not look like an X archive file.');
        text = prefix.slice(equals + 1);
        prefix = undefined;
      }
      json.push(text);
    },
    finish() {
      if (prefix !== undefined) throw new ListFileError('This does not look like an X archive file.');
      json.finish();
    },
  };
}
