import { describe, expect, it } from 'vitest';
import {
  AMBIGUOUS,
  DateLanguages,
  localeDates,
  monthNameOf,
  readLocalDate,
  wordKey,
} from '../../../src/lib/history/locale-dates';
import { parseMetaHtmlDate, readMetaHtmlDate } from '../../../src/lib/history/readers/html';

/** The languages the issue names: every one must be read. */
const NEEDED = [
  'ko', 'ja', 'zh-Hans', 'zh-Hant', 'es', 'pt-BR', 'pt-PT', 'fr', 'de', 'it', 'nl', 'pl', 'tr', 'ru', 'uk',
  'ar', 'he', 'hi', 'id', 'ms', 'th', 'vi', 'sv', 'da', 'nb', 'fi', 'cs', 'sk', 'hu', 'ro', 'el', 'bg', 'hr',
  'sr', 'ca', 'fil', 'bn', 'ta', 'ur', 'fa',
]; // prettier-ignore

const local = (...parts: [number, number, number, number, number, number?]) =>
  new Date(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5] ?? 0).getTime();

describe('Meta’s dates in other languages', () => {
  it('has the data for every language Meta offers that the issue names', () => {
    const { locales } = localeDates();
    for (const locale of NEEDED) expect(locales, locale).toContain(locale);
    expect(locales.length).toBeGreaterThan(100);
  });

  it('reads the forms seen in exports, and Meta’s shape with other languages’ words', () => {
    const cases: [string, number][] = [
      // Instagram, Korean, and Facebook, Japanese (issue 19).
      ['6월 06, 2026 10:49 오전', local(2026, 5, 6, 10, 49)],
      ['1月 19, 2026 6:46:46 PM', local(2026, 0, 19, 18, 46, 46)],
      ['12월 31, 2025 12:05 오후', local(2025, 11, 31, 12, 5)],
      ['12월 31, 2025 12:05 오전', local(2025, 11, 31, 0, 5)],
      // English, exactly as before.
      ['Nov 26, 2025 12:15 am', local(2025, 10, 26, 0, 15)],
      ['Sept 3, 2025, 9:41 p.m.', local(2025, 8, 3, 21, 41)],
      // Spanish, German, Portuguese, French, Finnish (CLDR's abbreviation, longer than Intl's).
      ['may 05, 2024 3:12 pm', local(2024, 4, 5, 15, 12)],
      ['ene 15, 2025 3:12 p. m.', local(2025, 0, 15, 15, 12)],
      ['Okt. 05, 2024 3:12 PM', local(2024, 9, 5, 15, 12)],
      ['dez 24, 2024 11:59 PM', local(2024, 11, 24, 23, 59)],
      ['févr. 02, 2025 8:00 AM', local(2025, 1, 2, 8, 0)],
      ['marrask. 05, 2024 3:12 ip.', local(2024, 10, 5, 15, 12)],
      // The marker before the time, native digits, a 24-hour time.
      ['PM 8:05 is not a date', Number.NaN],
      ['3월 09, 2025 오후 8:05', local(2025, 2, 9, 20, 5)],
      ['مارس ٠٩، ٢٠٢٥ ٨:٠٥ م', local(2025, 2, 9, 20, 5)],
      ['März 09, 2025 20:05', local(2025, 2, 9, 20, 5)],
    ];
    for (const [text, time] of cases) expect(parseMetaHtmlDate(text), text).toBe(time);
  });

  it('refuses impossible dates and never takes a name for a date', () => {
    for (const text of [
      'Feb 30, 2025 1:00 pm',
      '6월 31, 2026 10:49 오전',
      '6월 06, 2026 13:49 오전',
      '6월 06, 2026 10:61 오전',
      '6월 06, 2026 10:49 오전 오후',
      'Okt. 05, 2024 3:12 banana',
      'Okt. 05, 2024',
      'Maple Knits 2025 10:00',
      'Ola 05, 2024 3:12 PM',
      'fern.bakes42',
      // A day-first date ("20 nov. 2026, 18:05") is no shape Meta writes.
      '26 nov. 2025, 00:15',
      '20 nov. 2026, 18:05',
    ])
      expect(parseMetaHtmlDate(text), text).toBeNaN();
  });

  it('gives a date after today as the date it is: the export reader flags it, once', () => {
    expect(parseMetaHtmlDate('6월 06, 2099 10:49 오전')).toBe(new Date(2099, 5, 6, 10, 49).getTime());
  });

  it('never reads any language’s month name as another month', () => {
    const { locales } = localeDates();
    for (const locale of locales)
      for (const month of ['short', 'long'] as const) {
        const format = new Intl.DateTimeFormat(locale, { month, day: 'numeric', timeZone: 'UTC' });
        for (let index = 0; index < 12; index++) {
          const name = monthNameOf(format, Date.UTC(2025, index, 15));
          if (name === undefined) continue;
          const time = parseMetaHtmlDate(`${name} 05, 2024 3:12 pm`);
          if (!Number.isNaN(time)) expect(new Date(time).getMonth(), `${locale} ${name}`).toBe(index);
        }
      }
  });

  it('reads a date generated in each language in Meta’s shape back to the same moment', () => {
    const { locales } = localeDates();
    const moments = Array.from({ length: 12 }, (_, month) => [
      [2025, month, 7, 0, 5],
      [2024, month, 28, 9, 41],
      [2025, month, 12, 12, 30],
      [2024, month, 3, 15, 9],
      [2025, month, 19, 23, 59],
    ]).flat() as [number, number, number, number, number][];
    let read = 0;
    for (const locale of locales) {
      const languages = new DateLanguages();
      const held: [string, number][] = [];
      const hours = new Intl.DateTimeFormat(locale, { hour: 'numeric', hour12: true, timeZone: 'UTC' });
      const digits = new Intl.NumberFormat(locale, { useGrouping: false });
      const native = digits.resolvedOptions().numberingSystem !== 'latn';
      const two = (n: number) => digits.format(n).padStart(2, digits.format(0));
      for (const style of ['short', 'long'] as const) {
        const months = new Intl.DateTimeFormat(locale, { month: style, day: 'numeric', timeZone: 'UTC' });
        for (const [year, month, day, hour, minute] of moments) {
          const name = monthNameOf(months, Date.UTC(year, month, 15));
          if (name === undefined) continue;
          const parts = hours.formatToParts(Date.UTC(2025, 0, 1, hour));
          const marker = parts.find((p) => p.type === 'dayPeriod')?.value ?? (hour < 12 ? 'AM' : 'PM');
          const markerFirst =
            parts.findIndex((p) => p.type === 'dayPeriod') < parts.findIndex((p) => p.type === 'hour');
          const clock = `${hour % 12 || 12}:${String(minute).padStart(2, '0')}`;
          const time = markerFirst ? `${marker} ${clock}` : `${clock} ${marker}`;
          const expected = local(year, month, day, hour, minute);
          const texts = [`${name} ${String(day).padStart(2, '0')}, ${year} ${time}`];
          if (native)
            texts.push(
              `${name} ${two(day)}, ${digits.format(year)} ${time}`.replace(/\d/g, (d) =>
                digits.format(Number(d)),
              ),
            );
          for (const text of texts) {
            const got = readMetaHtmlDate(text, languages);
            if (got === AMBIGUOUS) held.push([text, expected]);
            else expect(got, `${locale}: ${text}`).toBe(expected);
            read++;
          }
        }
      }
      // A name two languages share waits for the file's other dates, and is then read right.
      for (const [text, expected] of held)
        expect(readMetaHtmlDate(text, languages), `${locale}: ${text}`).toBe(expected);
    }
    expect(read).toBeGreaterThan(10_000);
  });

  it('reads a month name two languages share the way the file’s other dates say', () => {
    // "lis" is November in Polish and Czech, October in Croatian.
    expect(readLocalDate('lis 05, 2024 3:12 PM')).toBe(AMBIGUOUS);
    const polish = new DateLanguages();
    expect(readLocalDate('sty 10, 2024 3:12 PM', polish)).toBe(local(2024, 0, 10, 15, 12));
    expect(readLocalDate('lis 05, 2024 3:12 PM', polish)).toBe(local(2024, 10, 5, 15, 12));
    const croatian = new DateLanguages();
    expect(readLocalDate('sij 10, 2024 3:12 PM', croatian)).toBe(local(2024, 0, 10, 15, 12));
    expect(croatian.narrowed).toBeGreaterThan(0);
    expect(readLocalDate('lis 05, 2024 3:12 PM', croatian)).toBe(local(2024, 9, 5, 15, 12));
  });

  it('compares words without case, dots or spaces', () => {
    expect(wordKey('Thg 1')).toBe('thg1');
    expect(wordKey('p. m.')).toBe('pm');
    expect(localeDates().periods.get('pm')).toBe('pm');
    expect(localeDates().periods.get(wordKey('오전'))).toBe('am');
    const japanese = new Intl.DateTimeFormat('ja', { month: 'short', day: 'numeric', timeZone: 'UTC' });
    expect(monthNameOf(japanese, Date.UTC(2025, 0, 15))).toBe('1月');
    const finnish = new Intl.DateTimeFormat('fi', { month: 'short', day: 'numeric', timeZone: 'UTC' });
    expect(monthNameOf(finnish, Date.UTC(2025, 0, 15))).toBeUndefined();
  });
});
