import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rateInWords } from '../../../src/lib/numbers/in-words';

describe('rateInWords', () => {
  it.each([
    [0.8, 'about 4 in 5'],
    [0.098, 'about 1 in 10'],
    [0.04, 'about 1 in 25'],
    [0.95, 'about 19 in 20'],
    [0.928, 'about 23 in 25'],
    [0.5, 'about 1 in 2'],
    [0.2, 'about 1 in 5'],
    [0.7, 'about 7 in 10'],
    [0.013, 'about 1 in 100'],
    [0.002, 'fewer than 1 in 200'],
    [0, 'fewer than 1 in 200'],
    [1, 'more than 199 in 200'],
  ])('says %d as %j', (rate, words) => {
    expect(rateInWords(rate)).toBe(words);
  });

  it('stays within two percentage points of the rate', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.005, max: 0.995, noNaN: true }), (rate) => {
        const [, count, denominator] = /about (\d+) in (\d+)/.exec(rateInWords(rate))!;
        return Math.abs(Number(count) / Number(denominator) - rate) <= 0.02 + 1e-9;
      }),
    );
  });

  it('says so when the rate is not a rate', () => {
    expect(rateInWords(Number.NaN)).toBe('an unknown share');
    expect(rateInWords(1.5)).toBe('an unknown share');
  });
});
