import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benchmarkFor, type Benchmark } from '../../../../src/lib/estimator/quick/benchmarks';
import { readEngagement, type GapPosition } from '../../../../src/lib/estimator/quick/reading';

// Round numbers so the thresholds can be worked by hand: far-below under low / 3 = 0.333%, below under
// 1%, within 1% to 5%, above up to 3 × 5% = 15%, far-above beyond.
const BAKERY_TIER: Benchmark = {
  platform: 'instagram',
  minFollowers: 1_000,
  maxFollowers: 5_000,
  tierLabel: '1,000 to 5,000 followers',
  whose: 'Test accounts; likes and comments per follower',
  low: 0.01,
  typical: 0.02,
  high: 0.05,
  source: { title: 'Test table', publisher: 'Test', year: 2024, url: 'https://example.com/' },
};

const ORDER: GapPosition[] = ['far-below', 'below', 'within', 'above', 'far-above'];

describe('readEngagement', () => {
  it.each<[number, GapPosition]>([
    [0, 'far-below'],
    [0.003, 'far-below'],
    [0.0034, 'below'],
    [0.0099, 'below'],
    [0.01, 'within'],
    [0.02, 'within'],
    [0.05, 'within'],
    [0.051, 'above'],
    [0.15, 'above'],
    [0.16, 'far-above'],
    [2, 'far-above'],
  ])('places a rate of %d as %s', (rate, position) => {
    expect(readEngagement(rate, BAKERY_TIER).position).toBe(position);
  });

  it('gives the rate as a multiple of the typical rate', () => {
    expect(readEngagement(0.004, BAKERY_TIER).ratio).toBeCloseTo(0.2, 12);
    expect(readEngagement(0.1, BAKERY_TIER).ratio).toBeCloseTo(5, 12);
  });

  it('writes a different headline for each position', () => {
    const headlines = [0.001, 0.005, 0.02, 0.1, 0.5].map(
      (rate) => readEngagement(rate, BAKERY_TIER).headline,
    );
    expect(new Set(headlines).size).toBe(5);
  });

  // 0.2% against a typical 2%: 1 / 0.1 = 10, so "about 1/10".
  it('states the rate, the usual range for the tier and how far off it is', () => {
    const { comparison } = readEngagement(0.002, BAKERY_TIER);
    expect(comparison).toContain('about 0.2% of the followers');
    expect(comparison).toContain(
      'Instagram accounts with 1,000 to 5,000 followers usually get between 1% and 5%',
    );
    expect(comparison).toContain('typically about 2%');
    expect(comparison).toContain('about 1/10 of the typical rate');
  });

  it('says how many times the typical rate a high rate is', () => {
    expect(readEngagement(0.1, BAKERY_TIER).comparison).toContain('about 5 times the typical rate');
  });

  it('does not pretend to precision for a vanishingly small rate', () => {
    expect(readEngagement(1e-9, BAKERY_TIER).comparison).toContain('less than 1/1,000 of the typical rate');
  });

  it('calls out posts with no likes or comments at all', () => {
    expect(readEngagement(0, BAKERY_TIER).comparison).toContain('No likes or comments at all');
  });

  it('says a very low rate fits fake followers without proving it', () => {
    const reading = readEngagement(0.001, BAKERY_TIER);
    expect(reading.meaning).toMatch(/fake/);
    expect(reading.whatItDoesNotMean).toMatch(/does not prove/);
  });

  it('sets the rate beside the benchmark without suspicion, so the innocent causes come first', () => {
    for (const rate of [0, 0.001, 0.005, 0.02, 0.1, 0.5]) {
      expect(readEngagement(rate, BAKERY_TIER).comparison).not.toMatch(/fake|bought/);
    }
  });

  it('names ordinary reasons for a low rate, from giveaways to the algorithm', () => {
    const causes = readEngagement(0.005, BAKERY_TIER).innocentCauses.join(' ');
    for (const word of [
      'giveaway',
      'shout-out',
      'ad campaign',
      'years ago',
      'posts rarely',
      'shows each post',
    ]) {
      expect(causes).toContain(word);
    }
  });

  it('names a loyal audience for a high rate and mentions bought likes', () => {
    const reading = readEngagement(0.5, BAKERY_TIER);
    expect(reading.innocentCauses.join(' ')).toContain('loyal');
    expect(reading.meaning).toContain('bought');
  });

  it('has nothing to explain away when the rate is usual', () => {
    const reading = readEngagement(0.02, BAKERY_TIER);
    expect(reading.innocentCauses).toEqual([]);
    expect(reading.whatItDoesNotMean).toContain('does not prove every follower is real');
  });

  it('uses the platform’s name from the real benchmark table', () => {
    const facebook = benchmarkFor('facebook', 800);
    if (!facebook) throw new Error('expected a Facebook benchmark');
    expect(readEngagement(0.001, facebook).comparison).toContain(
      'Facebook accounts with any number of followers',
    );
  });

  it('hands out a fresh list of causes each time', () => {
    readEngagement(0.005, BAKERY_TIER).innocentCauses.pop();
    expect(readEngagement(0.005, BAKERY_TIER).innocentCauses).toHaveLength(6);
  });

  it.each([-0.01, Number.NaN, Number.POSITIVE_INFINITY])('refuses a rate of %d', (rate) => {
    expect(() => readEngagement(rate, BAKERY_TIER)).toThrow(RangeError);
  });

  it('never moves down a position as the rate rises', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (a, b) => {
          const [lower, higher] = a < b ? [a, b] : [b, a];
          expect(ORDER.indexOf(readEngagement(higher, BAKERY_TIER).position)).toBeGreaterThanOrEqual(
            ORDER.indexOf(readEngagement(lower, BAKERY_TIER).position),
          );
        },
      ),
    );
  });

  it('writes finite numbers and no “NaN” for any rate', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (rate) => {
        const reading = readEngagement(rate, BAKERY_TIER);
        expect(Number.isFinite(reading.ratio)).toBe(true);
        expect(`${reading.headline} ${reading.comparison} ${reading.meaning}`).not.toMatch(
          /NaN|Infinity|undefined/,
        );
      }),
    );
  });
});

describe('absurd but accepted numbers', () => {
  it('says more likes than followers and caps the figures instead of printing "199,999,999,800%"', () => {
    const reading = readEngagement(1_999_999_998, benchmarkFor('instagram', 1)!);
    expect(reading.comparison).toContain(
      'more likes and comments than the account has followers (over 1,000%)',
    );
    expect(reading.comparison).toContain('more than 1,000 times the typical rate');
    expect(reading.comparison).not.toMatch(/\d{1,3}(,\d{3}){2,}/);
  });
});
