import { describe, expect, it } from 'vitest';
import { planAudit, platformOf } from '../../../../src/lib/estimator/audit/plan';
import { fittedModel } from '../../../../src/lib/estimator/calibration/tiers';

const COUNTS = { handle: 0, followers: 1, following: 2, posts: 3 };

describe('platformOf', () => {
  it.each([
    ['twitter', 'x'],
    ['instagram', 'instagram'],
    ['mixed', 'other'],
    ['unknown', 'other'],
  ] as const)('reads headers that give away %s as %s', (source, platform) => {
    expect(platformOf(source)).toBe(platform);
  });
});

describe('planAudit', () => {
  it.each(['x', 'instagram', 'other'] as const)(
    'plans a file of %s follower, following and post counts',
    (p) => {
      const result = planAudit(COUNTS, p);
      expect(result.ok).toBe(true);
      if (result.ok) {
        expect(result.plan.platform).toBe(p);
        expect(result.plan.calibrated).toBe(p !== 'other');
        expect(result.plan.tier.signs.length).toBeGreaterThan(0);
      }
    },
  );

  it('uses more signs when the file has more columns, the same on every platform', () => {
    const few = planAudit({ handle: 0, followers: 1, following: 2 }, 'x');
    const more = planAudit(COUNTS, 'x');
    expect(few.ok && more.ok).toBe(true);
    if (few.ok && more.ok) expect(more.plan.tier.signs.length).toBeGreaterThan(few.plan.tier.signs.length);
    if (more.ok) expect(more.plan.tier.signs).toEqual(fittedModel());
    const instagram = planAudit(COUNTS, 'instagram');
    if (more.ok && instagram.ok) expect(instagram.plan.tier).toBe(more.plan.tier);
  });

  it.each(['x', 'instagram', 'other'] as const)(
    'refuses columns that allow too few checks on %s, and says what to add',
    (platform) => {
      const result = planAudit({ handle: 0, bio: 1, posts: 2 }, platform);
      expect(result).toEqual({
        ok: false,
        problems: [
          'These columns allow too few checks to tell bought followers from people. The checks need how many accounts follow each follower (a column such as followers_count) and how many accounts each follower follows (a column such as friends_count or following_count): add them to the file, or choose the columns that hold them below if they have other names.',
        ],
      });
    },
  );

  it('names only what the file lacks: a file with follower and post counts is asked for the following count', () => {
    const result = planAudit({ handle: 0, followers: 1, posts: 2 }, 'x');
    expect(!result.ok && result.problems).toEqual([
      'These columns allow too few checks to tell bought followers from people. The checks need how many accounts each follower follows (a column such as friends_count or following_count): add it to the file, or choose the column that holds it below if it has another name.',
    ]);
  });

  it('names both fields when one column is chosen for two', () => {
    expect(planAudit({ followers: 2, following: 2, posts: 3 }, 'x')).toEqual({
      ok: false,
      problems: ['Column 3 is chosen for both Followers and Following; a column can hold only one.'],
    });
  });
});
