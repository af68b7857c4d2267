import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boxCorrectedShare,
  correctedShare,
  correctionFor,
  roganGladen,
  type ErrorRates,
} from '../../../src/lib/stats/misclassification';
import { likelyRate, rateSpread } from '../../../src/lib/stats/random-effects';

// A check measured on two populations of 400 people (40 and 44 flagged) and two sellers of 500 bought accounts
// (450 and 460 caught): populations that differ by little more than chance.
const MEASURED: ErrorRates = {
  falsePositive: rateSpread([
    { hits: 40, n: 400 },
    { hits: 44, n: 400 },
  ]),
  sensitivity: rateSpread([
    { hits: 450, n: 500 },
    { hits: 460, n: 500 },
  ]),
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
    // Typical rates: Se about 0.91, FPR about 0.105; (0.46 - 0.105) / (0.91 - 0.105) = 0.441.
    const estimate = correctedShare(460, 1000, MEASURED);
    expect(estimate.raw.share).toBe(0.46);
    expect(estimate.share).toBeCloseTo(0.441, 2);
    expect(estimate.sensitivity).toBeCloseTo(0.91, 2);
    expect(estimate.falsePositiveRate).toBeCloseTo(0.105, 2);
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
      falsePositive: rateSpread([
        { hits: 4, n: 40 },
        { hits: 4, n: 40 },
      ]),
      sensitivity: rateSpread([
        { hits: 45, n: 50 },
        { hits: 46, n: 50 },
      ]),
    };
    expect(width(correctedShare(460, 1000, fewer))).toBeGreaterThan(
      width(correctedShare(460, 1000, MEASURED)),
    );
  });

  it('widens the interval when populations and sellers differ more from one another', () => {
    const apart: ErrorRates = {
      falsePositive: rateSpread([
        { hits: 10, n: 400 },
        { hits: 80, n: 400 },
      ]),
      sensitivity: rateSpread([
        { hits: 300, n: 500 },
        { hits: 490, n: 500 },
      ]),
    };
    expect(width(correctedShare(460, 1000, apart))).toBeGreaterThan(
      width(correctedShare(460, 1000, MEASURED)) + 0.1,
    );
  });

  it('reaches as high as the lowest catch rate a new seller might have allows', () => {
    // Flagged 30%: if a new seller is caught as rarely as the likely range allows, far more are fake.
    const people = rateSpread([
      { hits: 40, n: 400 },
      { hits: 44, n: 400 },
    ]);
    const apart: ErrorRates = {
      falsePositive: people,
      sensitivity: rateSpread([
        { hits: 300, n: 500 },
        { hits: 490, n: 500 },
      ]),
    };
    const estimate = correctedShare(300, 1000, apart);
    const fpr = likelyRate(people).typical;
    expect(estimate.high).toBeGreaterThan((0.3 - fpr) / (0.6 - fpr) - 0.05);
  });

  it('leaves out draws in which the rules would not tell fakes from people, and stays in 0 to 1', () => {
    // Real people flagged anywhere from 5% to 50%, bought accounts caught from 30% to 95%: some draws invert.
    const overlapping: ErrorRates = {
      falsePositive: { low: 0.05, high: 0.5 },
      sensitivity: { low: 0.3, high: 0.95 },
    };
    const estimate = correctedShare(30, 1000, overlapping);
    // With 3% flagged, no draw that works can make more than 3% / 28% fake: the inverted draws add nothing.
    expect(estimate.low).toBe(0);
    expect(estimate.high).toBeLessThan(0.11);
  });

  it('reads assumed ranges as well as measured spreads', () => {
    const assumed: ErrorRates = {
      falsePositive: { low: 0.01, high: 0.1 },
      sensitivity: { low: 0.8, high: 0.97 },
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
    ['a range upside down', { ...MEASURED, falsePositive: { low: 0.2, high: 0.1 } }],
    ['a range past 100%', { ...MEASURED, sensitivity: { low: 0.9, high: 1.2 } }],
    [
      'a negative spread',
      { ...MEASURED, sensitivity: { centre: 1, spread: -0.1, between: 0, populations: 2 } },
    ],
  ])('refuses error rates with %s', (_, rates) => {
    expect(() => correctedShare(10, 100, rates)).toThrow(RangeError);
  });
});

describe('boxCorrectedShare', () => {
  const rates = { falsePositive: { low: 0.01, high: 0.1 }, sensitivity: { low: 0.8, high: 0.97 } };

  it('corrects each end of the Wilson interval at the rates that move it furthest', () => {
    const estimate = boxCorrectedShare(20, 100, rates);
    expect(estimate.low).toBeCloseTo((estimate.raw.low - 0.1) / (0.97 - 0.1), 12);
    expect(estimate.high).toBeCloseTo((estimate.raw.high - 0.01) / (0.8 - 0.01), 12);
    expect(estimate.share).toBeCloseTo((0.2 - 0.055) / (0.885 - 0.055), 12);
  });

  it('refuses ranges in which a person could be flagged as often as a fake', () => {
    expect(() =>
      boxCorrectedShare(1, 10, {
        falsePositive: { low: 0, high: 0.6 },
        sensitivity: { low: 0.5, high: 0.9 },
      }),
    ).toThrow(RangeError);
  });
});
