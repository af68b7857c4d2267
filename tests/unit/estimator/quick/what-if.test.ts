import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { engagementRate } from '../../../../src/lib/estimator/quick/rate';
import { DEFAULT_BOUGHT, parseBought } from '../../../../src/lib/estimator/quick/quick-check';
import { rateAfterBuying, WHAT_IF_NOTE, whatIfSentence } from '../../../../src/lib/estimator/quick/what-if';

const BAKERY = { followers: 2_400, likes: 26, comments: 2 };

describe('rateAfterBuying', () => {
  it('spreads the same likes and comments over the bought followers too', () => {
    expect(rateAfterBuying(BAKERY, 5_000)).toBeCloseTo(28 / 7_400, 15);
  });

  it('leaves the rate alone when nothing is bought', () => {
    expect(rateAfterBuying(BAKERY, 0)).toBe(engagementRate(BAKERY));
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('refuses %d bought followers', (bought) => {
    expect(() => rateAfterBuying(BAKERY, bought)).toThrow(RangeError);
  });

  it('never raises the rate, and lowers it whenever the account gets any likes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 1_000_000_000 }),
        (followers, likes, bought) => {
          const input = { followers, likes, comments: 0 };
          const before = engagementRate(input);
          const after = rateAfterBuying(input, bought);
          expect(after).toBeLessThanOrEqual(before);
          if (likes > 0) expect(after).toBeLessThan(before);
        },
      ),
    );
  });
});

describe('whatIfSentence', () => {
  it.each<[string, Parameters<typeof whatIfSentence>, string]>([
    [
      'the issue’s bakery',
      [BAKERY, 5_000],
      'Add 5,000 followers who never like or comment: your 1.2% becomes 0.38%.',
    ],
    [
      'a creator',
      [{ followers: 38_000, likes: 400, comments: 20 }, 5_000, 'creator'],
      'Add 5,000 followers who never like or comment: their 1.1% becomes 0.98%.',
    ],
    ['one follower', [BAKERY, 1], 'Add 1 follower who never likes or comments: your 1.2% becomes 1.2%.'],
  ])('%s', (_case, args, sentence) => {
    expect(whatIfSentence(...args)).toBe(sentence);
  });

  it('starts from a typical offer of 5,000', () => {
    expect(DEFAULT_BOUGHT).toBe(5_000);
  });

  it('says what a low rate cannot tell, and never that nothing suggests fake followers', () => {
    expect(WHAT_IF_NOTE).toContain('cannot say');
    expect(WHAT_IF_NOTE).not.toMatch(/nothing (here )?suggests/i);
  });
});

describe('parseBought', () => {
  it.each([
    ['5,000', 5_000],
    ['5k', 5_000],
    [' 12000 ', 12_000],
  ])('reads %j as %d', (text, value) => {
    expect(parseBought(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'Enter the number of followers to buy.'],
    ['lots', 'must be a number'],
    ['-5', 'can’t be negative'],
    ['0', 'must be at least 1'],
    ['2.5', 'must be a whole number'],
    ['9,000,000,000', 'more followers to buy than any account has'],
  ])('explains %j', (text, message) => {
    const parse = parseBought(text);
    expect(parse.ok).toBe(false);
    if (!parse.ok) expect(parse.message).toContain(message);
  });
});
