import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audienceFigures, parseAudienceFields } from '../../../src/lib/audience/compare';

describe('audienceFigures', () => {
  it('takes the fake share out of the followers and counts who engages per post', () => {
    // 50,000 followers, 40% fake: 30,000 real. 0.5% engagement: 250 people per post, 250 / 300 per 100 real.
    const figures = audienceFigures({
      followers: 50_000,
      fakeShare: { share: 0.4, low: 0.3, high: 0.5 },
      engagementRate: 0.005,
    });
    expect(figures.real).toEqual({ count: 30_000, low: 25_000, high: 35_000 });
    expect(figures.engagedPerPost).toBe(250);
    expect(figures.engagedPerHundredReal).toBeCloseTo(250 / 300, 10);
  });

  it('shows a small engaged account beating a big hollow one', () => {
    const bakery = audienceFigures({
      followers: 2_000,
      fakeShare: { share: 0.03, low: 0.03, high: 0.03 },
      engagementRate: 0.06,
    });
    const influencer = audienceFigures({
      followers: 80_000,
      fakeShare: { share: 0.6, low: 0.6, high: 0.6 },
      engagementRate: 0.001,
    });
    expect(bakery.engagedPerPost).toBe(120);
    expect(influencer.engagedPerPost).toBe(80);
    expect(bakery.engagedPerPost).toBeGreaterThan(influencer.engagedPerPost);
  });

  it('reports no engagement per real follower when every follower is fake', () => {
    const figures = audienceFigures({
      followers: 100,
      fakeShare: { share: 1, low: 1, high: 1 },
      engagementRate: 0.02,
    });
    expect(figures.real.count).toBe(0);
    expect(figures.engagedPerHundredReal).toBe(0);
  });

  it('keeps the real range ordered and inside the follower count', () => {
    const share = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), share, share, share, (followers, a, b, rate) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const figures = audienceFigures({
          followers,
          fakeShare: { share: (low + high) / 2, low, high },
          engagementRate: rate,
        });
        expect(figures.real.low).toBeLessThanOrEqual(figures.real.count);
        expect(figures.real.count).toBeLessThanOrEqual(figures.real.high);
        expect(figures.real.high).toBeLessThanOrEqual(followers);
        expect(figures.real.low).toBeGreaterThanOrEqual(0);
        expect(Number.isFinite(figures.engagedPerHundredReal)).toBe(true);
      }),
    );
  });
});

describe('parseAudienceFields', () => {
  it('reads percentages with or without the sign', () => {
    expect(
      parseAudienceFields({ followers: '12,000', fakeShare: '15%', engagementRate: '1.5' }).value,
    ).toEqual({
      followers: 12_000,
      fakeShare: { share: 0.15, low: 0.15, high: 0.15 },
      engagementRate: 0.015,
    });
  });

  it.each([
    ['followers', { followers: '', fakeShare: '10', engagementRate: '1' }, 'Enter the number of followers.'],
    [
      'fakeShare',
      { followers: '100', fakeShare: '120%', engagementRate: '1' },
      'The fake share can’t be more than 100%.',
    ],
    [
      'engagementRate',
      { followers: '100', fakeShare: '10', engagementRate: 'lots' },
      'Engagement rate must be a number, like 12.5.',
    ],
    [
      'fakeShare',
      { followers: '100', fakeShare: '-5', engagementRate: '1' },
      'Fake share can’t be negative.',
    ],
  ] as const)('explains a bad %s next to that field', (field, fields, message) => {
    const parsed = parseAudienceFields(fields);
    expect(parsed.value).toBeUndefined();
    expect(parsed.errors[field]).toBe(message);
  });
});
