/*
 * Readers for each file format of the exports (see formats.ts), all streaming: text goes in piece by piece
 * with `push`, and each account found comes out at once, so a file of 500,000 followers never exists as
 * one parsed document. Everything from the file is untrusted: names are checked, dates must be real dates,
 * and an entry that does not fit is counted as unreadable rather than guessed at.
 */
import { isRecord } from '../parse/untrusted';
import { JSON_LISTS, type KnownFile, type ListKind, type HistoryPlatform } from './formats';
import { MONTHS } from './arrivals';
import { createJsonListReader, JsonListError } from './json-lists';

/** One account from a list: its name (for X, its account number) and when it followed, in ms or NaN. */
export interface ExportEntry {
  list: ListKind;
  name: string;
  time: number;
}

export interface EntrySink {
  entry(entry: ExportEntry): void;
  /** An entry of `list` was there but could not be read. */
  unreadable(list: ListKind): void;
  /** A date was there but not in a form this page reads (another language, say). */
  undatable?(): void;
}

export interface ListReader {
  push(text: string): void;
  finish(): void;
}

/** Why a file could not be read, in words for its owner. */
export class ListFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ListFileError';
  }
}

/** Longest name kept; no platform allows longer, and a file could hold anything. */
export const MAX_NAME_LENGTH = 100;
// The earliest date a follow can have (Twitter opened in 2006) and the latest a file can honestly give.
const EARLIEST = Date.UTC(2006, 0, 1);
const latest = () => Date.now() + 2 * 86_400_000;

const validTime = (ms: number) => (ms >= EARLIEST && ms <= latest() ? ms : Number.NaN);
const fromSeconds = (value: unknown) => (typeof value === 'number' ? validTime(value * 1000) : Number.NaN);

/**
 * Facebook's JSON writes text as its UTF-8 bytes, one \u00XX escape per byte ("JosÃ©" for "José"). A string
 * made only of such bytes that forms valid UTF-8 is decoded; anything else is left as it is.
 */
export function repairFacebookText(text: string): string {
  // Plain ASCII, or any character above U+00FF, means the text is not bytes in disguise.
  if (!/[\u0080-\u00ff]/.test(text) || /[^\u0000-\u00ff]/.test(text)) return text;
  const bytes = Uint8Array.from(text, (char) => char.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return text;
  }
}

const cleanName = (value: unknown) => {
  if (typeof value !== 'string') return undefined;
  const name = value.trim();
  return name === '' || name.length > MAX_NAME_LENGTH ? undefined : name;
};

/** TikTok writes "2024-03-12 18:04:11", in UTC. */
export function parseTikTokDate(value: unknown): number {
  if (typeof value !== 'string') return Number.NaN;
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z?$/.exec(value.trim());
  if (!match) return Number.NaN;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const back = new Date(ms);
  // 2024-02-31 is not a date: Date.UTC would roll it into March.
  if (
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  )
    return Number.NaN;
  return validTime(ms);
}

/** Meta's HTML exports in English write "Nov 26, 2025 12:15 am", in the owner's local time. */
export function parseMetaHtmlDate(value: string): number {
  const match =
    /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))? ?([ap])\.? ?m\.?$/i.exec(
      value.trim(),
    );
  if (!match) return Number.NaN;
  const month = MONTHS.indexOf(match[1]!.toLowerCase());
  const day = Number(match[2]);
  const year = Number(match[3]);
  const hour12 = Number(match[4]);
  const minute = Number(match[5]);
  if (month < 0 || hour12 < 1 || hour12 > 12 || minute > 59) return Number.NaN;
  const hour = (hour12 % 12) + (match[7]!.toLowerCase() === 'p' ? 12 : 0);
  const date = new Date(year, month, day, hour, minute, Number(match[6] ?? 0));
  if (date.getMonth() !== month || date.getDate() !== day) return Number.NaN;
  return validTime(date.getTime());
}

/** A date-like piece of text: digits and a year, so that a name is never taken for an unread date. */
const looksLikeDate = (text: string) => /\b(19|20)\d{2}\b/.test(text) && /\d{1,2}[:.h]\d{2}/.test(text);

type JsonEntry = { name: string; time: number } | undefined;

function jsonEntry(platform: HistoryPlatform, list: ListKind, value: unknown): JsonEntry {
  if (!isRecord(value)) return undefined;
  switch (platform) {
    case 'instagram': {
      const data = value['string_list_data'];
      const first = Array.isArray(data) && isRecord(data[0]) ? data[0] : undefined;
      const name = cleanName(first?.['value']) ?? cleanName(value['title']);
      return name === undefined ? undefined : { name, time: fromSeconds(first?.['timestamp']) };
    }
    case 'tiktok': {
      const name = cleanName(value['UserName'] ?? value['Username'] ?? value['userName']);
      return name === undefined ? undefined : { name, time: parseTikTokDate(value['Date'] ?? value['date']) };
    }
    case 'x': {
      const inner = value[list === 'followers' ? 'follower' : 'following'];
      const id = isRecord(inner) ? inner['accountId'] : undefined;
      return typeof id === 'string' && /^\d{1,20}$/.test(id) ? { name: id, time: Number.NaN } : undefined;
    }
    case 'facebook': {
      const raw = cleanName(value['name']);
      return raw === undefined
        ? undefined
        : { name: repairFacebookText(raw), time: fromSeconds(value['timestamp']) };
    }
  }
}

function jsonReader(file: KnownFile, sink: EntrySink): ListReader {
  const lists: ListKind[] = file.list === 'both' ? ['followers', 'following'] : [file.list];
  const byPath = new Map<string, ListKind>();
  for (const list of lists) {
    for (const path of JSON_LISTS[file.platform][list]) if (!byPath.has(path)) byPath.set(path, list);
  }
  // A TikTok file that is one array is not TikTok's; only its named lists count.
  if (file.list === 'both') byPath.delete('');
  const reader = createJsonListReader(new Set(byPath.keys()), (value, path) => {
    const list = byPath.get(path)!;
    const found = jsonEntry(file.platform, list, value);
    if (found) sink.entry({ list, ...found });
    else sink.unreadable(list);
  });
  // X's files are JavaScript: `window.YTD.follower.part0 = [...]`. The assignment is dropped, once.
  let prefix = file.format === 'js' ? '' : undefined;
  const wrap = (action: () => void) => {
    try {
      action();
    } catch (error) {
      if (error instanceof JsonListError)
        throw new ListFileError(
          /ends before|is empty/.test(error.message)
            ? `${error.message}. The download may have been cut short: download the export again.`
            : error.message === 'it is not valid JSON'
              ? `${error.message}.`
              : `it is not valid JSON (${error.message}).`,
        );
      throw error;
    }
  };
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
      wrap(() => reader.push(text));
    },
    finish() {
      if (prefix !== undefined) throw new ListFileError('This does not look like an X archive file.');
      wrap(() => reader.finish());
    },
  };
}

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
function tiktokTextReader(file: KnownFile, sink: EntrySink): ListReader {
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
      if (dated && Number.isNaN(time)) sink.undatable?.();
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

/**
 * Meta's HTML exports, read as a stream of tags and text, never as a page: nothing in the file is run or
 * shown as HTML. Instagram's give each account as a link to its profile (the name is the link's text, or,
 * in newer following lists, the heading before it) followed by the date; Facebook's give the name and then
 * the date as text. Dates are read in English; in another language the names are still read, undated.
 */
function metaHtmlReader(file: KnownFile, sink: EntrySink): ListReader {
  const list: ListKind = file.list === 'following' ? 'following' : 'followers';
  let buffer = '';
  let skipUntil: string | undefined;
  let inLink = false;
  let linkText = '';
  let lastText = '';
  // An account whose date may come in the next piece of text.
  let waiting: string | undefined;
  let sawHtml = false;

  const settle = () => {
    if (waiting !== undefined) sink.entry({ list, name: waiting, time: Number.NaN });
    waiting = undefined;
  };

  const onText = (raw: string) => {
    const text = decodeEntities(raw).replace(/\s+/g, ' ').trim();
    if (text === '') return;
    if (inLink) {
      linkText += text;
      return;
    }
    if (waiting !== undefined) {
      const time = parseMetaHtmlDate(text);
      if (!Number.isNaN(time) || looksLikeDate(text)) {
        if (Number.isNaN(time)) sink.undatable?.();
        sink.entry({ list, name: waiting, time });
        waiting = undefined;
        lastText = '';
        return;
      }
      settle();
    }
    if (file.platform === 'facebook') {
      const time = parseMetaHtmlDate(text);
      if (!Number.isNaN(time) && lastText !== '') {
        sink.entry({ list, name: repairFacebookText(lastText).slice(0, MAX_NAME_LENGTH), time });
        lastText = '';
        return;
      }
      if (looksLikeDate(text) && lastText !== '') {
        sink.undatable?.();
        sink.entry({ list, name: lastText.slice(0, MAX_NAME_LENGTH), time: Number.NaN });
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
      skipUntil = `</${name}`;
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
    if (clean === undefined) sink.unreadable(list);
    else waiting = clean;
    lastText = '';
  };

  const MAX_BUFFER = 64 * 1024;
  const drain = (final: boolean) => {
    let at = 0;
    for (;;) {
      if (skipUntil !== undefined) {
        const end = buffer.toLowerCase().indexOf(skipUntil, at);
        if (end === -1) {
          at = Math.max(at, buffer.length - skipUntil.length);
          break;
        }
        skipUntil = undefined;
        at = end;
      }
      const open = buffer.indexOf('<', at);
      if (open === -1) {
        if (final) onText(buffer.slice(at));
        else if (buffer.length - at > MAX_BUFFER) at = buffer.length;
        else break;
        at = buffer.length;
        break;
      }
      if (open > at) onText(buffer.slice(at, open));
      const close = buffer.indexOf('>', open);
      if (close === -1) {
        at = open;
        if (buffer.length - open > MAX_BUFFER) at = buffer.length;
        break;
      }
      onTag(buffer.slice(open, close + 1));
      at = close + 1;
    }
    buffer = buffer.slice(at);
  };

  return {
    push(text) {
      buffer += text;
      drain(false);
    },
    finish() {
      drain(true);
      settle();
      if (!sawHtml) throw new ListFileError('This does not look like an HTML page from an export.');
    },
  };
}

/** The reader for `file`'s format. */
export function createListReader(file: KnownFile, sink: EntrySink): ListReader {
  switch (file.format) {
    case 'json':
    case 'js':
      return jsonReader(file, sink);
    case 'txt':
      return tiktokTextReader(file, sink);
    case 'html':
      return metaHtmlReader(file, sink);
  }
}
