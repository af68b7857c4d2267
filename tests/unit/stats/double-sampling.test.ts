import { describe, expect, it } from 'vitest';
import { doubleSampledShare, type DoubleSample } from '../../../src/lib/stats/double-sampling';
import type { ErrorRates } from '../../../src/lib/stats/misclassification';

// An owner who never errs: the estimate is then pure double sampling.
const PERFECT: ErrorRates = {
  falsePositive: { low: 0, high: 0 },
  sensitivity: { low: 1, high: 1 },
};
const SAMPLE: DoubleSample = {
  flagged: 300,
  notFlagged: 700,
  checkedFlagged: { fake: 18, real: 2 },
  checkedNotFlagged: { fake: 1, real: 19 },
};
const width = (e: { low: number; high: number }) => e.high - e.low;

describe('doubleSampledShare', () => {
  it('combines the rules’ verdict on every row with what the owner found in each group', () => {
    // q1 = 18 / 20 = 0.9, q0 = 1 / 20 = 0.05; 0.3 x 0.9 + 0.7 x 0.05 = 0.305.
    const estimate = doubleSampledShare(SAMPLE, PERFECT);
    expect(estimate.share).toBeCloseTo(0.305, 3);
    expect(estimate.raw.share).toBe(0.3);
    expect(estimate.low).toBeLessThan(estimate.share);
    expect(estimate.high).toBeGreaterThan(estimate.share);
  });

  it('measures the rules on this audience: caught and wrongly flagged as the owner saw them', () => {
    const estimate = doubleSampledShare(SAMPLE, PERFECT);
    // Se = 0.3 x 0.9 / 0.305 = 0.885; FPR = 0.3 x 0.1 / 0.695 = 0.043.
    expect(estimate.sensitivity).toBeCloseTo(0.885, 2);
    expect(estimate.falsePositiveRate).toBeCloseTo(0.043, 2);
  });

  it('narrows as the owner checks more accounts', () => {
    const more: DoubleSample = {
      ...SAMPLE,
      checkedFlagged: { fake: 72, real: 8 },
      checkedNotFlagged: { fake: 4, real: 76 },
    };
    expect(width(doubleSampledShare(more, PERFECT))).toBeLessThan(width(doubleSampledShare(SAMPLE, PERFECT)));
  });

  it('widens when the owner’s own judgement may err', () => {
    const fallible: ErrorRates = {
      falsePositive: { low: 0.01, high: 0.1 },
      sensitivity: { low: 0.8, high: 0.97 },
    };
    expect(width(doubleSampledShare(SAMPLE, fallible))).toBeGreaterThan(
      width(doubleSampledShare(SAMPLE, PERFECT)),
    );
  });

  it('needs no check of a group the file does not have', () => {
    const noneFlagged: DoubleSample = {
      flagged: 0,
      notFlagged: 500,
      checkedFlagged: { fake: 0, real: 0 },
      checkedNotFlagged: { fake: 2, real: 18 },
    };
    const estimate = doubleSampledShare(noneFlagged, PERFECT);
    // q0 = 2 / 20 = 0.1.
    expect(estimate.share).toBeCloseTo(0.1, 2);
    expect(Number.isFinite(estimate.sensitivity) && Number.isFinite(estimate.falsePositiveRate)).toBe(true);
  });

  it('knows the flagged share of the file exactly: a file checked whole by a perfect owner gives its share', () => {
    const whole: DoubleSample = {
      flagged: 20,
      notFlagged: 80,
      checkedFlagged: { fake: 20, real: 0 },
      checkedNotFlagged: { fake: 0, real: 80 },
    };
    const estimate = doubleSampledShare(whole, PERFECT);
    expect(estimate.share).toBe(0.2);
    expect(estimate.high - estimate.low).toBeLessThan(0.05);
  });

  it('gives the same answer for the same counts every time', () => {
    expect(doubleSampledShare(SAMPLE, PERFECT)).toEqual(doubleSampledShare(SAMPLE, PERFECT));
  });
});
