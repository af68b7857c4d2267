/*
 * The reader for TikTok's TXT export ("Download your data" as TXT): Follower.txt (older: "Follower List.txt")
 * and Following.txt, blocks of "Date: ..." and "Username: ..." lines, or "You have no data in this section".
 * The format is described in ../formats.ts.
 */
import type { KnownFile, ListKind } from '../formats';
import { cleanName, ListFileError, parseTikTokDate, type EntrySink, type ListReader } from './shared';

/** Lines of text, however they end, with a cap on how long one line may grow. */
function lineReader(onLine: (line: string) => void, maxLine = 10_000): ListReader {
  let rest = '';
  let skipping = false;
  return {
    push(text) {
      const lines = (rest + text).split(/\r\n|\r|\n/);
      rest = lines.pop() ?? '';
      for (const line of lines) {
        if (!skipping) onLine(line);
        skipping = false;
      }
      if (rest.length > maxLine) {
        rest = '';
        skipping = true;
      }
    },
    finish() {
      if (!skipping && rest !== '') onLine(rest);
      rest = '';
    },
  };
}

/** TikTok's TXT export: "Date: 2024-03-12 18:04:11" and "Username: ..." lines, a blank line between. */
export function tiktokTextReader(file: KnownFile, sink: EntrySink): ListReader {
  const list: ListKind = file.list === 'following' ? 'following' : 'followers';
  let time = Number.NaN;
  let dated = false;
  let seen = 0;
  let empty = false;
  const lines = lineReader((line) => {
    if (/you have no data in this section/i.test(line)) empty = true;
    const match = /^\s*(date|user ?name)\s*:\s*(.*)$/i.exec(line);
    if (!match) {
      if (line.trim() === '') {
        time = Number.NaN;
        dated = false;
      }
      return;
    }
    seen++;
    if (match[1]!.toLowerCase() === 'date') {
      time = parseTikTokDate(match[2]);
      dated = true;
      return;
    }
    const name = cleanName(match[2]);
    if (name === undefined) sink.unreadable(list);
    else {
      if (dated && Number.isNaN(time)) sink.undatable?.(list);
      sink.entry({ list, name, time });
    }
    time = Number.NaN;
    dated = false;
  });
  return {
    push: lines.push,
    finish() {
      lines.finish();
      if (seen === 0 && !empty) throw new ListFileError('it has no “Username:” lines, so it holds no list.');
    },
  };
}
