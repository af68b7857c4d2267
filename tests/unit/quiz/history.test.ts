import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_KEPT_PLAYS,
  addDays,
  isCalendarDay,
  parseQuizHistory,
  retestPair,
  serialiseQuizHistory,
  withPlay,
  type FinishedPlay,
} from '../../../src/lib/quiz/history';

const sizes = { a: 20, b: 20 };
const today = '2026-12-20';
const first: FinishedPlay = {
  form: 'a',
  day: '2026-12-06',
  baitCaught: 9,
  baitAnswered: 10,
  goodPassed: 6,
  goodAnswered: 10,
};
const second: FinishedPlay = {
  form: 'b',
  day: '2026-12-13',
  baitCaught: 9,
  baitAnswered: 10,
  goodPassed: 1,
  goodAnswered: 10,
};
const stored = (plays: unknown[]) => JSON.stringify({ version: 1, plays });

describe('parseQuizHistory', () => {
  it('reads back any history it wrote', () => {
    const playArb = fc
      .record({
        form: fc.constantFrom<'a' | 'b'>('a', 'b'),
        offset: fc.integer({ min: 0, max: 14 }),
        baitAnswered: fc.integer({ min: 0, max: 10 }),
        goodAnswered: fc.integer({ min: 0, max: 10 }),
        caught: fc.nat(),
        passed: fc.nat(),
      })
      .map(({ form, offset, baitAnswered, goodAnswered, caught, passed }) => ({
        form,
        day: addDays('2026-12-06', offset),
        baitCaught: caught % (baitAnswered + 1),
        baitAnswered,
        goodPassed: passed % (goodAnswered + 1),
        goodAnswered,
      }));
    fc.assert(
      fc.property(fc.array(playArb, { maxLength: MAX_KEPT_PLAYS }), (plays) => {
        const sorted = [...plays].sort((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : 0));
        expect(parseQuizHistory(serialiseQuizHistory(sorted), sizes, today)).toEqual({
          plays: sorted,
          tampered: false,
        });
      }),
    );
  });

  it('has nothing, and nothing wrong, when nothing is stored', () => {
    expect(parseQuizHistory(undefined, sizes, today)).toEqual({ plays: [], tampered: false });
  });

  it.each([
    ['broken JSON', '{"version":1,'],
    ['a later version', JSON.stringify({ version: 2, plays: [] })],
    ['plays as an object', JSON.stringify({ version: 1, plays: {} })],
    ['more bait caught than answered', stored([{ ...first, baitCaught: 11 }])],
    ['more good posts passed than answered', stored([{ ...first, goodPassed: 11 }])],
    ['more posts than the form holds', stored([{ ...first, baitAnswered: 15, goodAnswered: 15 }])],
    ['a negative count', stored([{ ...first, baitCaught: -1 }])],
    ['a fractional count', stored([{ ...first, baitCaught: 2.5 }])],
    ['a count written as text', stored([{ ...first, baitCaught: '9' }])],
    ['a form that does not exist', stored([{ ...first, form: 'c' }])],
    ['a day that does not exist', stored([{ ...first, day: '2026-02-30' }])],
    ['a day in the future', stored([{ ...first, day: '2027-01-01' }])],
    ['a day before the forms existed', stored([{ ...first, day: '2025-12-06' }])],
    ['plays out of order', stored([second, first])],
    ['a field it never writes', stored([{ ...first, name: 'Ann' }])],
    ['a field missing', stored([{ ...first, form: undefined }])],
    ['more plays than it keeps', stored(Array.from({ length: MAX_KEPT_PLAYS + 1 }, () => first))],
    ['something far too long', `${stored([first])}${' '.repeat(30_000)}`],
  ])('sets aside a history with %s, whole', (_case, raw) => {
    expect(parseQuizHistory(raw, sizes, today)).toEqual({ plays: [], tampered: true });
  });

  it('never throws, whatever is stored', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ version: 1, plays: [v] })),
        ),
        (raw) => {
          expect(typeof parseQuizHistory(raw, sizes, today).tampered).toBe('boolean');
        },
      ),
    );
  });
});

describe('withPlay', () => {
  it('adds a play at the end and drops the oldest past the limit', () => {
    const full = Array.from({ length: MAX_KEPT_PLAYS }, () => first);
    const next = withPlay(full, second);
    expect(next).toHaveLength(MAX_KEPT_PLAYS);
    expect(next.at(-1)).toEqual(second);
  });
});

describe('retestPair', () => {
  it('sets the latest play beside the latest before it on the other form', () => {
    expect(retestPair([first, { ...first, day: '2026-12-07' }, second])).toEqual({
      before: { ...first, day: '2026-12-07' },
      after: second,
    });
  });

  it('has nothing to compare until both forms are played', () => {
    expect(retestPair([first, { ...first, day: '2026-12-07' }])).toBeUndefined();
    expect(retestPair([])).toBeUndefined();
  });
});

describe('days', () => {
  it('counts across a month and a year end', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2028-02-25', 7)).toBe('2028-03-03');
  });

  it('knows the real calendar days', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2027-02-29')).toBe(false);
    expect(isCalendarDay('2026-13-01')).toBe(false);
  });
});
