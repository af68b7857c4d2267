import { describe, expect, it } from 'vitest';
import {
  candidatesFor,
  fitPoints,
  fitTier,
  FPR_TARGET,
  usable,
} from '../../../../src/lib/estimator/calibration/fit';
import type { LabelledProfile } from '../../../../src/lib/estimator/calibration/labelled';
import { heldOutError, selectSigns } from '../../../../src/lib/estimator/calibration/select';
import type { SourceId } from '../../../../src/lib/estimator/calibration/sources';
import type { FollowerProfile } from '../../../../src/lib/estimator/profile/types';

/** `count` accounts of one source, the i-th made by `make(i)`. */
function accounts(
  source: SourceId,
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

// Two populations of people: the first follows many accounts (up to 800) and so often more than 500, the
// second few; neither follows ten times as many as follow it. Two sellers: both follow far more than follow
// them; the first never posts, and the second has as many followers as some people.
const keenPeople = accounts('TFP', false, 300, (i) => ({
  followers: 100 + ((i * 37) % 900),
  following: 50 + ((i * 53) % 750),
  posts: 20 + ((i * 71) % 3000),
  bio: i % 2 ? 'hello' : '',
  defaultImage: false,
}));
const quietPeople = accounts('VER19', false, 300, (i) => ({
  followers: 100 + ((i * 37) % 500),
  following: 50 + ((i * 53) % 350),
  posts: 20 + ((i * 71) % 3000),
  bio: i % 2 ? 'hello' : '',
  defaultImage: false,
}));
const sellerA = accounts('FSF', true, 200, (i) => ({
  followers: i % 15,
  following: 400 + i,
  posts: 0,
  bio: i % 2 ? 'buy now' : '',
  defaultImage: false,
}));
const sellerB = accounts('TWT', true, 200, (i) => ({
  followers: 20 + (i % 200),
  following: 3000 + 10 * i,
  posts: 150 + i,
  bio: i % 2 ? '' : 'hi',
  defaultImage: false,
}));
const training = [...keenPeople, ...quietPeople, ...sellerA, ...sellerB];

describe('candidatesFor', () => {
  it('offers every cut-off of every sign the data can show, and none it cannot', () => {
    const ids = candidatesFor(training).map((c) => `${c.id}@${c.cutoff}`);
    expect(ids).toContain('few-followers@10');
    expect(ids).toContain('follows-many-times-more@10');
    expect(ids.some((id) => id.startsWith('never-listed'))).toBe(false);
  });
});

describe('selectSigns', () => {
  const selection = selectSigns(training);
  const chosen = selection.steps.map((step) => step.id);

  it('keeps a sign that sets every seller apart from every population of people', () => {
    expect(chosen).toContain('follows-many-times-more');
  });

  it('leaves out a sign that flags one population of people far more than the other', () => {
    expect(chosen).not.toContain('follows-very-many');
  });

  it('stops when no sign lowers the held-out error enough, and says what each left-out sign would have done', () => {
    const last = selection.steps.at(-1)!.heldOutError;
    for (const left of selection.leftOut) expect(left.heldOutError).toBeGreaterThan(last - 0.005);
  });
});

describe('heldOutError', () => {
  it('is lower for a sign that holds on every population than for one that misfires on one', () => {
    const steady = heldOutError([{ id: 'follows-many-times-more', cutoff: 10 }], training);
    const misfiring = heldOutError([{ id: 'follows-very-many', cutoff: 500 }], training);
    expect(steady).toBeLessThan(misfiring);
  });
});

describe('fitTier', () => {
  const signs = fitPoints(selectSigns(training).steps, training);

  it('sets the cut-off so that at most the target share of every population of people is flagged', () => {
    const tier = fitTier(signs, training);
    for (const count of tier.people) expect(count.rate).toBeLessThanOrEqual(FPR_TARGET);
    expect(Math.min(...tier.bought.map((c) => c.rate))).toBeGreaterThan(0.9);
    expect(usable(tier)).toBe(true);
  });

  it('counts per population and per seller, so that they can be told apart', () => {
    const tier = fitTier(signs, training);
    expect(tier.people.map((c) => c.source)).toEqual(['TFP', 'VER19']);
    expect(tier.bought.map((c) => c.source)).toEqual(['FSF', 'TWT']);
  });
});
