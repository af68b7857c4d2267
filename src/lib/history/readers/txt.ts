/*
 * The reader for TikTok's TXT export ("Download your data" as TXT): the follower list and the list of
 * accounts followed, blocks of a date line and a user-name line with a blank line between, or one line that
 * says the section is empty. The files and their labels are in the account's language: Follower.txt
 * (older: "Follower List.txt") with "Date: ..." and "Username: ..." in English, Volger.txt with "Datum: ..."
 * and "Gebruikersnaam: ..." in Dutch (d3i-infra/data-donation-task, packages/python/port/platforms/
 * tiktok.py). Which files are lists is in ../formats.ts.
 *
 * Labels in a language not listed here are read by the file's structure: a line "<label>: <date>" whose
 * date is TikTok's ("2024-03-12 18:04:11") is a date line, and the next labelled line of its block gives the
 * user name; that label is then the name's label for the whole file. Lines with any other label are left.
 */
import type { KnownFile, ListKind } from '../formats';
import {
  cleanName,
  ListFileError,
  parseTikTokDate,
  unreadableWhy,
  type EntrySink,
  type ListReader,
} from './shared';

/** The labels of the date and the user name in the languages whose exports have been seen, in lower case. */
const DATE_LABELS = new Set(['date', 'datum']);
const NAME_LABELS = new Set(['username', 'user name', 'gebruikersnaam']);

/**
 * "This section is empty" in the languages seen: English, and Dutch in two wordings (the same d3i-infra
 * reader). In another language such a file has no labelled lines and is refused with a clear message.
 */
const EMPTY_SECTION =
  /you have no data in this section|dit gedeelte bevat geen gegevens|er staan geen gegevens in dit gedeelte/i;

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

/** TikTok's TXT export: a date line and a user-name line, a blank line between accounts. */
export function tiktokTextReader(file: KnownFile, sink: EntrySink): ListReader {
  const list: ListKind = file.list === 'following' ? 'following' : 'followers';
  let time = Number.NaN;
  let dated = false;
  let seen = 0;
  let empty = false;
  // The labels of a language not listed above, once the file's structure has shown them.
  let dateLabel: string | undefined;
  let nameLabel: string | undefined;
  const lines = lineReader((line) => {
    if (EMPTY_SECTION.test(line)) empty = true;
    const match = /^\s*([^:]{1,60}?)\s*:\s*(.*)$/.exec(line);
    if (!match) {
      if (line.trim() === '') {
        time = Number.NaN;
        dated = false;
      }
      return;
    }
    const label = match[1]!.toLowerCase();
    const value = match[2]!;
    const isName = NAME_LABELS.has(label) || label === nameLabel;
    if (!isName && (DATE_LABELS.has(label) || label === dateLabel)) {
      seen++;
      time = parseTikTokDate(value);
      dated = true;
      return;
    }
    if (!isName && dateLabel === undefined && nameLabel === undefined) {
      const when = parseTikTokDate(value);
      if (!Number.isNaN(when)) {
        // A label this reader does not know, with TikTok's date: this file's date label.
        dateLabel = label;
        seen++;
        time = when;
        dated = true;
        return;
      }
    }
    if (!isName) {
      // The first labelled line after a date in a file of unknown labels gives the user name.
      if (!dated || nameLabel !== undefined || dateLabel === undefined) return;
      nameLabel = label;
    }
    seen++;
    const name = cleanName(value);
    if (name === undefined) sink.unreadable(list, unreadableWhy(value));
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
      if (seen === 0 && !empty)
        throw new ListFileError(
          'it has no lines of dates and user names (“Username:”), so it holds no list.',
        );
    },
  };
}

// A labelled line whose value is TikTok's date, as its TXT lists write one for every account.
const DATED_LINE = /^\s*[^:\n]{1,40}:\s*\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/;
const LABELLED_LINE = /^\s*[^:\n]{1,40}:\s*\S/;

/**
 * Whether the start of a text file is laid out as TikTok's lists are, whatever its language: a line of a
 * label and TikTok's date followed by another labelled line, at least twice. Used for files whose names the
 * page does not know.
 */
export function looksLikeTikTokList(head: string): boolean {
  const lines = head.split(/\r\n|\r|\n/, 400);
  let blocks = 0;
  for (let i = 0; i + 1 < lines.length && blocks < 2; i++)
    if (DATED_LINE.test(lines[i]!) && LABELLED_LINE.test(lines[i + 1]!) && !DATED_LINE.test(lines[i + 1]!))
      blocks++;
  return blocks >= 2;
}
