import { describe, expect, it } from 'vitest';
import {
  createScorer,
  scoreBin,
  SCORE_BINS,
  signsFor,
  tierPoints,
  type ScoringTier,
  type WeightedSign,
} from '../../../../src/lib/estimator/profile/model';

const MODEL: WeightedSign[] = [
  { id: 'few-followers', cutoff: 20, points: 4 },
  { id: 'follows-many-times-more', cutoff: 10, points: 30 },
  { id: 'few-posts', cutoff: 100, points: 6 },
  { id: 'no-website', cutoff: 0, points: 10 },
];
const TIER: ScoringTier = { signs: MODEL, cutoff: 30 };

describe('createScorer', () => {
  const score = createScorer(TIER);

  it('adds the points of the signs present and flags a profile at the cut-off', () => {
    // 4 + 30 + 6 = 40 of 50 points.
    expect(
      score({ handle: 'wz1', followers: 2, following: 700, posts: 3, url: 'https://x.example' }),
    ).toEqual(expect.objectContaining({ points: 40, score: 80, flagged: true }));
    // 30 points: exactly the cut-off.
    const atCutoff = score({
      handle: 'b',
      followers: 30,
      following: 400,
      posts: 500,
      url: 'https://x.example',
    });
    expect(atCutoff?.flagged).toBe(true);
    // 4 + 6 + 10 = 20 points: below it.
    expect(score({ handle: 'q', followers: 5, following: 10, posts: 7, url: '' })).toEqual(
      expect.objectContaining({ points: 20, score: 40, flagged: false }),
    );
  });

  it('lists the signs present with their names and reasons, most points first', () => {
    const hits = score({ handle: 'q', followers: 5, following: 100, posts: 7, url: '' })!.hits;
    expect(hits.map((h) => [h.id, h.points])).toEqual([
      ['follows-many-times-more', 30],
      ['no-website', 10],
      ['few-posts', 6],
      ['few-followers', 4],
    ]);
    expect(hits[0]!.name).toBe('Follows more than 10 times as many as follow it');
    expect(hits.every((h) => h.reason.length > 0)).toBe(true);
  });

  it('gives no verdict when a value a sign needs is missing', () => {
    expect(score({ handle: 'q', followers: 5, following: 10, url: '' })).toBeUndefined();
  });
});

describe('signsFor', () => {
  it('keeps the signs whose every field the file has', () => {
    expect(signsFor(MODEL, new Set(['followers', 'posts'])).map((s) => s.id)).toEqual([
      'few-followers',
      'few-posts',
    ]);
    expect(signsFor(MODEL, new Set(['following']))).toEqual([]);
  });
});

describe('tierPoints', () => {
  it('is the points of every sign present at once', () => {
    expect(tierPoints(TIER)).toBe(50);
  });
});

describe('scoreBin', () => {
  it.each([
    [0, 0],
    [9, 0],
    [10, 1],
    [89, 8],
    [90, 9],
    [100, 9],
  ])('puts a score of %i in bin %i', (score, bin) => {
    expect(scoreBin(score)).toBe(bin);
    expect(SCORE_BINS[bin]!.low <= score && score <= SCORE_BINS[bin]!.high).toBe(true);
  });
});
