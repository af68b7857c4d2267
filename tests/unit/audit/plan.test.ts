import { describe, expect, it } from 'vitest';
import { planAudit, platformOf } from '../../../src/lib/audit/plan';
import { modelFor } from '../../../src/lib/calibration/tiers';

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

  it('uses more signs when the file has more columns', () => {
    const few = planAudit(COUNTS, 'x');
    const more = planAudit({ ...COUNTS, listed: 4, likesGiven: 5, url: 6 }, 'x');
    expect(few.ok && more.ok).toBe(true);
    if (few.ok && more.ok) expect(more.plan.tier.signs.length).toBeGreaterThan(few.plan.tier.signs.length);
    if (more.ok) expect(more.plan.tier.signs).toEqual(modelFor('x'));
  });

  it('refuses columns that allow too few checks, and says what to add', () => {
    const result = planAudit({ handle: 0, bio: 1 }, 'x');
    expect(result).toEqual({
      ok: false,
      problems: [
        'These columns allow too few checks to tell bought X (Twitter) followers from people. Add the follower, following and post counts if the file has them.',
      ],
    });
  });

  it('asks for the three counts on a platform nobody labelled', () => {
    const result = planAudit({ handle: 0, followers: 1, posts: 2 }, 'other');
    expect(!result.ok && result.problems[0]).toMatch(/follower, following and post counts/);
  });

  it('names both fields when one column is chosen for two', () => {
    expect(planAudit({ followers: 2, following: 2, posts: 3 }, 'x')).toEqual({
      ok: false,
      problems: ['Column 3 is chosen for both Followers and Following; a column can hold only one.'],
    });
  });
});
