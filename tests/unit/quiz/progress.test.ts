import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pick } from '../../../src/lib/quiz/labels';
import {
  parseQuizProgress,
  progressOnForm,
  serialiseQuizProgress,
  type QuizProgress,
} from '../../../src/lib/quiz/progress';

const sizes = { a: 3, b: 3 };
const formIds = ['pie-vote', 'oven-closure', 'missing-dog'];
const saved: QuizProgress = {
  version: 2,
  form: 'b',
  seed: 0x3a9f21c0,
  picks: { 'pie-vote': 'scroll', 'oven-closure': 'click' },
  index: 2,
  finished: false,
  firstPass: null,
};
const stored = (overrides: Record<string, unknown>) => JSON.stringify({ ...saved, ...overrides });
const firstPass = { baitCaught: 1, baitAnswered: 1, goodPassed: 0, goodAnswered: 2 };

describe('parseQuizProgress', () => {
  it('reads back any progress it wrote', () => {
    const progress = fc.record({
      version: fc.constant(2 as const),
      form: fc.constantFrom<'a' | 'b'>('a', 'b'),
      seed: fc.integer({ min: 0, max: 0xffff_ffff }),
      picks: fc.dictionary(fc.constantFrom(...formIds), fc.constantFrom<Pick>('click', 'scroll')),
      index: fc.integer({ min: 0, max: formIds.length }),
      finished: fc.boolean(),
      firstPass: fc.constantFrom(null, firstPass),
    });
    fc.assert(
      fc.property(progress, (p) => {
        expect(parseQuizProgress(serialiseQuizProgress(p), sizes)).toEqual({ progress: p, corrupt: false });
      }),
    );
  });

  it.each([
    ['nothing stored', undefined],
    ['null from localStorage', null],
    ['an empty string', ''],
  ])('starts fresh without calling it corrupt when there is %s', (_case, raw) => {
    expect(parseQuizProgress(raw, sizes)).toEqual({ corrupt: false });
  });

  it('takes up a quiz saved before the forms as a play of form A, its first pass not yet counted', () => {
    const v1 = '{"version":1,"seed":7,"picks":{"pie-vote":"scroll"},"index":1,"finished":false}';
    expect(parseQuizProgress(v1, sizes).progress).toEqual({
      version: 2,
      form: 'a',
      seed: 7,
      picks: { 'pie-vote': 'scroll' },
      index: 1,
      finished: false,
      firstPass: null,
    });
  });

  it('drops an answer that is neither click nor scroll', () => {
    const raw = stored({ picks: { 'pie-vote': 'maybe', 'oven-closure': 'click' } });
    expect(parseQuizProgress(raw, sizes).progress?.picks).toEqual({ 'oven-closure': 'click' });
  });

  it('brings a position past the end of its form back to its end', () => {
    expect(parseQuizProgress(stored({ index: 40 }), sizes).progress?.index).toBe(3);
  });

  it('ignores a __proto__ key in stored answers', () => {
    const raw = stored({}).replace('"picks":{', '"picks":{"__proto__":"click",');
    const result = parseQuizProgress(raw, sizes);
    expect(result.progress?.picks).toEqual(saved.picks);
    expect(Object.getPrototypeOf(result.progress?.picks)).toBe(Object.prototype);
  });

  it.each([
    ['broken JSON', '{"version":2,'],
    ['a JSON string', '"hello"'],
    ['a JSON array', '[1,2,3]'],
    ['JSON null', 'null'],
    ['a later version', stored({ version: 3 })],
    ['no version', stored({ version: undefined })],
    ['a form that does not exist', stored({ form: 'c' })],
    ['a negative seed', stored({ seed: -1 })],
    ['a seed too big for 32 bits', stored({ seed: 2 ** 32 })],
    ['a seed written as text', stored({ seed: '12' })],
    ['a negative position', stored({ index: -1 })],
    ['finished written as text', stored({ finished: 'yes' })],
    ['answers as a list', stored({ picks: ['click'] })],
    [
      'more answers than the form has posts',
      stored({ picks: { a: 'click', b: 'click', c: 'click', d: 'click' } }),
    ],
    ['first-pass figures no play could give', stored({ firstPass: { ...firstPass, baitCaught: 5 } })],
    ['first-pass figures with a field too many', stored({ firstPass: { ...firstPass, name: 'x' } })],
    ['a field it never writes', stored({ extra: 1 })],
    ['something far too long to be progress', `${stored({})}${' '.repeat(60_000)}`],
  ])('calls %s corrupt and starts fresh', (_case, raw) => {
    expect(parseQuizProgress(raw, sizes)).toEqual({ corrupt: true });
  });

  it('never throws, whatever is stored', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (raw) => {
          expect(typeof parseQuizProgress(raw, sizes).corrupt).toBe('boolean');
        },
      ),
    );
  });
});

describe('progressOnForm', () => {
  it('keeps only the answers for posts of its form, once they are known', () => {
    const progress = { ...saved, picks: { 'pie-vote': 'scroll', 'retired-post': 'click' } } as QuizProgress;
    expect(progressOnForm(progress, formIds).picks).toEqual({ 'pie-vote': 'scroll' });
  });
});

describe('serialiseQuizProgress', () => {
  it('writes only the fields of the progress, in a fixed order', () => {
    const extra = { ...saved, secret: 'x', firstPass: { ...firstPass, name: 'x' } } as QuizProgress;
    expect(serialiseQuizProgress(extra)).toBe(
      '{"version":2,"form":"b","seed":983507392,"picks":{"pie-vote":"scroll","oven-closure":"click"},"index":2,"finished":false,"firstPass":{"baitCaught":1,"baitAnswered":1,"goodPassed":0,"goodAnswered":2}}',
    );
  });
});
