/*
 * A pasted (or uploaded) series of follower counts for an account that is not the owner's: one date and
 * one count per line, from her notes or a public tracker. Read strictly, line by line: a line that is not
 * a date and a count is reported with its number, and the rest is still used. The day-to-day changes feed
 * the same burst detection as an export's arrivals; where the dates are days apart, the change is spread
 * evenly over the days between, so a burst shows as the stretch it happened in.
 */
import { findBursts, type Burst } from '../stats/bursts';
import { DAY_MS, MONTHS, type ArrivalSeries } from './arrivals';
import type { CountParse } from '../numbers/count';
import { formatCount } from '../numbers/format';

/**
 * The most lines read: over five years of daily counts, more than a tracker's table holds. The text box keeps
 * at most MAX_SERIES_TEXT characters, 25 a line: measured in Chromium, a text box of 40,000 characters of such
 * lines takes 20 to 40 ms to lay out and a keystroke, while 400,000 took 1 s and 0.6 s, so a paste larger than
 * any series would stall typing.
 */
export const MAX_SERIES_LINES = 2_000; // own: a bound of ours
export const MAX_SERIES_TEXT = 25 * MAX_SERIES_LINES; // own: a bound of ours
/** Counts further apart than this are too sparse to say when anything happened. */
export const MAX_GAP_DAYS = 31;

export interface SeriesPoint {
  day: number;
  count: number;
}

export interface SeriesLineError {
  line: number;
  message: string;
}

export interface ParsedSeries {
  points: SeriesPoint[];
  errors: SeriesLineError[];
  /** Lines past MAX_SERIES_LINES, not read. */
  linesLeftOut: number;
}

function dayOf(year: number, month: number, day: number): number | undefined {
  const ms = Date.UTC(year, month, day);
  const back = new Date(ms);
  if (year < 2006 || year > 2100 || back.getUTCMonth() !== month || back.getUTCDate() !== day)
    return undefined;
  return ms / DAY_MS;
}

/** The date at the start of `line` and what follows it. ISO dates, or "12 Mar 2026", or "Mar 12, 2026". */
function readDate(line: string): { day: number | undefined; rest: string } | undefined {
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?Z?)?(.*)$/.exec(line);
  if (match) return { day: dayOf(Number(match[1]), Number(match[2]) - 1, Number(match[3])), rest: match[4]! };
  match = /^(\d{1,2}) ([A-Za-z]{3})[a-z]*\.? (\d{4})(.*)$/.exec(line);
  if (match) {
    const month = MONTHS.indexOf(match[2]!.toLowerCase());
    return { day: month < 0 ? undefined : dayOf(Number(match[3]), month, Number(match[1])), rest: match[4]! };
  }
  match = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})(.*)$/.exec(line);
  if (match) {
    const month = MONTHS.indexOf(match[1]!.toLowerCase());
    return { day: month < 0 ? undefined : dayOf(Number(match[3]), month, Number(match[2])), rest: match[4]! };
  }
  return undefined;
}

/** The most followers a line may hold: more than any account has, so a larger count is a slip. */
export const MAX_SERIES_COUNT = 1_000_000_000;

const withinCap = (value: number): CountParse =>
  value <= MAX_SERIES_COUNT
    ? { ok: true, value }
    : {
        ok: false,
        message: `has a count above ${formatCount(MAX_SERIES_COUNT)}, the most followers a line may hold`,
      };

/**
 * "4,210", "4 210", "4.2k", "1.3M", "4210". Thousands separators must group by three. What is not such a count
 * gets the message that names its problem: too large, below zero, a fraction, a power of ten, or no number.
 */
export function readSeriesCount(text: string): CountParse {
  const value = text
    .trim()
    .replace(/^["']|["']$/g, '')
    .trim();
  const short = /^(\d+(?:\.\d+)?)\s*([kKmM])$/.exec(value);
  if (short)
    return withinCap(Math.round(Number(short[1]) * (short[2]!.toLowerCase() === 'k' ? 1_000 : 1_000_000)));
  if (/^\d{1,3}([, \u00a0\u202f.']\d{3})*$|^\d+$/.test(value))
    return withinCap(Number(value.replace(/\D/g, '')));
  const fail = (message: string): CountParse => ({ ok: false, message });
  if (/^[-\u2212]\s*\d/.test(value)) return fail('has a count below zero, which no follower count can be');
  // A spreadsheet writes a long number as 1.2E+05, cutting its last digits; 1e308 is past the cap first.
  if (/^\d+(?:\.\d+)?e[+-]?\d+$/i.test(value))
    return Number(value) > MAX_SERIES_COUNT
      ? withinCap(Number(value))
      : fail('has a count in scientific notation, which may have lost digits: write it out, like 4,210');
  if (/^\d+[.,]\d+$/.test(value)) return fail('has a count that is not a whole number');
  return fail('has a count that is not a number (write it like 4,210 or 4.2k)');
}

/**
 * Reads the series; a first line without a date is taken for a header and skipped. Only the first
 * MAX_SERIES_LINES lines are read (`linesLeftOut` says how many more there were), and a count dated after
 * `today` (a day number) is reported, not used: a count cannot come from the future, so the year is wrong.
 */
export function parseSeries(text: string, today: number): ParsedSeries {
  const errors: SeriesLineError[] = [];
  const all = text.slice(0, MAX_SERIES_TEXT).split(/\r\n|\r|\n/);
  const lines = all.slice(0, MAX_SERIES_LINES);
  const linesLeftOut = all.length - lines.length + (text.length > MAX_SERIES_TEXT ? 1 : 0);
  const byDay = new Map<number, { count: number; line: number }>();
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const number = index + 1;
    if (line === '') return;
    const date = readDate(line);
    if (!date) {
      if (index === 0 || (byDay.size === 0 && errors.length === 0 && !/\d/.test(line))) return;
      errors.push({ line: number, message: 'starts without a date (write it as 2026-03-12)' });
      return;
    }
    if (date.day === undefined) {
      errors.push({ line: number, message: 'has a date that does not exist' });
      return;
    }
    if (date.day > today) {
      errors.push({ line: number, message: 'has a date after today (check the year)' });
      return;
    }
    const rest = date.rest.replace(/^\s*[,;\t|]?\s*/, '');
    if (rest === '') {
      errors.push({ line: number, message: 'has no follower count after the date' });
      return;
    }
    const read = readSeriesCount(rest);
    if (!read.ok) {
      errors.push({ line: number, message: read.message });
      return;
    }
    const count = read.value;
    const earlier = byDay.get(date.day);
    if (earlier && earlier.count !== count) {
      errors.push({
        line: number,
        message: `gives a second, different count for the date on line ${earlier.line}`,
      });
      return;
    }
    byDay.set(date.day, { count, line: number });
  });
  const points = [...byDay].map(([day, { count }]) => ({ day, count })).sort((a, b) => a.day - b.day);
  return { points, errors, linesLeftOut };
}

export interface SeriesChanges {
  /** Change per day, from the day after the first count to the last. */
  daily: ArrivalSeries;
  /** Stretches longer than MAX_GAP_DAYS between two counts, where nothing can be said. */
  gaps: { from: number; to: number }[];
}

/** Day-to-day changes in the count; a change over several days is spread evenly over them. */
export function seriesChanges(points: readonly SeriesPoint[]): SeriesChanges | undefined {
  if (points.length < 2) return undefined;
  const first = points[0]!.day;
  const counts: number[] = [];
  const gaps: SeriesChanges['gaps'] = [];
  for (let i = 1; i < points.length; i++) {
    const from = points[i - 1]!;
    const to = points[i]!;
    const days = to.day - from.day;
    if (days > MAX_GAP_DAYS) gaps.push({ from: from.day, to: to.day });
    const perDay = (to.count - from.count) / days;
    for (let d = 0; d < days; d++) counts.push(perDay);
  }
  return { daily: { firstDay: first + 1, counts }, gaps };
}

/** The series read whole: its points and line problems, the changes, and the bursts in them by date. */
export interface SeriesReading {
  parsed: ParsedSeries;
  changes: SeriesChanges | undefined;
  bursts: Burst[];
}

/** At most this many bursts are listed. */
const SHOWN_BURSTS = 8;

export function readSeries(text: string, today: number): SeriesReading {
  const parsed = parseSeries(text, today);
  const changes = seriesChanges(parsed.points);
  if (!changes) return { parsed, changes, bursts: [] };
  const { firstDay, counts } = changes.daily;
  const bursts = findBursts(counts.map((count) => Math.max(0, count)))
    .slice(0, SHOWN_BURSTS)
    .map((burst) => ({ ...burst, start: firstDay + burst.start, end: firstDay + burst.end }))
    .sort((a, b) => a.start - b.start);
  return { parsed, changes, bursts };
}
