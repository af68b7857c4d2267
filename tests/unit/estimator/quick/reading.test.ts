import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jargonIn } from '../../../../src/lib/estimator/plain-answer';
import { BENCHMARKS, benchmarkFor, type Benchmark } from '../../../../src/lib/estimator/quick/benchmarks';
import { engagementRate } from '../../../../src/lib/estimator/quick/rate';
import { ACCOUNT_KINDS, type AccountKind } from '../../../../src/lib/estimator/quick/quick-check';
import {
  readEngagement,
  type EngagementReading,
  type GapPosition,
} from '../../../../src/lib/estimator/quick/reading';
import { formatPercent } from '../../../../src/lib/numbers/format';

// Round numbers so the thresholds can be worked by hand: far-below under low / 3 = 0.333%, below under
// 1%, within 1% to 5%, above up to 3 × 5% = 15%, far-above beyond. For a creator the floor is typical (2%).
const BAKERY_TIER: Benchmark = {
  platform: 'instagram',
  minFollowers: 1_000,
  maxFollowers: 5_000,
  describes: '5,000 or more followers',
  whose: 'Test accounts; likes and comments per follower',
  low: 0.01,
  typical: 0.02,
  high: 0.05,
  source: { title: 'Test table', publisher: 'Test', year: 2024, url: 'https://example.com/' },
  readFrom: [],
  note: 'Test note.',
};

const INSTAGRAM = benchmarkFor('instagram', 2_400)!;
const ORDER: GapPosition[] = ['far-below', 'below', 'within', 'above', 'far-above'];
const everything = (reading: EngagementReading) =>
  [reading.headline, reading.comparison, ...reading.innocentCauses, reading.meaning, reading.limits].join(
    ' ',
  );

// What a rate alone can never say: that the followers are real, or that nothing points to fakes.
const CLEARS_THE_ACCOUNT =
  /nothing (here )?suggests|no sign|no (fake|bought)|(followers|likes) are (all )?real|genuine audience|not fake/i;

describe('readEngagement: the issue’s bakery', () => {
  // 28 likes and comments a post on 2,400 followers is 1.2%; the same 28 on 7,400 (5,000 bought) is 0.38%.
  it.each<[string, number, string]>([
    [
      '2,400 followers, 28 a post',
      2_400,
      'This account gets more likes and comments per follower than is usual for brands on Instagram.',
    ],
    [
      '7,400 followers (5,000 bought), 28 a post',
      7_400,
      'This account gets about the usual likes and comments per follower for brands on Instagram.',
    ],
  ])('%s: %s', (_case, followers, headline) => {
    const reading = readEngagement(engagementRate({ followers, likes: 26, comments: 2 }), INSTAGRAM);
    expect(reading.headline).toBe(headline);
    expect(everything(reading)).not.toMatch(CLEARS_THE_ACCOUNT);
    expect(reading.limits).toContain('cannot rule out fake followers');
  });
});

describe('readEngagement: where a rate sits', () => {
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

  it.each<[number, GapPosition]>([
    [0.006, 'far-below'],
    [0.007, 'below'],
    [0.0199, 'below'],
    [0.02, 'within'],
    [0.05, 'within'],
    [0.051, 'above'],
  ])('for a creator, places %d against the floor as %s', (rate, position) => {
    expect(readEngagement(rate, BAKERY_TIER, 'creator').position).toBe(position);
  });

  it('gives the rate as a multiple of the typical rate', () => {
    expect(readEngagement(0.004, BAKERY_TIER).ratio).toBeCloseTo(0.2, 12);
    expect(readEngagement(0.1, BAKERY_TIER).ratio).toBeCloseTo(5, 12);
  });

  it.each(ACCOUNT_KINDS.map((account) => [account]))(
    'writes a different headline for each position (%s)',
    (account) => {
      const headlines = [0.001, 0.008, 0.03, 0.1, 0.5].map(
        (rate) => readEngagement(rate, BAKERY_TIER, account).headline,
      );
      expect(new Set(headlines).size).toBe(5);
    },
  );

  it.each(ACCOUNT_KINDS.map((account) => [account]))(
    'never moves down a position as the rate rises (%s)',
    (account) => {
      fc.assert(
        fc.property(
          fc.double({ min: 0, max: 10, noNaN: true }),
          fc.double({ min: 0, max: 10, noNaN: true }),
          (a, b) => {
            const [lower, higher] = a < b ? [a, b] : [b, a];
            expect(
              ORDER.indexOf(readEngagement(higher, BAKERY_TIER, account).position),
            ).toBeGreaterThanOrEqual(ORDER.indexOf(readEngagement(lower, BAKERY_TIER, account).position));
          },
        ),
      );
    },
  );

  it.each([-0.01, Number.NaN, Number.POSITIVE_INFINITY])('refuses a rate of %d', (rate) => {
    expect(() => readEngagement(rate, BAKERY_TIER)).toThrow(RangeError);
  });
});

describe('readEngagement: the wording', () => {
  // 0.2% against a typical 2%: 1 / 0.1 = 10, so "about 1/10".
  it('states the rate, the one median for brands of every size it covers, and how far off it is', () => {
    const { comparison } = readEngagement(0.002, BAKERY_TIER);
    expect(comparison).toContain('about 0.2% of the followers');
    expect(comparison).toContain(
      'The typical brand on Instagram gets 2%: one median for all brands with 5,000 or more followers, not a figure for this account’s size. We count 1% to 5% as usual.',
    );
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

  it('uses the size Facebook’s median describes, not any number of followers', () => {
    const facebook = benchmarkFor('facebook', 800)!;
    expect(readEngagement(0.001, facebook).comparison).toContain(
      'The typical brand on Facebook gets 0.04%: one median for all brands with 25,000 to 1 million fans',
    );
  });

  it('says a very low rate fits fake followers without proving it', () => {
    const reading = readEngagement(0.001, BAKERY_TIER);
    expect(reading.meaning).toMatch(/fake/);
    expect(reading.limits).toMatch(/does not prove/);
  });

  it('sets the rate beside the benchmark without suspicion, so the innocent causes come first', () => {
    for (const account of ACCOUNT_KINDS)
      for (const rate of [0, 0.001, 0.005, 0.02, 0.1, 0.5])
        expect(readEngagement(rate, BAKERY_TIER, account).comparison).not.toMatch(/fake|bought/);
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
    ])
      expect(causes).toContain(word);
  });

  it.each<[string, number, AccountKind, boolean]>([
    ['a far-below rate', 0.001, 'business', true],
    ['a below rate', 0.005, 'business', true],
    ['a usual rate', 0.02, 'business', false],
    ['a high rate', 0.1, 'business', false],
    ['a very high rate', 0.5, 'business', false],
    ['a creator below the floor', 0.015, 'creator', true],
    ['a creator at the floor', 0.02, 'creator', false],
    ['a creator well above it', 0.1, 'creator', false],
  ])('%s shows innocent causes only when it is low', (_case, rate, account, shown) => {
    const reading = readEngagement(rate, BAKERY_TIER, account);
    expect(reading.innocentCauses.length > 0).toBe(shown);
    if (!shown) expect(everything(reading)).not.toMatch(/likes were bought|bought likes/);
  });

  it('hands out a fresh list of causes each time', () => {
    readEngagement(0.005, BAKERY_TIER).innocentCauses.pop();
    expect(readEngagement(0.005, BAKERY_TIER).innocentCauses).toHaveLength(6);
  });

  it('never says a rate clears the account, for any rate, platform or kind of account', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.constantFrom(...BENCHMARKS),
        fc.constantFrom(...ACCOUNT_KINDS),
        (rate, benchmark, account) => {
          const reading = readEngagement(rate, benchmark, account);
          expect(everything(reading)).not.toMatch(CLEARS_THE_ACCOUNT);
          expect(reading.limits).toMatch(
            /cannot rule out fake followers|does not prove the followers are fake/,
          );
        },
      ),
    );
  });

  it('writes a plain, jargon-free one-sentence headline with no number, for any rate', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.constantFrom(...BENCHMARKS),
        fc.constantFrom(...ACCOUNT_KINDS),
        (rate, benchmark, account) => {
          const { headline } = readEngagement(rate, benchmark, account);
          expect(jargonIn(headline)).toEqual([]);
          expect(headline).toMatch(/^This [^.]+\.$/);
          expect(headline).not.toMatch(/\d|this size|any number of followers/);
        },
      ),
    );
  });

  it('writes finite numbers and no “NaN” for any rate', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (rate) => {
        const reading = readEngagement(rate, BAKERY_TIER);
        expect(Number.isFinite(reading.ratio)).toBe(true);
        expect(everything(reading)).not.toMatch(/NaN|Infinity|undefined/);
      }),
    );
  });
});

describe('readEngagement: a creator you might pay', () => {
  const guide = readFileSync('src/content/guides/before-you-pay-an-influencer.mdx', 'utf8');

  it('uses the influencer guide’s floor: the brand median the guide names, with the same figure', () => {
    expect(guide).toMatch(/median as a floor/);
    expect(guide).toContain(formatPercent(INSTAGRAM.typical));
    const reading = readEngagement(0.0036, INSTAGRAM, 'creator');
    expect(reading.headline).toBe('This creator clears the guide’s floor for creators on Instagram.');
    expect(reading.comparison).toContain('The guide’s floor for creators on Instagram is 0.36%');
  });

  it.each<[number, string]>([
    [0.0003, 'This creator is far below the guide’s floor for creators on Instagram.'],
    [0.002, 'This creator is below the guide’s floor for creators on Instagram.'],
    [0.005, 'This creator clears the guide’s floor for creators on Instagram.'],
    [0.02, 'This creator is well above the guide’s floor for creators on Instagram.'],
    [0.05, 'This creator is far above the guide’s floor for creators on Instagram.'],
  ])('reads %d as “%s”', (rate, headline) => {
    expect(readEngagement(rate, INSTAGRAM, 'creator').headline).toBe(headline);
  });

  it('never praises a creator in a shop’s words', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 10, noNaN: true }), (rate) => {
        const { headline, meaning, innocentCauses } = readEngagement(rate, INSTAGRAM, 'creator');
        expect([headline, meaning, ...innocentCauses].join(' ')).not.toMatch(/customer|business/i);
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
