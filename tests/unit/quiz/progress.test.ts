import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pick } from '../../../src/lib/quiz/labels';
import { parseQuizProgress, serialiseQuizProgress, type QuizProgress } from '../../../src/lib/quiz/progress';

const deckIds = ['pie-vote', 'oven-closure', 'missing-dog'];
const saved: QuizProgress = {
  version: 1,
  seed: 0x3a9f21c0,
  picks: { 'pie-vote': 'scroll', 'oven-closure': 'click' },
  index: 2,
  finished: false,
};
const stored = (overrides: Record<string, unknown>) => JSON.stringify({ ...saved, ...overrides });

describe('parseQuizProgress', () => {
  it('reads back any progress it wrote', () => {
    const progress = fc.record({
      version: fc.constant(1 as const),
      seed: fc.integer({ min: 0, max: 0xffff_ffff }),
      picks: fc.dictionary(fc.constantFrom(...deckIds), fc.constantFrom<Pick>('click', 'scroll')),
      index: fc.integer({ min: 0, max: deckIds.length }),
      finished: fc.boolean(),
    });
    fc.assert(
      fc.property(progress, (p) => {
        expect(parseQuizProgress(serialiseQuizProgress(p), deckIds)).toEqual({ progress: p, corrupt: false });
      }),
    );
  });

  it.each([
    ['nothing stored', undefined],
    ['null from localStorage', null],
    ['an empty string', ''],
  ])('starts fresh without calling it corrupt when there is %s', (_case, raw) => {
    expect(parseQuizProgress(raw, deckIds)).toEqual({ corrupt: false });
  });

  it('drops answers for posts no longer in the deck', () => {
    const raw = stored({ picks: { 'pie-vote': 'scroll', 'retired-post': 'click' } });
    expect(parseQuizProgress(raw, deckIds).progress?.picks).toEqual({ 'pie-vote': 'scroll' });
  });

  it('drops an answer that is neither click nor scroll', () => {
    const raw = stored({ picks: { 'pie-vote': 'maybe', 'oven-closure': 'click' } });
    expect(parseQuizProgress(raw, deckIds).progress?.picks).toEqual({ 'oven-closure': 'click' });
  });

  it('brings a position past the end of a shrunken deck back to its end', () => {
    expect(parseQuizProgress(stored({ index: 40 }), deckIds).progress?.index).toBe(3);
  });

  it('ignores a __proto__ key in stored answers', () => {
    const raw =
      '{"version":1,"seed":1,"picks":{"__proto__":{"pie-vote":"click"}},"index":0,"finished":false}';
    const result = parseQuizProgress(raw, deckIds);
    expect(result.progress?.picks).toEqual({});
    expect(Object.getPrototypeOf(result.progress?.picks)).toBe(Object.prototype);
  });

  it.each([
    ['broken JSON', '{"version":1,'],
    ['a JSON string', '"hello"'],
    ['a JSON array', '[1,2,3]'],
    ['JSON null', 'null'],
    ['a later version', stored({ version: 2 })],
    ['no version', stored({ version: undefined })],
    ['a negative seed', stored({ seed: -1 })],
    ['a seed too big for 32 bits', stored({ seed: 2 ** 32 })],
    ['a fractional seed', stored({ seed: 1.5 })],
    ['a seed written as text', stored({ seed: '12' })],
    ['a negative position', stored({ index: -1 })],
    ['a fractional position', stored({ index: 1.5 })],
    ['finished written as text', stored({ finished: 'yes' })],
    ['answers as a list', stored({ picks: ['click'] })],
    ['answers missing', stored({ picks: null })],
    ['something far too long to be progress', `${stored({})}${' '.repeat(60_000)}`],
  ])('calls %s corrupt and starts fresh', (_case, raw) => {
    expect(parseQuizProgress(raw, deckIds)).toEqual({ corrupt: true });
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
          const result = parseQuizProgress(raw, deckIds);
          expect(typeof result.corrupt).toBe('boolean');
        },
      ),
    );
  });
});

describe('serialiseQuizProgress', () => {
  it('writes only the fields of the progress, in a fixed order', () => {
    const extra = { ...saved, secret: 'x' } as QuizProgress;
    expect(serialiseQuizProgress(extra)).toBe(
      '{"version":1,"seed":983507392,"picks":{"pie-vote":"scroll","oven-closure":"click"},"index":2,"finished":false}',
    );
  });
});
