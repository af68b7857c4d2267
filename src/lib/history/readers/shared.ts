/*
 * What more than one format reader needs: the entries they give and the sink that takes them, the shape of
 * a reader, the error that says why a file could not be read, and the checks on what a file gives (names,
 * dates, Facebook's mangled text). Not a format of its own: the formats are described in ../formats.ts.
 */
import { EARLIEST_FOLLOW, LATEST_FOLLOW } from '../bounds';
import type { ListKind } from '../formats';

/**
 * One account from a list: its name (for X, its account number) and when it followed, in ms, or NaN when the
 * file gives no date it can read. A date that is a date but cannot be a follow's (before 2006, after today)
 * is given as it is: whoever keeps the entries checks it with `followDateProblem`, once.
 */
export interface ExportEntry {
  list: ListKind;
  name: string;
  time: number;
}

export interface EntrySink {
  entry(entry: ExportEntry): void;
  /** An entry of `list` was there but could not be read; `why`, when it can be said. */
  unreadable(list: ListKind, why?: UnreadableWhy): void;
  /** A date of an entry of `list` was there but not in a form this page reads (another language, say). */
  undatable?(list: ListKind): void;
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
// The latest date a file can honestly give: today, with two days for the time zones and a clock a little fast;
// never past the last a history holds, however wrong the clock.
const latest = () => Math.min(Date.now() + 2 * 86_400_000, LATEST_FOLLOW);

/** Why a follow's date cannot be right: before any platform let anyone follow, or after today. */
export type FollowDateProblem = 'early' | 'future';

export const followDateProblem = (ms: number): FollowDateProblem | undefined =>
  ms < EARLIEST_FOLLOW ? 'early' : ms > latest() ? 'future' : undefined;

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

/**
 * Control characters (NUL, escape...) shown as their pictures, U+2400 to U+241F and U+2421 for DEL: a name
 * keeps everything a file gives, nothing in it is hidden or cuts it short, and two names that differ after
 * a NUL stay two.
 */
export const visibleControls = (text: string) =>
  text.replace(/[\u0000-\u001f\u007f]/g, (char) =>
    char === '\u007f' ? '\u2421' : String.fromCharCode(0x2400 + char.charCodeAt(0)),
  );

/** Why an entry could not be read, when it can be said: it holds a value far too long to be a name. */
export type UnreadableWhy = 'too-long';

/** 'too-long' when `value`, or a value in it (an entry is a few fields deep), is text longer than any name. */
export function unreadableWhy(value: unknown, depth = 3): UnreadableWhy | undefined {
  if (typeof value === 'string') return value.trim().length > MAX_NAME_LENGTH ? 'too-long' : undefined;
  if (depth === 0 || typeof value !== 'object' || value === null) return undefined;
  for (const inner of Object.values(value))
    if (unreadableWhy(inner, depth - 1) !== undefined) return 'too-long';
  return undefined;
}

export const cleanName = (value: unknown) => {
  if (typeof value !== 'string') return undefined;
  const name = value.trim();
  return name === '' || name.length > MAX_NAME_LENGTH ? undefined : visibleControls(name);
};

/**
 * TikTok writes "2024-03-12 18:04:11", in UTC, in every language. A TXT export may add " UTC", as the
 * made-up English and Dutch exports in d3i-infra/check-je-feed-2026 (packages/mobile-tiktok/fixtures/
 * generate.py) do.
 */
export function parseTikTokDate(value: unknown): number {
  if (typeof value !== 'string') return Number.NaN;
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:Z| UTC)?$/.exec(
    value.trim(),
  );
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
  return ms;
}
