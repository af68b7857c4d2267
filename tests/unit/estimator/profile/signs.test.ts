import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SIGN_BY_ID, SIGNS, type SignId } from '../../../../src/lib/estimator/profile/signs';
import type { FollowerProfile } from '../../../../src/lib/estimator/profile/types';

const sign = (id: SignId) => SIGN_BY_ID.get(id)!;

describe('SIGNS', () => {
  it('names every sign once, each with a reason, a source and the fields it reads', () => {
    expect(new Set(SIGNS.map((s) => s.id)).size).toBe(SIGNS.length);
    for (const s of SIGNS) {
      expect(s.reason.length).toBeGreaterThan(40);
      expect(s.source.length).toBeGreaterThan(10);
      expect(s.fields.length).toBeGreaterThan(0);
    }
  });

  it('offers round-number cut-offs in rising order', () => {
    for (const s of SIGNS) expect([...s.cutoffs].sort((a, b) => a - b)).toEqual(s.cutoffs);
  });

  it('names a sign by its cut-off', () => {
    expect(sign('few-followers').name(20)).toBe('Fewer than 20 followers');
    expect(sign('few-posts').name(5)).toBe('Fewer than 5 posts');
    expect(sign('follows-many-times-more').name(10)).toBe('Follows more than 10 times as many as follow it');
    expect(sign('few-likes-given').name(1)).toBe('Has never liked a post');
    expect(sign('follows-very-many').name(1000)).toBe('Follows over 1,000 accounts');
  });

  it.each<[SignId, number, FollowerProfile, boolean]>([
    ['few-followers', 20, { handle: 'a', followers: 19 }, true],
    ['few-followers', 20, { handle: 'a', followers: 20 }, false],
    ['follows-many-times-more', 10, { handle: 'a', followers: 10, following: 101 }, true],
    ['follows-many-times-more', 10, { handle: 'a', followers: 10, following: 100 }, false],
    ['follows-many-times-more', 10, { handle: 'a', followers: 0, following: 1 }, true],
    ['few-posts', 100, { handle: 'a', posts: 99 }, true],
    ['no-posts', 0, { handle: 'a', posts: 0 }, true],
    ['no-posts', 0, { handle: 'a', posts: 1 }, false],
    ['never-listed', 0, { handle: 'a', listed: 0 }, true],
    ['few-likes-given', 1, { handle: 'a', likesGiven: 0 }, true],
    ['few-likes-given', 1, { handle: 'a', likesGiven: 1 }, false],
    ['no-website', 0, { handle: 'a', url: '' }, true],
    ['no-website', 0, { handle: 'a', url: 'https://example.org' }, false],
    ['empty-bio', 0, { handle: 'a', bio: '' }, true],
    ['no-photo', 0, { handle: 'a', defaultImage: true }, true],
    ['follows-very-many', 1000, { handle: 'a', following: 1001 }, true],
    ['digits-in-name', 0.5, { handle: 'anna84720' }, true],
    ['digits-in-name', 0.5, { handle: 'anna1984' }, true],
    ['digits-in-name', 0.5, { handle: 'annamaria1984' }, false],
  ])('%s at %d says %j shows it: %s', (id, cutoff, profile, present) => {
    expect(sign(id).test(profile, cutoff)).toBe(present);
  });

  it('never evaluates a sign whose fields are unknown, rather than guessing', () => {
    const unknown: FollowerProfile = { handle: '' };
    for (const s of SIGNS) expect(s.test(unknown, s.cutoffs[0] ?? 0)).toBeUndefined();
  });

  it('evaluates every sign, to true or false, once its fields are known', () => {
    const profile = fc.record({
      handle: fc.string({ minLength: 1 }),
      followers: fc.nat(),
      following: fc.nat(),
      posts: fc.nat(),
      likesGiven: fc.nat(),
      listed: fc.nat(),
      defaultImage: fc.boolean(),
      bio: fc.string(),
      url: fc.string(),
    });
    fc.assert(
      fc.property(profile, (p) =>
        SIGNS.every((s) =>
          (s.cutoffs.length ? s.cutoffs : [0]).every((c) => typeof s.test(p, c) === 'boolean'),
        ),
      ),
    );
  });
});
