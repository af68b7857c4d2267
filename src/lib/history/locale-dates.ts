/*
 * The words a date is written with in every language Meta's exports come in: month names and the markers
 * of morning and afternoon, taken from the runtime's own locale data (Intl.DateTimeFormat), never typed in
 * by hand. Built once, the first time a date is not in English, and kept.
 *
 * Meta's HTML exports write a follow date in one shape whatever the language, "MMM dd, yyyy h:mm[:ss] a",
 * with the month and the marker in the account's language: "Nov 26, 2025 12:15 am" in English,
 * "6월 06, 2026 10:49 오전" in Korean (an Instagram export) and "1月 19, 2026 6:46:46 PM" in Japanese (a
 * Facebook export), both from exports owners sent in issue 19. Neither language puts the month first in its
 * own dates, so the shape is Meta's, not the language's. What changes is the words, taken to be Unicode's
 * CLDR names, which the browser's Intl also gives; `readLocalDate` reads that shape and nothing else, so a
 * day-first date ("20 nov. 2026, 18:05", in no export seen) stays unread.
 *
 * Month names: short and long, alone ("janv.") and beside a day (Slavic languages decline it: "stycznia"),
 * compared without case, dots or spaces; an abbreviation the runtime does not give is read as the
 * beginning of a long name (CLDR's Finnish "marrask." for "marraskuuta", where Intl gives "marras").
 * Markers: the 12-hour clock's (AM, 午後, p. m.) and the day's periods some languages use with it (오전,
 * "morning", 저녁, "evening"), each kept only when it is always before noon or always after it, in every
 * language. The periods matter: recent CLDR abbreviates Korean's 12-hour marker as "AM", where the export
 * writes 오전.
 *
 * A few month names mean different months in different languages: "listopad" is November in Polish and
 * Czech but October in Croatian. A `DateLanguages` follows one file: each date it reads narrows the
 * languages the file can be in, and a name that still means two months is `AMBIGUOUS` until it does.
 */

/**
 * The languages Facebook and Instagram offer, as BCP 47 tags: Meta's own list, FacebookLocales.xml
 * (facebook.com/translations/FacebookLocales.xml, as copied in wix-incubator/facebook-locales,
 * src/Facebook.js, with Bhojpuri, Bavarian and Bemba from richardDobron/fbt, docs/locales.md), without its
 * jokes (Pirate, Upside Down, Leet Speak, Klingon); Japanese (Kansai) and Hinglish write Japanese's and
 * English's dates. Those the runtime has no data for (Latin, Corsican and a few others in Node and
 * Chromium) are skipped.
 */
export const META_LOCALES: readonly string[] = [
  'af', 'ak', 'am', 'ar', 'as', 'ay', 'az', 'bar', 'be', 'bem', 'bg', 'bho', 'bn', 'br', 'bs', 'ca', 'ceb',
  'chr', 'ckb', 'co', 'cs', 'cy', 'da', 'de', 'el', 'en', 'en-GB', 'en-IN', 'eo', 'es', 'es-419', 'es-CL',
  'es-CO', 'es-MX', 'es-VE', 'et', 'eu', 'fa', 'ff', 'fi', 'fil', 'fo', 'fr', 'fr-CA', 'fy', 'ga', 'gl', 'gn',
  'grc', 'gu', 'ha', 'he', 'hi', 'hr', 'hu', 'hy', 'id', 'ig', 'is', 'it', 'ja', 'jv', 'ka', 'kk', 'km', 'kn',
  'ko', 'ku', 'la', 'lg', 'li', 'ln', 'lo', 'lt', 'lv', 'mg', 'mk', 'ml', 'mn', 'mr', 'ms', 'mt', 'my', 'nb',
  'nd', 'ne', 'nl', 'nl-BE', 'nn', 'ny', 'or', 'pa', 'pl', 'ps', 'pt-BR', 'pt-PT', 'qu', 'rm', 'ro', 'ru',
  'rw', 'sa', 'sc', 'se', 'si', 'sk', 'sl', 'sn', 'so', 'sq', 'sr', 'sv', 'sw', 'syr', 'szl', 'ta', 'te',
  'tg', 'th', 'tk', 'tr', 'tt', 'tzm', 'uk', 'ur', 'uz', 'vi', 'wo', 'xh', 'yi', 'yo', 'zh-Hans', 'zh-Hant',
  'zh-Hant-HK', 'zu', 'zza',
]; // prettier-ignore

/** One meaning of a month name: the month (0 to 11) and the languages, one bit each, that give it. */
interface MonthMeaning {
  month: number;
  languages: bigint;
}

export interface LocaleDates {
  /** The languages the runtime has data for, in the order of their bits. */
  locales: readonly string[];
  /** Each month name, as `wordKey` writes it, and what it means. */
  months: ReadonlyMap<string, readonly MonthMeaning[]>;
  /** The beginnings (three letters or more) of the long names, for abbreviations the runtime does not give. */
  beginnings: ReadonlyMap<string, readonly MonthMeaning[]>;
  /** Each marker, as `wordKey` writes it: before noon or after it. */
  periods: ReadonlyMap<string, 'am' | 'pm'>;
  /** Every language's bit. */
  all: bigint;
}

/** A word as it is compared: lower case, without dots, spaces or direction marks. */
export const wordKey = (word: string) => word.toLowerCase().replace(/[.\s\u200e\u200f\u061c]/g, '');

const MONTH_FORMS: readonly Intl.DateTimeFormatOptions[] = [
  { month: 'short' },
  { month: 'long' },
  { month: 'short', day: 'numeric' },
  { month: 'long', day: 'numeric' },
];
const PERIOD_FORMS: readonly Intl.DateTimeFormatOptions[] = [
  { hour: 'numeric', hour12: true },
  { timeStyle: 'short', hour12: true },
  { hour: 'numeric', hourCycle: 'h12', dayPeriod: 'narrow' },
  { hour: 'numeric', hourCycle: 'h12', dayPeriod: 'short' },
  { hour: 'numeric', hourCycle: 'h12', dayPeriod: 'long' },
];

function partOf(format: Intl.DateTimeFormat, ms: number, type: Intl.DateTimeFormatPartTypes) {
  return format.formatToParts(ms).find((part) => part.type === type)?.value;
}

/**
 * The month's name in `format`: its month part, with the word after it when the part is a number (Japanese
 * writes "1" and "月", which Meta writes as one "1月"). Undefined when there is no name, only a number.
 */
export function monthNameOf(format: Intl.DateTimeFormat, ms: number): string | undefined {
  const parts = format.formatToParts(ms);
  const at = parts.findIndex((part) => part.type === 'month');
  if (at < 0) return undefined;
  const name = parts[at]!.value;
  if (/\p{L}/u.test(name)) return name;
  const after = parts[at + 1];
  return after?.type === 'literal' && /^\p{L}+$/u.test(after.value.trim())
    ? name + after.value.trim()
    : undefined;
}

/** Builds the tables from `locales` (those the runtime lacks are left out). Exported for the tests. */
export function buildLocaleDates(locales: readonly string[] = META_LOCALES): LocaleDates {
  const supported = Intl.DateTimeFormat.supportedLocalesOf([...locales]);
  const months = new Map<string, MonthMeaning[]>();
  const beginnings = new Map<string, MonthMeaning[]>();
  const add = (table: Map<string, MonthMeaning[]>, key: string, month: number, bit: bigint) => {
    const meanings = table.get(key) ?? [];
    const same = meanings.find((meaning) => meaning.month === month);
    if (same) same.languages |= bit;
    else meanings.push({ month, languages: bit });
    table.set(key, meanings);
  };
  const periods = new Map<string, Set<'am' | 'pm'>>([
    ['am', new Set(['am'])],
    ['pm', new Set(['pm'])],
  ]);
  supported.forEach((locale, index) => {
    const bit = 1n << BigInt(index);
    for (const options of MONTH_FORMS) {
      const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
      for (let month = 0; month < 12; month++) {
        // A month written as a number alone is no name ("1" would make any number a month).
        const name = monthNameOf(format, Date.UTC(2025, month, 15));
        if (name === undefined) continue;
        const key = wordKey(name);
        add(months, key, month, bit);
        if (options.month === 'long')
          for (let length = 3; length < [...key].length; length++)
            add(beginnings, [...key].slice(0, length).join(''), month, bit);
      }
    }
    for (const options of PERIOD_FORMS) {
      const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
      for (let hour = 0; hour < 24; hour++) {
        const marker = partOf(format, Date.UTC(2025, 0, 15, hour), 'dayPeriod');
        if (marker === undefined) continue;
        const key = wordKey(marker);
        const sides = periods.get(key) ?? new Set();
        sides.add(hour < 12 ? 'am' : 'pm');
        periods.set(key, sides);
      }
    }
  });
  // "Night" runs across midnight: a marker seen on both sides of noon says nothing about a 12-hour time.
  const oneSided = new Map<string, 'am' | 'pm'>();
  for (const [key, sides] of periods) if (sides.size === 1) oneSided.set(key, [...sides][0]!);
  return {
    locales: supported,
    months,
    beginnings,
    periods: oneSided,
    all: (1n << BigInt(supported.length)) - 1n,
  };
}

let built: LocaleDates | undefined;
/** The tables for Meta's languages, built on first use. */
export function localeDates(): LocaleDates {
  built ??= buildLocaleDates();
  return built;
}

let digits: Map<string, string> | undefined;
/** Every decimal digit the runtime can write (٣, ৩, ๓...) as its ASCII digit. */
function digitMap(): Map<string, string> {
  if (digits) return digits;
  digits = new Map();
  for (const system of Intl.supportedValuesOf('numberingSystem')) {
    const format = new Intl.NumberFormat(`en-u-nu-${system}`, { useGrouping: false });
    if (format.resolvedOptions().numberingSystem !== system) continue;
    for (let digit = 0; digit <= 9; digit++) {
      const written = format.format(digit);
      if ([...written].length === 1 && /\p{Nd}/u.test(written) && written !== String(digit))
        digits.set(written, String(digit));
    }
  }
  return digits;
}

/** `text` with any other script's digits written as ASCII digits. */
export function asciiDigits(text: string): string {
  if (!/[^\p{ASCII}]/u.test(text) || !/(?![0-9])\p{Nd}/u.test(text)) return text;
  const map = digitMap();
  return text.replace(/(?![0-9])\p{Nd}/gu, (digit) => map.get(digit) ?? digit);
}

/** A month name that means two months in the languages a file can still be in. */
export const AMBIGUOUS = Symbol('ambiguous');

/** The languages one file can be in, narrowed by each date read from it. */
export class DateLanguages {
  languages: bigint | undefined;
  /** How many times the languages have narrowed, so a reader knows when to try a held date again. */
  narrowed = 0;
  /**
   * Names already read as one month. Narrowing keeps them so: the languages never narrow past a name
   * already read, since each date narrows them to languages where its month name means that month.
   */
  private known = new Map<string, number>();

  /** The month `name` means, narrowing the languages; -1 for no month, AMBIGUOUS for two. */
  month(name: string): number | typeof AMBIGUOUS {
    const remembered = this.known.get(name);
    if (remembered !== undefined) return remembered;
    const tables = localeDates();
    const key = wordKey(name);
    const meanings = tables.months.get(key) ?? tables.beginnings.get(key);
    if (!meanings) return -1;
    const current = this.languages ?? tables.all;
    const fitting = meanings.filter((meaning) => (meaning.languages & current) !== 0n);
    // A name from a language the file's other dates rule out: read it only if it means one month anyway.
    const candidates = fitting.length > 0 ? fitting : meanings;
    const month = candidates[0]!.month;
    if (candidates.some((meaning) => meaning.month !== month)) return AMBIGUOUS;
    if (fitting.length > 0) {
      const narrower = current & candidates.reduce((all, meaning) => all | meaning.languages, 0n);
      if (narrower !== current) this.narrowed++;
      this.languages = narrower;
      if (this.known.size < 1000) this.known.set(name, month);
    }
    return month;
  }
}

const markers = new Map<string, 'am' | 'pm' | undefined>();
/** Before or after noon, for a marker as the file writes it (remembered: a file repeats a few). */
function periodOf(marker: string): 'am' | 'pm' | undefined {
  if (markers.has(marker)) return markers.get(marker);
  const period = localeDates().periods.get(wordKey(marker));
  if (markers.size < 1000) markers.set(marker, period);
  return period;
}

/**
 * Meta's date shape in any of its languages, "<month> <day>, <year> <time>", the marker before or after the
 * time ("오전 10:49" or "10:49 오전"), or none for a 24-hour time. In local time, as Meta writes it; NaN when
 * it is not that shape or not a real moment, AMBIGUOUS when the month name could be two months.
 */
export function readLocalDate(value: string, languages = new DateLanguages()): number | typeof AMBIGUOUS {
  const text = asciiDigits(value)
    .replace(/[\u200e\u200f\u061c\u200b]/g, '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
  const match = /^(\S.*?) ?(\d{1,2})[,،]? (\d{4})[,،]? (.+)$/u.exec(text);
  if (!match) return Number.NaN;
  const time =
    /^(?:(\D*?) ?)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?: ?(\D*))?$/u.exec(match[4]!) ?? undefined;
  if (!time) return Number.NaN;
  const [, before, hourText, minuteText, secondText, after] = time;
  if (before && after) return Number.NaN;
  const marker = before || after;
  const period = marker ? periodOf(marker) : undefined;
  if (marker && period === undefined) return Number.NaN;
  let hour = Number(hourText);
  const minute = Number(minuteText);
  const second = Number(secondText ?? 0);
  if (period !== undefined) {
    if (hour > 12) return Number.NaN;
    hour = (hour % 12) + (period === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return Number.NaN;
  const month = languages.month(match[1]!);
  if (month === AMBIGUOUS) return AMBIGUOUS;
  if (month < 0) return Number.NaN;
  const day = Number(match[2]);
  const year = Number(match[3]);
  const date = new Date(year, month, day, hour, minute, second);
  if (date.getMonth() !== month || date.getDate() !== day) return Number.NaN;
  return date.getTime();
}
