import { describe, expect, it } from 'vitest';
import { fitModel, fitTier, FPR_TARGET, usable } from '../../../src/lib/calibration/fit';
import type { LabelledProfile } from '../../../src/lib/calibration/labelled';
import type { FollowerProfile } from '../../../src/lib/profiles/types';

/** `count` accounts of one source, the i-th made by `make(i)`. */
function accounts(
  source: string,
  bought: boolean,
  count: number,
  make: (i: number) => Omit<FollowerProfile, 'handle'>,
): LabelledProfile[] {
  return Array.from({ length: count }, (_, i) => ({
    profile: { handle: `${source}${i}`, ...make(i) },
    source,
    bought,
  }));
}

// People: varied counts, a bio half the time. Bought, from two vendors: few followers and many followed, and
// a bio as often as people have one, so an empty bio tells nothing.
const people = accounts('people', false, 300, (i) => ({
  followers: 40 + ((i * 37) % 900),
  following: 60 + ((i * 53) % 700),
  posts: 20 + ((i * 71) % 3000),
  bio: i % 2 ? 'hello' : '',
  url: '',
  defaultImage: false,
}));
const vendorA = accounts('A', true, 200, (i) => ({
  followers: i % 15,
  following: 400 + i,
  posts: i % 30,
  bio: i % 2 ? 'buy now' : '',
  url: '',
  defaultImage: false,
}));
const vendorB = accounts('B', true, 200, (i) => ({
  followers: 3 + (i % 25),
  following: 900 + i,
  posts: 150 + i,
  bio: i % 2 ? '' : 'hi',
  url: '',
  defaultImage: false,
}));
const training = [...people, ...vendorA, ...vendorB];

describe('fitModel', () => {
  const model = fitModel(training);
  const sign = (id: string) => model.signs.find((s) => s.id === id)!;

  it('gives points to the signs that set bought accounts of every vendor apart', () => {
    expect(sign('few-followers').points).toBeGreaterThan(0);
    expect(sign('follows-many-times-more').points).toBeGreaterThan(0);
  });

  it('drops a sign that is no more common among bought accounts, with the reason', () => {
    expect(sign('empty-bio').points).toBe(0);
    expect(sign('empty-bio').dropped).toMatch(/Not clearly more common/);
  });

  it('drops a sign only one vendor shows: it would not catch the next vendor', () => {
    // Vendor B posts plenty, so "few posts" sets apart vendor A only.
    expect(sign('few-posts').points).toBe(0);
  });

  it('chooses each sign’s cut-off among its round numbers', () => {
    expect([10, 20, 30, 50, 100]).toContain(sign('few-followers').cutoff);
  });

  it('leaves out signs the data cannot show at all', () => {
    expect(model.signs.map((s) => s.id)).not.toContain('never-listed');
  });
});

describe('fitTier', () => {
  const model = fitModel(training);

  it('sets the cut-off so that at most the target share of people is flagged', () => {
    const tier = fitTier(model.weighted, training);
    expect(tier.people[0]!.rate).toBeLessThanOrEqual(FPR_TARGET);
    expect(Math.min(...tier.bought.map((c) => c.rate))).toBeGreaterThan(0.9);
    expect(usable(tier)).toBe(true);
  });

  it('counts per source, so that vendors can be told apart', () => {
    expect(fitTier(model.weighted, training).bought.map((c) => c.source)).toEqual(['A', 'B']);
  });
});
