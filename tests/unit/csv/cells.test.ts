import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBooleanCell, parseCountCell, parseDateCell } from '../../../src/lib/csv/cells';

const MISSING = ['', '   ', 'NULL', 'null', 'None', 'NaN', 'n/a', '\\N', '\ufeff'];

describe('parseBooleanCell', () => {
  it.each([
    ['1', true],
    ['0', false],
    ['true', true],
    ['FALSE', false],
    ['Yes', true],
    ['no', false],
    ['Y', true],
    ['n', false],
    ['t', true],
    ['F', false],
    ['1.0', true],
    ['0.0', false],
    [' true ', true],
    ['\ufefffalse', false],
  ])('reads %j as %j', (text, value) => {
    expect(parseBooleanCell(text)).toBe(value);
  });

  it.each(MISSING)('reads the missing value %j as unknown', (text) => {
    expect(parseBooleanCell(text)).toBeUndefined();
  });

  it.each(['maybe', '2', '-1', 'yess', 'on', 'true false', 'verified', '1.5', '0.01'])(
    'rejects %j',
    (text) => {
      expect(parseBooleanCell(text)).toBe('invalid');
    },
  );

  it('reads an accepted word the same in any case and with any surrounding spaces', () => {
    const word = fc.constantFrom('true', 'false', 'yes', 'no', 'y', 'n', 't', 'f');
    const casing = fc.array(fc.boolean(), { minLength: 5, maxLength: 5 });
    const space = fc.constantFrom('', ' ', '\t', '  ');
    fc.assert(
      fc.property(word, casing, space, space, (w, upper, before, after) => {
        const mixed = [...w].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('');
        return parseBooleanCell(before + mixed + after) === parseBooleanCell(w);
      }),
    );
  });

  it('never throws and returns only true, false, unknown or invalid', () => {
    fc.assert(
      fc.property(fc.string(), (text) =>
        [true, false, undefined, 'invalid'].includes(parseBooleanCell(text)),
      ),
    );
  });
});

describe('parseCountCell', () => {
  it.each([
    ['0', 0],
    ['1234', 1234],
    [' 42 ', 42],
    ['007', 7],
    ['1,234', 1234],
    ['1 234', 1234],
    ['1\u00a0234', 1234],
    ['1\u202f234\u202f567', 1234567],
    ['1.234.567', 1234567],
    ["1'234", 1234],
    ['1.2k', 1200],
    ['1,5K', 1500],
    ['12k', 12000],
    ['3M', 3000000],
    ['2.5b', 2500000000],
    ['1.2345k', 1235],
    ['9007199254740991', Number.MAX_SAFE_INTEGER],
  ])('reads %j as %d', (text, value) => {
    expect(parseCountCell(text)).toBe(value);
  });

  it.each(MISSING)('reads the missing value %j as unknown', (text) => {
    expect(parseCountCell(text)).toBeUndefined();
  });

  it.each([
    ['a negative number', '-3'],
    ['a plus sign', '+5'],
    ['a decimal', '12.5'],
    ['a group of two', '1,23'],
    ['a group of four', '1,2345'],
    ['a first group of four', '1234,567'],
    ['mixed separators', '1,234.567'],
    ['a doubled separator', '1,,234'],
    ['a leading separator', ',234'],
    ['a trailing separator', '234,'],
    ['a word', 'abc'],
    ['a bare suffix', 'k'],
    ['a point before the suffix', '1.k'],
    ['a leading point', '.5k'],
    ['two points', '1.2.3k'],
    ['exponent notation', '1e3'],
    ['hexadecimal', '0x10'],
    ['a number beyond safe integers', '9007199254740993'],
    ['a huge abbreviation', '99999999999999b'],
  ])('rejects %s (%j)', (_, text) => {
    expect(parseCountCell(text)).toBe('invalid');
  });

  it('reads back any whole number written plainly or with en, de, fr or ch thousands separators', () => {
    const locale = fc.constantFrom('en-US', 'de-DE', 'fr-FR', 'de-CH');
    fc.assert(
      fc.property(fc.maxSafeNat(), locale, (n, l) => {
        return parseCountCell(String(n)) === n && parseCountCell(n.toLocaleString(l)) === n;
      }),
    );
  });

  it('never throws and returns only unknown, invalid or a safe whole number of zero or more', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const value = parseCountCell(text);
        return value === undefined || value === 'invalid' || (Number.isSafeInteger(value) && value >= 0);
      }),
    );
  });
});

describe('parseDateCell', () => {
  it.each([
    ['Wed Oct 10 20:19:24 +0000 2018', '2018-10-10T20:19:24.000Z'],
    ['Wed Oct 10 22:19:24 +0200 2018', '2018-10-10T20:19:24.000Z'],
    ['Wed Oct 10 17:19:24 -0300 2018', '2018-10-10T20:19:24.000Z'],
    ['Wed Oct 10 20:19:24 -0130 2018', '2018-10-10T21:49:24.000Z'],
    ['2018-10-10', '2018-10-10T00:00:00.000Z'],
    ['2018-10-10T20:19:24Z', '2018-10-10T20:19:24.000Z'],
    ['2018-10-10T20:19:24.123456Z', '2018-10-10T20:19:24.123Z'],
    ['2018-10-10T20:19:24.5Z', '2018-10-10T20:19:24.500Z'],
    ['2018-10-10 20:19:24', '2018-10-10T20:19:24.000Z'],
    ['2018-10-10T20:19', '2018-10-10T20:19:00.000Z'],
    ['2018-10-10T22:19:24+02:00', '2018-10-10T20:19:24.000Z'],
    ['2018-10-10T20:19:24+0000', '2018-10-10T20:19:24.000Z'],
    ['2018-10-10T15:19:24-05', '2018-10-10T20:19:24.000Z'],
    ['2018-10-10 20:19:24 UTC', '2018-10-10T20:19:24.000Z'],
    ['1539202764', '2018-10-10T20:19:24.000Z'],
    ['1539202764000', '2018-10-10T20:19:24.000Z'],
    ['\ufeff2018-10-10', '2018-10-10T00:00:00.000Z'],
    ['2016-02-29', '2016-02-29T00:00:00.000Z'],
    ['2000-02-29', '2000-02-29T00:00:00.000Z'],
  ])('reads %j as %s', (text, iso) => {
    const date = parseDateCell(text);
    expect(date).toBeInstanceOf(Date);
    expect((date as Date).toISOString()).toBe(iso);
  });

  it.each(MISSING)('reads the missing value %j as unknown', (text) => {
    expect(parseDateCell(text)).toBeUndefined();
  });

  it.each([
    ['a day that does not exist', '2018-02-30'],
    ['a thirteenth month', '2018-13-01'],
    ['month zero', '2018-00-10'],
    ['day zero', '2018-10-00'],
    ['February 29 in a year that is not a leap year', '2100-02-29'],
    ['a Twitter date with an unpadded day', 'Wed Oct 3 20:19:24 +0000 2018'],
    ['hour 25', '2018-10-10T25:00:00Z'],
    ['a US-style date', '10/10/2018'],
    ['a year alone', '2018'],
    ['a year and month', '2018-10'],
    ['a word', 'yesterday'],
    ['an unknown month', 'Wed Foo 10 20:19:24 +0000 2018'],
    ['a Twitter date without offset', 'Wed Oct 10 20:19:24 2018'],
    ['a date before 1970', '1969-12-31'],
    ['a year written with two digits', '0070-01-01'],
    ['a negative timestamp', '-100'],
    ['a timestamp with a fraction', '1539202764.5'],
    ['an offset beyond 14 hours', '2018-10-10T20:19:24+15:00'],
  ])('rejects %s (%j)', (_, text) => {
    expect(parseDateCell(text)).toBe('invalid');
  });

  const dates = fc.date({
    min: new Date('1970-01-01T00:00:00Z'),
    max: new Date('9999-12-31T23:59:59Z'),
    noInvalidDate: true,
  });

  it('reads back any date written as ISO 8601', () => {
    fc.assert(fc.property(dates, (d) => (parseDateCell(d.toISOString()) as Date).getTime() === d.getTime()));
  });

  it('reads back any whole-second date written in the Twitter v1.1 format', () => {
    const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
    const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const pad = (n: number) => String(n).padStart(2, '0');
    fc.assert(
      fc.property(dates, (d) => {
        const s = new Date(Math.floor(d.getTime() / 1000) * 1000);
        const text = `${WEEKDAYS[s.getUTCDay()]} ${MONTHS[s.getUTCMonth()]} ${pad(s.getUTCDate())} ${pad(s.getUTCHours())}:${pad(s.getUTCMinutes())}:${pad(s.getUTCSeconds())} +0000 ${s.getUTCFullYear()}`;
        return (parseDateCell(text) as Date).getTime() === s.getTime();
      }),
    );
  });

  it('reads back any Unix time in seconds from 1973 on', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100_000_000, max: 99_999_999_999 }), (seconds) => {
        return (parseDateCell(String(seconds)) as Date).getTime() === seconds * 1000;
      }),
    );
  });

  it('never throws and returns only unknown, invalid or a valid date from 1970 to 9999', () => {
    const text = fc.oneof(
      fc.string(),
      fc.stringMatching(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?)?$/),
      fc.stringMatching(/^\d{1,16}$/),
    );
    fc.assert(
      fc.property(text, (t) => {
        const value = parseDateCell(t);
        if (value === undefined || value === 'invalid') return true;
        const ms = value.getTime();
        return ms >= Date.UTC(1970, 0, 1) && ms <= Date.UTC(9999, 11, 31, 23, 59, 59, 999);
      }),
    );
  });
});
