/*
 * The reader for Meta's HTML exports: Instagram's followers_N.html and following.html, and Facebook's
 * people_who_followed_you.html, from "Download your information" as HTML. What each page holds is described
 * in ../formats.ts.
 */
import { MONTHS } from '../arrivals';
import type { KnownFile, ListKind } from '../formats';
import { AMBIGUOUS, asciiDigits, DateLanguages, readLocalDate } from '../locale-dates';
import {
  cleanName,
  ListFileError,
  MAX_NAME_LENGTH,
  repairFacebookText,
  unreadableWhy,
  visibleControls,
  type EntrySink,
  type ListReader,
} from './shared';

/** "january"... as the runtime writes them, to tell an English month from a word that starts like one. */
const ENGLISH_MONTHS = Array.from({ length: 12 }, (_, month) =>
  new Date(Date.UTC(2025, month, 15))
    .toLocaleString('en-US', { month: 'long', timeZone: 'UTC' })
    .toLowerCase(),
);

/**
 * A date from Meta's HTML, in the owner's local time: "Nov 26, 2025 12:15 am" in English, and the same
 * shape in each of Meta's other languages ("6월 06, 2026 10:49 오전", see ../locale-dates.ts). `languages`
 * follows one file, so that a month name two languages share is read the way the file's other dates say;
 * AMBIGUOUS while they do not say yet.
 */
export function readMetaHtmlDate(value: string, languages?: DateLanguages): number | typeof AMBIGUOUS {
  const text = value.trim();
  // Names and other text without a digit are never dates; most of a Facebook page is names.
  if (text.length > 80 || !/\p{Nd}/u.test(text)) return Number.NaN;
  const english =
    /^(([A-Za-z]{3})[a-z]*)\.? (\d{1,2}), (\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))? ?([ap])\.? ?m\.?$/i.exec(
      text,
    );
  const month = english ? MONTHS.indexOf(english[2]!.toLowerCase()) : -1;
  // "Nov", "Sept" or "November", but not Finnish "marrask." (November), which starts like March.
  if (english && month >= 0 && ENGLISH_MONTHS[month]!.startsWith(english[1]!.toLowerCase())) {
    const day = Number(english[3]);
    const year = Number(english[4]);
    const hour12 = Number(english[5]);
    const minute = Number(english[6]);
    if (hour12 < 1 || hour12 > 12 || minute > 59) return Number.NaN;
    const hour = (hour12 % 12) + (english[8]!.toLowerCase() === 'p' ? 12 : 0);
    const date = new Date(year, month, day, hour, minute, Number(english[7] ?? 0));
    if (date.getMonth() !== month || date.getDate() !== day) return Number.NaN;
    return date.getTime();
  }
  const time = readLocalDate(text, languages);
  return time;
}

/** `readMetaHtmlDate` for one date on its own: NaN when its month name could be two months. */
export function parseMetaHtmlDate(value: string): number {
  const time = readMetaHtmlDate(value);
  return time === AMBIGUOUS ? Number.NaN : time;
}

/** A date-like piece of text: digits and a year, so that a name is never taken for an unread date. */
const looksLikeDate = (raw: string) => {
  const text = asciiDigits(raw);
  return /\b(19|20)\d{2}\b/.test(text) && /\d{1,2}[:.h]\d{2}/.test(text);
};

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : '';
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Counts the characters the reader looks at, so that tests can hold its work to a multiple of the text's. */
export interface ScanMeter {
  scanned: number;
}

// The longest closing tag skipped to, "</script", less one: as much of a piece's end as may begin one.
const SKIP_TAIL = 7;

/**
 * Meta's HTML exports, read as a stream of tags and text, never as a page: nothing in the file is run or
 * shown as HTML. Instagram's give each account as a link to its profile (the name is the link's text, or,
 * in newer following lists, the heading before it) followed by the date; Facebook's give the name and then
 * the date as text. Dates are read in each of Meta's languages; one in a form this page does not read leaves
 * its name undated. A date whose month name could be two months (Croatian and Polish share "listopad") waits
 * until the file's other dates say which language it is in, so its entry may come after later ones.
 */
export function metaHtmlReader(file: KnownFile, sink: EntrySink, meter?: ScanMeter): ListReader {
  const list: ListKind = file.list === 'following' ? 'following' : 'followers';
  let buffer = '';
  // The closing tag of the script or style being skipped, found in any case without lowering the text.
  let skipUntil: RegExp | undefined;
  let inLink = false;
  let linkText = '';
  let lastText = '';
  // An account whose date may come in the next piece of text.
  let waiting: string | undefined;
  let sawHtml = false;
  const languages = new DateLanguages();
  // Accounts whose date's month name is still ambiguous, and how narrow the languages were when they came.
  let held: { name: string; date: string }[] = [];
  let heldAt = 0;

  const settle = () => {
    if (waiting !== undefined) sink.entry({ list, name: waiting, time: Number.NaN });
    waiting = undefined;
  };

  const dated = (name: string, time: number) => {
    if (Number.isNaN(time)) sink.undatable?.(list);
    sink.entry({ list, name, time });
  };

  /** Tries the held dates again once the languages have narrowed; at the end, what is left is undated. */
  const release = (final: boolean) => {
    if (held.length === 0 || (!final && languages.narrowed === heldAt)) return;
    heldAt = languages.narrowed;
    const still: typeof held = [];
    for (const entry of held) {
      const time = readMetaHtmlDate(entry.date, languages);
      if (time !== AMBIGUOUS) dated(entry.name, time);
      else if (final) dated(entry.name, Number.NaN);
      else still.push(entry);
    }
    held = still;
  };

  /** `name`'s entry with the date in `text`, or false when `text` is no date at all. */
  const withDate = (name: string, text: string): boolean => {
    const time = readMetaHtmlDate(text, languages);
    if (time === AMBIGUOUS) {
      if (held.length === 0) heldAt = languages.narrowed;
      held.push({ name, date: text });
      return true;
    }
    if (Number.isNaN(time) && !looksLikeDate(text)) return false;
    dated(name, time);
    release(false);
    return true;
  };

  const onText = (raw: string) => {
    const text = decodeEntities(raw).replace(/\s+/g, ' ').trim();
    if (text === '') return;
    if (inLink) {
      // A name is short: a link holding more is no profile link, and is not kept growing.
      if (linkText.length <= MAX_NAME_LENGTH) linkText += text;
      return;
    }
    if (waiting !== undefined) {
      if (withDate(waiting, text)) {
        waiting = undefined;
        lastText = '';
        return;
      }
      settle();
    }
    if (file.platform === 'facebook' && lastText !== '') {
      const name = visibleControls(repairFacebookText(lastText).slice(0, MAX_NAME_LENGTH));
      if (withDate(name, text)) {
        lastText = '';
        return;
      }
    }
    lastText = text.length <= MAX_NAME_LENGTH ? text : '';
  };

  const onTag = (tag: string) => {
    sawHtml = true;
    const match = /^<\s*(\/?)\s*([a-z0-9]+)/i.exec(tag);
    if (!match) return;
    const closing = match[1] === '/';
    const name = match[2]!.toLowerCase();
    if (!closing && (name === 'style' || name === 'script')) {
      skipUntil = name === 'style' ? /<\/style/gi : /<\/script/gi;
      return;
    }
    if (file.platform !== 'instagram' || name !== 'a') return;
    if (!closing) {
      const href = /\bhref\s*=\s*"([^"]*)"/i.exec(tag)?.[1] ?? '';
      inLink = /^https?:\/\/(www\.)?instagram\.com\//i.test(decodeEntities(href));
      linkText = '';
      return;
    }
    if (!inLink) return;
    inLink = false;
    settle();
    // The link's text is the user name, or in newer following lists the profile address, after a heading
    // that holds the name.
    const fromAddress = /^https?:\/\/(?:www\.)?instagram\.com\/(?:_u\/)?([A-Za-z0-9._]{1,30})\/?$/i.exec(
      linkText,
    );
    const candidate = fromAddress
      ? /^[A-Za-z0-9._]{1,30}$/.test(lastText)
        ? lastText
        : fromAddress[1]!
      : linkText;
    const clean = cleanName(candidate);
    if (clean === undefined) sink.unreadable(list, unreadableWhy(candidate));
    else waiting = clean;
    lastText = '';
  };

  const MAX_BUFFER = 64 * 1024;
  // Where the search the reader is stuck on (for the end of a tag, or for the next tag) has looked up to:
  // the next piece is searched from there, so no character is looked at again however small the pieces.
  let searched = 0;
  const looked = (from: number, to: number) => {
    if (meter) meter.scanned += to - from;
  };
  const drain = (final: boolean) => {
    let at = 0;
    for (;;) {
      if (skipUntil !== undefined) {
        const from = Math.max(at, searched);
        skipUntil.lastIndex = from;
        const end = skipUntil.exec(buffer);
        looked(from, end ? end.index : buffer.length);
        if (!end) {
          // The closing tag may start at the end of this piece and end in the next.
          at = Math.max(at, buffer.length - SKIP_TAIL);
          searched = at;
          break;
        }
        skipUntil = undefined;
        at = end.index;
      }
      // A tag still open at the end of the last piece starts where reading stopped; text is searched on.
      const tagNext = buffer.charCodeAt(at) === 0x3c;
      const start = tagNext ? at : Math.max(at, searched);
      const open = tagNext ? at : buffer.indexOf('<', start);
      looked(start, open === -1 ? buffer.length : open + 1);
      if (open === -1) {
        if (!final && buffer.length - at <= MAX_BUFFER) {
          searched = buffer.length;
          break;
        }
        if (final) onText(buffer.slice(at));
        at = buffer.length;
        break;
      }
      if (open > at) onText(buffer.slice(at, open));
      const from = Math.max(open + 1, searched);
      const close = buffer.indexOf('>', from);
      looked(from, close === -1 ? buffer.length : close + 1);
      if (close === -1) {
        at = open;
        searched = buffer.length;
        if (buffer.length - open > MAX_BUFFER) at = buffer.length;
        break;
      }
      looked(open, close + 1);
      onTag(buffer.slice(open, close + 1));
      at = close + 1;
    }
    buffer = buffer.slice(at);
    searched = Math.max(0, searched - at);
  };

  return {
    push(text) {
      buffer += text;
      drain(false);
    },
    finish() {
      drain(true);
      settle();
      release(true);
      if (!sawHtml) throw new ListFileError('This does not look like an HTML page from an export.');
    },
  };
}
