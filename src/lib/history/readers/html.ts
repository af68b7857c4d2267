/*
 * The reader for Meta's HTML exports: Instagram's followers_N.html and following.html, and Facebook's
 * people_who_followed_you.html, from "Download your information" as HTML. What each page holds is described
 * in ../formats.ts.
 */
import { MONTHS } from '../arrivals';
import type { KnownFile, ListKind } from '../formats';
import {
  cleanName,
  ListFileError,
  MAX_NAME_LENGTH,
  repairFacebookText,
  validTime,
  type EntrySink,
  type ListReader,
} from './shared';

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
export function metaHtmlReader(file: KnownFile, sink: EntrySink): ListReader {
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
        if (Number.isNaN(time)) sink.undatable?.(list);
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
        sink.undatable?.(list);
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
