import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { engagementRate } from '../../../../src/lib/estimator/quick/rate';

describe('engagementRate', () => {
  // A bakery with 12,000 followers, 300 likes and 60 comments a post: 360 / 12,000 = 0.03 (3%).
  it.each([
    [12_000, 300, 60, 0.03],
    [2_000, 45, 5, 0.025],
    [1, 0, 0, 0],
    [500, 12.5, 0.5, 0.026],
    [100, 150, 50, 2],
  ])('gives %i followers with %d likes and %d comments a rate of %d', (followers, likes, comments, rate) => {
    expect(engagementRate({ followers, likes, comments })).toBeCloseTo(rate, 12);
  });

  it.each([
    [{ followers: 0, likes: 1, comments: 0 }],
    [{ followers: 0.5, likes: 1, comments: 0 }],
    [{ followers: Number.NaN, likes: 1, comments: 0 }],
    [{ followers: Number.POSITIVE_INFINITY, likes: 1, comments: 0 }],
    [{ followers: 100, likes: -1, comments: 0 }],
    [{ followers: 100, likes: 1, comments: Number.NaN }],
  ])('refuses %j', (input) => {
    expect(() => engagementRate(input)).toThrow(RangeError);
  });

  it('rises with likes and falls with followers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000_000 }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (followers, likes, comments) => {
          const rate = engagementRate({ followers, likes, comments });
          expect(Number.isFinite(rate) && rate >= 0).toBe(true);
          expect(engagementRate({ followers, likes: likes + 1, comments })).toBeGreaterThan(rate);
          expect(engagementRate({ followers: followers + 1, likes, comments })).toBeLessThanOrEqual(rate);
        },
      ),
    );
  });
});
