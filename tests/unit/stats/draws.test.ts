import { describe, expect, it } from 'vitest';
import { betaDraw, gammaDraw, normalDraw, quantileOfSorted, shareDraw } from '../../../src/lib/stats/draws';
import { mulberry32 } from '../../../src/lib/stats/seeded';

function moments(draw: () => number, count = 40_000) {
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < count; i++) {
    const value = draw();
    sum += value;
    squares += value * value;
  }
  const mean = sum / count;
  return { mean, variance: squares / count - mean * mean };
}

describe('normalDraw', () => {
  it('has mean 0 and variance 1', () => {
    const uniform = mulberry32(1);
    const { mean, variance } = moments(() => normalDraw(uniform));
    expect(mean).toBeCloseTo(0, 1);
    expect(variance).toBeCloseTo(1, 1);
  });
});

describe('gammaDraw', () => {
  it.each([0.5, 1, 3.5, 400])('has mean and variance equal to the shape %d', (shape) => {
    const uniform = mulberry32(2);
    const { mean, variance } = moments(() => gammaDraw(shape, uniform));
    expect(mean / shape).toBeCloseTo(1, 1);
    expect(variance / shape).toBeCloseTo(1, 1);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('rejects the shape %d', (shape) => {
    expect(() => gammaDraw(shape, Math.random)).toThrow(RangeError);
  });
});

describe('betaDraw', () => {
  it.each([
    [0.5, 0.5],
    [2, 8],
    [300, 700],
  ])('matches the mean and variance of Beta(%d, %d)', (a, b) => {
    const uniform = mulberry32(3);
    const { mean, variance } = moments(() => betaDraw(a, b, uniform));
    const expectedVariance = (a * b) / ((a + b) ** 2 * (a + b + 1));
    expect(mean).toBeCloseTo(a / (a + b), 2);
    expect(variance / expectedVariance).toBeCloseTo(1, 1);
  });

  it('stays within 0 and 1', () => {
    const uniform = mulberry32(4);
    for (let i = 0; i < 10_000; i++) {
      const value = betaDraw(0.5, 0.5, uniform);
      expect(value >= 0 && value <= 1).toBe(true);
    }
  });
});

describe('shareDraw', () => {
  it('centres on hits / n for a large sample, as the Jeffreys posterior does', () => {
    const uniform = mulberry32(5);
    expect(moments(() => shareDraw(250, 1000, uniform), 10_000).mean).toBeCloseTo(0.25, 2);
  });

  it('leaves room above zero when nothing was found', () => {
    const uniform = mulberry32(6);
    const draws = Array.from({ length: 10_000 }, () => shareDraw(0, 40, uniform)).sort((a, b) => a - b);
    // Jeffreys 97.5% bound for 0 of 40 is about 0.061.
    expect(quantileOfSorted(draws, 0.975)).toBeGreaterThan(0.045);
    expect(quantileOfSorted(draws, 0.975)).toBeLessThan(0.08);
  });
});

describe('quantileOfSorted', () => {
  it.each([
    [0, 1],
    [0.5, 2.5],
    [1, 4],
    [0.25, 1.75],
  ])('gives the %d quantile of 1, 2, 3, 4 as %d', (q, value) => {
    expect(quantileOfSorted([1, 2, 3, 4], q)).toBeCloseTo(value, 10);
  });

  it('refuses an empty list', () => {
    expect(() => quantileOfSorted([], 0.5)).toThrow(RangeError);
  });
});
