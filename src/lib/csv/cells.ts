/*
 * Parsers for single CSV cells from follower exports. Every parser takes any string without throwing:
 * an empty or NULL-like cell is `undefined` (unknown), text it cannot read is 'invalid'. `trim()` also
 * drops a byte order mark (U+FEFF counts as white space in JavaScript), so a BOM needs no special case.
 * These run on every row, so they scan character codes or use regexes compiled once, never per call.
 */

/** The spellings of "no value" that export tools and databases write into cells. */
export function isMissingCell(trimmed: string): boolean {
  if (trimmed === '') return true;
  if (trimmed.length > 4) return false;
  switch (trimmed.toLowerCase()) {
    case 'null':
    case 'none':
    case 'nan':
    case 'n/a':
    case '\\n': // MySQL's NULL in SELECT ... INTO OUTFILE
      return true;
    default:
      return false;
  }
}

/**
 * 1/0, true/false, yes/no, y/n, t/f in any case, and 1.0/0.0 (pandas writes a flag column that has gaps as
 * floats); empty or NULL-like is undefined.
 */
export function parseBooleanCell(text: string): boolean | undefined | 'invalid' {
  const trimmed = text.trim();
  if (isMissingCell(trimmed)) return undefined;
  if (trimmed.length > 5) return 'invalid';
  switch (trimmed.toLowerCase()) {
    case '1':
    case '1.0':
    case 'true':
    case 'yes':
    case 'y':
    case 't':
      return true;
    case '0':
    case '0.0':
    case 'false':
    case 'no':
    case 'n':
    case 'f':
      return false;
    default:
      return 'invalid';
  }
}

const DIGIT_0 = 48;
const DIGIT_9 = 57;

// Thousands separators seen in exports: comma (en), dot (de), space, no-break and narrow no-break space
// (fr), straight or curly apostrophe (ch). A count is a whole number, so "1.234" can only mean 1234.
const THOUSANDS_SEPARATORS = new Set(
  [',', '.', ' ', '\u00a0', '\u202f', "'", '\u2019'].map((c) => c.charCodeAt(0)),
);

// Scraped exports copy the abbreviated counts shown on profile pages ("1.2K", "3M").
const ABBREVIATION_MULTIPLIERS = new Map([
  ['k', 1e3],
  ['m', 1e6],
  ['b', 1e9],
]);

/**
 * A non-negative whole number: "1234", "1,234", "1 234", "1.234.567", or an abbreviation like "1.2k" or
 * "3M" (rounded to the nearest whole number). Negative, decimal ("12.5") or other text is 'invalid'.
 */
export function parseCountCell(text: string): number | undefined | 'invalid' {
  const trimmed = text.trim();
  if (isMissingCell(trimmed)) return undefined;
  // The usual case, a count written in digits only, is read without looking for a suffix.
  const last = trimmed.charCodeAt(trimmed.length - 1);
  if (last >= DIGIT_0 && last <= DIGIT_9) {
    const value = parseGroupedDigits(trimmed);
    return value !== 'invalid' && value <= Number.MAX_SAFE_INTEGER ? value : 'invalid';
  }
  const multiplier = ABBREVIATION_MULTIPLIERS.get(trimmed[trimmed.length - 1]!.toLowerCase());
  const value =
    multiplier === undefined
      ? parseGroupedDigits(trimmed)
      : parseAbbreviated(trimmed.slice(0, -1), multiplier);
  return value !== 'invalid' && value <= Number.MAX_SAFE_INTEGER ? value : 'invalid';
}

/** Digits, optionally in groups of three split by one kind of thousands separator. */
function parseGroupedDigits(text: string): number | 'invalid' {
  let value = 0;
  let separator = -1;
  let groupLength = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= DIGIT_0 && code <= DIGIT_9) {
      value = value * 10 + (code - DIGIT_0);
      groupLength++;
      continue;
    }
    const firstGroup = separator === -1;
    if (!THOUSANDS_SEPARATORS.has(code) || (!firstGroup && code !== separator)) return 'invalid';
    if (firstGroup ? groupLength === 0 || groupLength > 3 : groupLength !== 3) return 'invalid';
    separator = code;
    groupLength = 0;
  }
  if (groupLength === 0 || (separator !== -1 && groupLength !== 3)) return 'invalid';
  return value;
}

/** "1.2", "1,2" or "12" before a k/m/b suffix. */
function parseAbbreviated(mantissa: string, multiplier: number): number | 'invalid' {
  let digits = 0;
  let points = 0;
  for (let i = 0; i < mantissa.length; i++) {
    const code = mantissa.charCodeAt(i);
    if (code >= DIGIT_0 && code <= DIGIT_9) digits++;
    else if ((code === 46 || code === 44) /* . or , */ && digits > 0 && i < mantissa.length - 1) points++;
    else return 'invalid';
  }
  if (digits === 0 || points > 1) return 'invalid';
  return Math.round(Number(mantissa.replace(',', '.')) * multiplier);
}

const MONTHS = new Map(
  ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].map((m, i) => [m, i]),
);
// Twitter/X API v1.1 `created_at`, always this fixed width: "Wed Oct 10 20:19:24 +0000 2018".
const TWITTER_DATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} \d\d \d\d:\d\d:\d\d [+-]\d{4} \d{4}$/;
// ISO 8601 date or date-time as exports write it: "2018-10-10", "2018-10-10T20:19:24.000Z",
// "2018-10-10 20:19:24+00:00", "2018-10-10T20:19:24+0000" (Graph API), "2018-10-10 20:19:24 UTC".
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)? ?(Z|UTC|[+-]\d{2}(?::?\d{2})?)?)?$/i;
// Dates outside these years are data errors (social networks started after 1970, ISO years have 4 digits).
const EARLIEST_MS = Date.UTC(1970, 0, 1);
const LATEST_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
// Above this a Unix timestamp is in milliseconds: 1e11 seconds would be the year 5138.
const UNIX_MILLISECONDS_FROM = 1e11;
// Fewer digits than this is not a timestamp of any social account (1e8 s is March 1973) but, say, a year.
const UNIX_MIN_DIGITS = 9;

/**
 * An account creation date: Twitter v1.1 format, ISO 8601 (a time without an offset is read as UTC;
 * hours of error do not matter to a 30-day rule), or Unix time in seconds (or milliseconds).
 */
export function parseDateCell(text: string): Date | undefined | 'invalid' {
  const trimmed = text.trim();
  if (isMissingCell(trimmed)) return undefined;
  const first = trimmed.charCodeAt(0);
  const ms =
    first < DIGIT_0 || first > DIGIT_9
      ? twitterDateMs(trimmed)
      : trimmed.length > 4 && trimmed[4] === '-'
        ? isoDateMs(trimmed)
        : unixTimeMs(trimmed);
  return Number.isFinite(ms) && ms >= EARLIEST_MS && ms <= LATEST_MS ? new Date(ms) : 'invalid';
}

function twitterDateMs(text: string): number {
  if (!TWITTER_DATE.test(text)) return NaN;
  const month = MONTHS.get(text.slice(4, 7));
  if (month === undefined) return NaN;
  const offsetSign = text[20] === '-' ? -1 : 1;
  return utcMs(
    digitsAt(text, 26, 4),
    month,
    digitsAt(text, 8, 2),
    digitsAt(text, 11, 2),
    digitsAt(text, 14, 2),
    digitsAt(text, 17, 2),
    0,
    offsetSign * digitsAt(text, 21, 2),
    offsetSign * digitsAt(text, 23, 2),
  );
}

/** The number written by `length` digits from `start` (the caller has checked they are digits). */
function digitsAt(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) value = value * 10 + (text.charCodeAt(i) - DIGIT_0);
  return value;
}

function isoDateMs(text: string): number {
  const m = ISO_DATE.exec(text);
  if (!m) return NaN;
  const zone = m[8]?.toUpperCase();
  let offsetHours = 0;
  let offsetMinutes = 0;
  if (zone !== undefined && zone !== 'Z' && zone !== 'UTC') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offsetHours = sign * +digits.slice(0, 2);
    offsetMinutes = sign * +(digits.slice(2) || '0');
  }
  const millis = m[7] === undefined ? 0 : +m[7].slice(0, 3).padEnd(3, '0');
  return utcMs(
    +m[1]!,
    +m[2]! - 1,
    +m[3]!,
    +(m[4] ?? 0),
    +(m[5] ?? 0),
    +(m[6] ?? 0),
    millis,
    offsetHours,
    offsetMinutes,
  );
}

function unixTimeMs(text: string): number {
  if (text.length < UNIX_MIN_DIGITS) return NaN;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < DIGIT_0 || code > DIGIT_9) return NaN;
  }
  const value = Number(text);
  return value >= UNIX_MILLISECONDS_FROM ? value : value * 1000;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 1 && leap ? 29 : DAYS_IN_MONTH[month]!;
}

/** UTC milliseconds of a calendar date and time at an offset from UTC, or NaN if any part is out of range. */
function utcMs(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millis: number,
  offsetHours: number,
  offsetMinutes: number,
): number {
  const valid =
    year >= 1970 &&
    month >= 0 &&
    month <= 11 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    Math.abs(offsetHours) <= 14 &&
    Math.abs(offsetMinutes) <= 59;
  if (!valid) return NaN;
  return (
    Date.UTC(year, month, day, hour, minute, second, millis) - (offsetHours * 60 + offsetMinutes) * 60_000
  );
}
