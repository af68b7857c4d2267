import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RULES,
  SCORE_BINS,
  scoreBin,
  scoreProfile,
  TOTAL_WEIGHT,
  VERDICT_THRESHOLDS,
  type Verdict,
} from '../../../src/lib/profiles/rules';
import type { FollowerProfile } from '../../../src/lib/profiles/types';

const NOW = new Date('2024-06-01T00:00:00Z');
const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

const boughtFollower: FollowerProfile = {
  handle: 'wz1',
  followers: 5,
  following: 600,
  posts: 0,
  likesGiven: 0,
  listed: 0,
  defaultImage: false,
  bio: '',
  createdAt: new Date('2022-01-01T00:00:00Z'),
};
const activePerson: FollowerProfile = {
  handle: 'maple',
  followers: 120,
  following: 200,
  posts: 800,
  listed: 0,
  defaultImage: false,
  bio: 'Sourdough nerd',
  createdAt: new Date('2015-03-12T00:00:00Z'),
};

describe('scoreProfile', () => {
  // Weights: few-followers 77, few-posts 74, never-listed 57, follows-twice-followers 53, account-under-30-days 30,
  // follows-over-1500 20, no-posts 20, empty-bio 20, no-profile-photo 5; all known = 356.
  it.each<[string, FollowerProfile, number, Verdict, string[]]>([
    [
      'a typical bought follower (301 of 356)',
      boughtFollower,
      85,
      'likely-fake',
      ['few-followers', 'few-posts', 'never-listed', 'follows-twice-followers', 'no-posts', 'empty-bio'],
    ],
    ['an active person on no list (57 of 356)', activePerson, 16, 'looks-real', ['never-listed']],
    [
      'an active person on no list who follows many (110 of 356)',
      { ...activePerson, following: 300 },
      31,
      'looks-real',
      ['never-listed', 'follows-twice-followers'],
    ],
    [
      'the same person with an empty bio (130 of 356)',
      { ...activePerson, following: 300, bio: '' },
      37,
      'suspicious',
      ['never-listed', 'follows-twice-followers', 'empty-bio'],
    ],
    [
      'a brand-new empty account with the default avatar (283 of 356)',
      {
        handle: 'egg',
        followers: 0,
        following: 0,
        posts: 0,
        listed: 0,
        defaultImage: true,
        bio: '',
        createdAt: daysAgo(7),
      },
      79,
      'likely-fake',
      [
        'few-followers',
        'few-posts',
        'never-listed',
        'account-under-30-days',
        'no-posts',
        'empty-bio',
        'no-profile-photo',
      ],
    ],
    [
      'an Instagram-style profile with no list count or age (204 of 269)',
      { handle: 'glow', followers: 8, following: 900, posts: 2, defaultImage: false, bio: 'Promo' },
      76,
      'likely-fake',
      ['few-followers', 'few-posts', 'follows-twice-followers'],
    ],
    [
      'a profile with only follower and following counts (53 of 150)',
      { handle: 'x', followers: 40, following: 100 },
      35,
      'suspicious',
      ['follows-twice-followers'],
    ],
    [
      'an established account whose only sign is a missing photo (5 of 356)',
      { ...activePerson, listed: 5, defaultImage: true },
      1,
      'looks-real',
      ['no-profile-photo'],
    ],
    [
      'a verified account with the signs of a bought follower',
      { ...boughtFollower, verified: true },
      85,
      'suspicious',
      ['few-followers', 'few-posts', 'never-listed', 'follows-twice-followers', 'no-posts', 'empty-bio'],
    ],
  ])('scores %s', (_, profile, score, verdict, hitIds) => {
    const scored = scoreProfile(profile, NOW);
    expect(scored.score).toBe(score);
    expect(scored.verdict).toBe(verdict);
    expect(scored.hits.map((hit) => hit.id)).toEqual(hitIds);
  });

  it('evaluates no rule and scores 0 when nothing about the profile is known', () => {
    expect(scoreProfile({ handle: 'ghost' }, NOW)).toEqual({
      score: 0,
      verdict: 'looks-real',
      hits: [],
      evaluatedWeight: 0,
    });
  });

  it('counts only the weight of rules whose fields are known', () => {
    expect(scoreProfile({ handle: 'x', followers: 10 }, NOW).evaluatedWeight).toBe(77);
    expect(scoreProfile({ handle: 'x', followers: 10, following: 5 }, NOW).evaluatedWeight).toBe(
      77 + 53 + 20,
    );
    expect(scoreProfile(activePerson, NOW).evaluatedWeight).toBe(TOTAL_WEIGHT);
  });

  it('gives each hit the rule name, plain reason and weight', () => {
    const [hit] = scoreProfile({ handle: 'x', followers: 3 }, NOW).hits;
    expect(hit).toEqual({
      id: 'few-followers',
      name: 'Fewer than 30 followers',
      reason: RULES[0]!.reason,
      weight: 77,
    });
  });

  it.each([
    [29, true],
    [30, false],
    [3000, false],
  ])('flags an account created %d days ago as new: %s', (days, hit) => {
    const scored = scoreProfile({ handle: 'x', createdAt: daysAgo(days) }, NOW);
    expect(scored.evaluatedWeight).toBe(30);
    expect(scored.hits.length > 0).toBe(hit);
  });

  it.each([
    ['a creation date in the future', new Date(NOW.getTime() + DAY)],
    ['an invalid date', new Date(NaN)],
  ])('does not evaluate account age from %s', (_, createdAt) => {
    expect(scoreProfile({ handle: 'x', createdAt }, NOW).evaluatedWeight).toBe(0);
  });

  it.each([
    [29, true],
    [30, false],
  ])('flags %d followers as too few: %s', (followers, hit) => {
    expect(scoreProfile({ handle: 'x', followers }, NOW).score).toBe(hit ? 100 : 0);
  });

  it.each([
    [100, 200, false],
    [100, 201, true],
    [0, 0, false],
  ])('with %d followers flags following %d as more than twice: %s', (followers, following, hit) => {
    const ids = scoreProfile({ handle: 'x', followers, following }, NOW).hits.map((h) => h.id);
    expect(ids.includes('follows-twice-followers')).toBe(hit);
  });

  const profiles: fc.Arbitrary<FollowerProfile> = fc.record(
    {
      handle: fc.string(),
      followers: fc.maxSafeNat(),
      following: fc.maxSafeNat(),
      posts: fc.maxSafeNat(),
      likesGiven: fc.maxSafeNat(),
      listed: fc.nat(100),
      defaultImage: fc.boolean(),
      bio: fc.oneof(fc.constant(''), fc.string()),
      createdAt: fc.date({ noInvalidDate: true }),
      verified: fc.boolean(),
      private: fc.boolean(),
    },
    { requiredKeys: ['handle'] },
  );

  it('always scores a whole number from 0 to 100: the rounded share of evaluated weight that hit', () => {
    fc.assert(
      fc.property(profiles, (profile) => {
        const { score, hits, evaluatedWeight } = scoreProfile(profile, NOW);
        const hitWeight = hits.reduce((sum, hit) => sum + hit.weight, 0);
        const expected = evaluatedWeight === 0 ? 0 : Math.round((100 * hitWeight) / evaluatedWeight);
        return (
          Number.isInteger(score) &&
          score >= 0 &&
          score <= 100 &&
          score === expected &&
          evaluatedWeight <= TOTAL_WEIGHT
        );
      }),
    );
  });

  it('always gives the verdict the thresholds call for, and never calls a verified account likely fake', () => {
    fc.assert(
      fc.property(profiles, (profile) => {
        const { score, verdict } = scoreProfile(profile, NOW);
        const expected: Verdict =
          score >= VERDICT_THRESHOLDS.likelyFake && profile.verified !== true
            ? 'likely-fake'
            : score >= VERDICT_THRESHOLDS.suspicious
              ? 'suspicious'
              : 'looks-real';
        return verdict === expected;
      }),
    );
  });
});

describe('RULES', () => {
  it('lists rules strongest first, so reasons read in order of weight', () => {
    const weights = RULES.map((rule) => rule.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });

  it('gives every rule a unique id, a name, a plain reason and a source', () => {
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(rule.name.length).toBeGreaterThan(0);
      expect(rule.reason.length).toBeGreaterThan(20);
      expect(rule.source.length).toBeGreaterThan(10);
    }
  });

  it('weights each rule tested by Cresci et al. 2015 by its published MCC x 100', () => {
    const weights = Object.fromEntries(RULES.map((rule) => [rule.id, rule.weight]));
    expect(weights).toMatchObject({
      'few-followers': 77,
      'few-posts': 74,
      'never-listed': 57,
      'follows-twice-followers': 53,
    });
  });
});

describe('scoreBin', () => {
  it.each([
    [0, 0],
    [9, 0],
    [10, 1],
    [59, 5],
    [89, 8],
    [90, 9],
    [100, 9],
  ])('puts score %d in bin %d', (score, bin) => {
    expect(scoreBin(score)).toBe(bin);
  });

  it('labels ten bins that cover 0 to 100 without gaps', () => {
    expect(SCORE_BINS.map((bin) => bin.label)).toEqual([
      '0–9',
      '10–19',
      '20–29',
      '30–39',
      '40–49',
      '50–59',
      '60–69',
      '70–79',
      '80–89',
      '90–100',
    ]);
  });
});
