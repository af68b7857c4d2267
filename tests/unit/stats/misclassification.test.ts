import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  correctedShare,
  correctionFor,
  roganGladen,
  type ErrorRates,
} from '../../../src/lib/stats/misclassification';

// A check measured on 400 people (40 flagged) and two vendors of 500 bought accounts (480 and 440 caught).
const MEASURED: ErrorRates = {
  falsePositive: [{ hits: 40, n: 400 }],
  sensitivity: [
    { hits: 480, n: 500 },
    { hits: 440, n: 500 },
  ],
  unseenSourceSpread: 0,
  unseenPopulationSpread: 0,
};
const width = (e: { low: number; high: number }) => e.high - e.low;

describe('roganGladen', () => {
  // (0.46 - 0.1) / (0.9 - 0.1) = 0.45; (0.1 - 0.1) / 0.8 = 0; (0.05 - 0.1) / 0.8 < 0 → 0; (0.95 - 0.1) / 0.8 > 1 → 1.
  it.each([
    [0.46, 0.9, 0.1, 0.45],
    [0.1, 0.9, 0.1, 0],
    [0.05, 0.9, 0.1, 0],
    [0.95, 0.9, 0.1, 1],
    [0.5, 1, 0, 0.5],
  ])('corrects an apparent %d with Se %d and FPR %d to %d', (apparent, se, fpr, truth) => {
    expect(roganGladen(apparent, se, fpr)).toBeCloseTo(truth, 10);
  });

  it('refuses a check that cannot tell fakes from people', () => {
    expect(() => roganGladen(0.3, 0.3, 0.3)).toThrow(RangeError);
  });
});

describe('correctedShare', () => {
  it('corrects the flagged share for the measured rates and keeps the raw share beside it', () => {
    // Means: Se = ((480.5/501) + (440.5/501)) / 2 = 0.9192, FPR = 40.5/401 = 0.1010.
    // (0.46 - 0.1010) / (0.9192 - 0.1010) = 0.4388.
    const estimate = correctedShare(460, 1000, MEASURED);
    expect(estimate.raw.share).toBe(0.46);
    expect(estimate.share).toBeCloseTo(0.4388, 2);
    expect(estimate.sensitivity).toBeCloseTo(0.9192, 2);
    expect(estimate.falsePositiveRate).toBeCloseTo(0.101, 2);
    expect(estimate.low).toBeLessThan(estimate.share);
    expect(estimate.high).toBeGreaterThan(estimate.share);
  });

  it('reaches down to 0% when the flagged share is what people alone would give', () => {
    expect(correctedShare(100, 1000, MEASURED).low).toBe(0);
  });

  it('gives the same answer for the same counts every time', () => {
    expect(correctedShare(123, 456, MEASURED)).toEqual(correctedShare(123, 456, MEASURED));
  });

  it('widens the interval when the sample shrinks', () => {
    expect(width(correctedShare(46, 100, MEASURED))).toBeGreaterThan(
      width(correctedShare(460, 1000, MEASURED)),
    );
  });

  it('widens the interval when the error rates were measured on fewer accounts', () => {
    const fewer: ErrorRates = {
      ...MEASURED,
      falsePositive: [{ hits: 4, n: 40 }],
      sensitivity: [{ hits: 46, n: 50 }],
    };
    expect(width(correctedShare(460, 1000, fewer))).toBeGreaterThan(
      width(correctedShare(460, 1000, MEASURED)),
    );
  });

  it('widens the interval for vendors and audiences never measured', () => {
    const base = width(correctedShare(460, 1000, MEASURED));
    expect(width(correctedShare(460, 1000, { ...MEASURED, unseenSourceSpread: 0.08 }))).toBeGreaterThan(base);
    expect(width(correctedShare(460, 1000, { ...MEASURED, unseenPopulationSpread: 0.05 }))).toBeGreaterThan(
      base,
    );
  });

  it('reads assumed ranges as well as measured counts', () => {
    const assumed: ErrorRates = {
      falsePositive: [{ low: 0.01, high: 0.1 }],
      sensitivity: [{ low: 0.8, high: 0.97 }],
      unseenSourceSpread: 0,
      unseenPopulationSpread: 0,
    };
    // (0.5 - 0.055) / (0.885 - 0.055) = 0.536.
    expect(correctedShare(20, 40, assumed).share).toBeCloseTo(0.536, 1);
  });

  it('always gives 0 <= low <= share <= high <= 1, for any counts', () => {
    const correct = correctionFor(MEASURED, 500);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, share) => {
          const estimate = correct(Math.round(share * n), n);
          return (
            0 <= estimate.low &&
            estimate.low <= estimate.share &&
            estimate.share <= estimate.high &&
            estimate.high <= 1
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it.each<[string, ErrorRates]>([
    ['no false-positive belief', { ...MEASURED, falsePositive: [] }],
    ['more hits than accounts', { ...MEASURED, sensitivity: [{ hits: 5, n: 4 }] }],
    ['a range upside down', { ...MEASURED, falsePositive: [{ low: 0.2, high: 0.1 }] }],
    ['a negative spread', { ...MEASURED, unseenSourceSpread: -0.1 }],
  ])('refuses error rates with %s', (_, rates) => {
    expect(() => correctedShare(10, 100, rates)).toThrow(RangeError);
  });
});
