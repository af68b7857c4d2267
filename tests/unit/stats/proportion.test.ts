import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Z_95,
  extrapolateCount,
  marginOfError,
  plannedSampleSize,
  wilsonInterval,
} from '../../../src/lib/stats/proportion';

describe('wilsonInterval', () => {
  // Worked by hand for 10 of 100 with z = 1.96: p = 0.1, z² = 3.8416, d = 1 + z²/n = 1.038416.
  // centre = (0.1 + 3.8416/200) / d = 0.119208 / 1.038416 = 0.114798
  // half = 1.96 · √(0.1·0.9/100 + 3.8416/40000) / d = 1.96 · √0.00099604 / d = 0.059569
  // → 0.05523 to 0.17437.
  // For 0 of 10: d = 1.38416, centre = half = 0.19208 / 1.38416 = 0.138771 → 0 to 0.27754.
  it.each([
    [10, 100, 0.1, 0.05523, 0.17437],
    [0, 10, 0, 0, 0.27754],
    [5, 10, 0.5, 0.23659, 0.76341],
    [10, 10, 1, 0.72246, 1],
    [1, 1, 1, 0.20654, 1],
    [20, 100, 0.2, 0.13337, 0.28883],
  ])('gives %i of %i as share %d within %d to %d at z = 1.96', (successes, n, share, low, high) => {
    const estimate = wilsonInterval(successes, n, 1.96);
    expect(estimate.share).toBe(share);
    expect(estimate.low).toBeCloseTo(low, 5);
    expect(estimate.high).toBeCloseTo(high, 5);
    expect(estimate.n).toBe(n);
  });

  it('uses the 95% normal quantile when no z is given', () => {
    expect(Z_95).toBeCloseTo(1.96, 2);
    expect(wilsonInterval(10, 100)).toEqual(wilsonInterval(10, 100, Z_95));
    expect(wilsonInterval(10, 100)).not.toEqual(wilsonInterval(10, 100, 1.96));
  });

  it('widens the interval when the sample shrinks', () => {
    const large = wilsonInterval(20, 100);
    const small = wilsonInterval(2, 10);
    expect(small.high - small.low).toBeGreaterThan(large.high - large.low);
  });

  it('narrows the interval when less confidence is asked for', () => {
    const ninetyFive = wilsonInterval(30, 120);
    const eighty = wilsonInterval(30, 120, 1.2816);
    expect(eighty.high - eighty.low).toBeLessThan(ninetyFive.high - ninetyFive.low);
  });

  it('keeps an honest upper bound when the sample found no fakes', () => {
    expect(wilsonInterval(0, 50).high).toBeGreaterThan(0.05);
  });

  it.each([
    [0, 0],
    [1, 0],
    [0, 1.5],
    [-1, 10],
    [1.5, 10],
    [11, 10],
    [Number.NaN, 10],
    [1, Number.POSITIVE_INFINITY],
  ])('refuses %d successes out of %d', (successes, n) => {
    expect(() => wilsonInterval(successes, n)).toThrow(RangeError);
  });

  it.each([0, -1.96, Number.NaN, Number.POSITIVE_INFINITY])('refuses z = %d', (z) => {
    expect(() => wilsonInterval(1, 10, z)).toThrow(RangeError);
  });

  const sample = fc
    .integer({ min: 1, max: 1_000_000 })
    .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));

  it('always brackets the observed share inside 0..1 with finite numbers', () => {
    fc.assert(
      fc.property(sample, ([successes, n]) => {
        const { share, low, high } = wilsonInterval(successes, n);
        expect([share, low, high].every(Number.isFinite)).toBe(true);
        expect(0 <= low && low <= share && share <= high && high <= 1).toBe(true);
      }),
    );
  });

  it('moves both bounds up as more of the sample is fake', () => {
    fc.assert(
      fc.property(
        sample.filter(([successes, n]) => successes < n),
        ([successes, n]) => {
          const fewer = wilsonInterval(successes, n);
          const more = wilsonInterval(successes + 1, n);
          expect(more.low).toBeGreaterThanOrEqual(fewer.low);
          expect(more.high).toBeGreaterThanOrEqual(fewer.high);
        },
      ),
    );
  });
});

describe('plannedSampleSize', () => {
  // Worked by hand for a 5% margin at 95% with 10,000 followers:
  // n0 = 1.96² · 0.5 · 0.5 / 0.05² = 384.15; n = 384.15 / (1 + 383.15 / 10,000) = 369.97 → 370.
  // With 100 followers: 384.15 / (1 + 383.15 / 100) = 79.5 → 80.
  it.each([
    [0.05, 10_000, 0.5, 370],
    [0.05, 100, 0.5, 80],
    [0.05, 1_000_000, 0.5, 384],
    [0.05, 100_000_000, 0.5, 385],
    [0.03, 10_000, 0.5, 965],
    [0.05, 10_000, 0.1, 137],
    [0.5, 1_000_000, 0.5, 4],
  ])(
    'plans a %d margin over %i followers (expected share %d) as %i checks',
    (margin, population, expectedShare, n) => {
      expect(plannedSampleSize({ margin, population, expectedShare })).toBe(n);
    },
  );

  it('assumes the worst case, a share of one half, when none is expected', () => {
    expect(plannedSampleSize({ margin: 0.05, population: 10_000 })).toBe(370);
  });

  it('asks for at least one check even when no fakes are expected', () => {
    expect(plannedSampleSize({ margin: 0.05, population: 10_000, expectedShare: 0 })).toBe(1);
  });

  it('never asks for more checks than there are followers', () => {
    expect(plannedSampleSize({ margin: 0.01, population: 30 })).toBe(30);
    expect(plannedSampleSize({ margin: 0.05, population: 1 })).toBe(1);
  });

  it.each([
    [{ margin: 0, population: 100 }],
    [{ margin: 0.6, population: 100 }],
    [{ margin: Number.NaN, population: 100 }],
    [{ margin: 0.05, population: 0 }],
    [{ margin: 0.05, population: 10.5 }],
    [{ margin: 0.05, population: 100, expectedShare: 1.2 }],
    [{ margin: 0.05, population: 100, z: 0 }],
  ])('refuses %j', (options) => {
    expect(() => plannedSampleSize(options)).toThrow(RangeError);
  });

  const margin = fc.double({ min: 0.001, max: 0.5, noNaN: true });
  const population = fc.integer({ min: 1, max: 100_000_000 });

  it('stays between 1 and the follower count', () => {
    fc.assert(
      fc.property(margin, population, (m, n) => {
        const size = plannedSampleSize({ margin: m, population: n });
        expect(Number.isInteger(size) && size >= 1 && size <= n).toBe(true);
      }),
    );
  });

  it('asks for more checks when the margin tightens', () => {
    fc.assert(
      fc.property(margin, margin, population, (a, b, n) => {
        const [tight, loose] = a < b ? [a, b] : [b, a];
        expect(plannedSampleSize({ margin: tight, population: n })).toBeGreaterThanOrEqual(
          plannedSampleSize({ margin: loose, population: n }),
        );
      }),
    );
  });

  it('asks for more checks when the account is bigger', () => {
    fc.assert(
      fc.property(margin, population, population, (m, a, b) => {
        const [small, big] = a < b ? [a, b] : [b, a];
        expect(plannedSampleSize({ margin: m, population: big })).toBeGreaterThanOrEqual(
          plannedSampleSize({ margin: m, population: small }),
        );
      }),
    );
  });

  it('delivers the margin it was planned for', () => {
    fc.assert(
      fc.property(margin, population, (m, n) => {
        const size = plannedSampleSize({ margin: m, population: n });
        expect(marginOfError({ n: size, population: n })).toBeLessThanOrEqual(m + 1e-12);
      }),
    );
  });
});

describe('marginOfError', () => {
  // Worked by hand for 370 checks of 10,000 followers:
  // 1.96 · √(0.25 / 370) · √(9,630 / 9,999) = 1.96 · 0.025996 · 0.98138 = 0.0500.
  it.each([
    [370, 10_000, 0.5, 0.05],
    [100, 100_000_000, 0.5, 0.098],
    [80, 100, 0.5, 0.0492],
    [100, 1_000, 0.1, 0.0558],
  ])('gives %i checks of %i followers (share %d) a margin of about %d', (n, population, share, margin) => {
    expect(marginOfError({ n, population, share })).toBeCloseTo(margin, 3);
  });

  it('is zero when every follower was checked', () => {
    expect(marginOfError({ n: 250, population: 250 })).toBe(0);
    expect(marginOfError({ n: 1, population: 1 })).toBe(0);
  });

  it('is zero when the share is certain', () => {
    expect(marginOfError({ n: 50, population: 1_000, share: 0 })).toBe(0);
  });

  it('shrinks as more followers are checked', () => {
    expect(marginOfError({ n: 400, population: 5_000 })).toBeLessThan(
      marginOfError({ n: 100, population: 5_000 }),
    );
  });

  it.each([
    [{ n: 0, population: 100 }],
    [{ n: 101, population: 100 }],
    [{ n: 2.5, population: 100 }],
    [{ n: 10, population: 100, share: -0.1 }],
  ])('refuses %j', (options) => {
    expect(() => marginOfError(options)).toThrow(RangeError);
  });

  it('is always a finite number from 0 to 1', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 100_000_000 })
          .chain((population) => fc.tuple(fc.integer({ min: 1, max: population }), fc.constant(population))),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ([n, population], share) => {
          const margin = marginOfError({ n, population, share });
          expect(Number.isFinite(margin) && margin >= 0 && margin <= 1).toBe(true);
        },
      ),
    );
  });
});

describe('extrapolateCount', () => {
  it.each([
    [{ share: 0.25, low: 0.125, high: 0.5, n: 8 }, 1_000, { count: 250, low: 125, high: 500 }],
    [{ share: 0.1234, low: 0.1, high: 0.15, n: 100 }, 1_000, { count: 123, low: 100, high: 150 }],
    [{ share: 0, low: 0, high: 0.2775, n: 10 }, 12_000, { count: 0, low: 0, high: 3_330 }],
    [{ share: 1, low: 0.7225, high: 1, n: 10 }, 7, { count: 7, low: 5, high: 7 }],
  ])('scales %j to %i followers as %j', (estimate, population, range) => {
    expect(extrapolateCount(estimate, population)).toEqual(range);
  });

  it.each([
    [{ share: 0.2, low: 0.1, high: 0.3, n: 10 }, 0],
    [{ share: 0.2, low: 0.1, high: 0.3, n: 10 }, 99.5],
    [{ share: 0.2, low: 0.25, high: 0.3, n: 10 }, 100],
    [{ share: 1.2, low: 0.1, high: 1.3, n: 10 }, 100],
    [{ share: Number.NaN, low: 0.1, high: 0.3, n: 10 }, 100],
  ])('refuses %j over %d followers', (estimate, population) => {
    expect(() => extrapolateCount(estimate, population)).toThrow(RangeError);
  });

  it('keeps low <= count <= high <= followers for any sample', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5_000 })
          .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
        fc.integer({ min: 1, max: 100_000_000 }),
        ([successes, n], population) => {
          const { count, low, high } = extrapolateCount(wilsonInterval(successes, n), population);
          expect([count, low, high].every(Number.isInteger)).toBe(true);
          expect(0 <= low && low <= count && count <= high && high <= population).toBe(true);
        },
      ),
    );
  });
});
