import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newSeed, seededOrder } from '../../../src/lib/quiz/order';

const deckOf = (ids: readonly string[]) => ids.map((id) => ({ id }));
const idsOf = (posts: readonly { id: string }[]) => posts.map((post) => post.id);
const deck = deckOf(Array.from({ length: 28 }, (_, i) => `post-${String(i).padStart(2, '0')}`));
const uniqueIds = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 40 });
const seed = fc.integer({ min: 0, max: 0xffff_ffff });

describe('seededOrder', () => {
  it('gives the same order for the same seed and deck', () => {
    fc.assert(
      fc.property(uniqueIds, seed, (ids, s) => {
        expect(idsOf(seededOrder(deckOf(ids), s))).toEqual(idsOf(seededOrder(deckOf(ids), s)));
      }),
    );
  });

  it('returns every post exactly once', () => {
    fc.assert(
      fc.property(uniqueIds, seed, (ids, s) => {
        expect(idsOf(seededOrder(deckOf(ids), s)).sort()).toEqual([...ids].sort());
      }),
    );
  });

  it('does not depend on the order the deck was loaded in', () => {
    fc.assert(
      fc.property(uniqueIds, seed, (ids, s) => {
        const reversed = deckOf([...ids].reverse());
        expect(idsOf(seededOrder(reversed, s))).toEqual(idsOf(seededOrder(deckOf(ids), s)));
      }),
    );
  });

  it('gives different orders for different seeds', () => {
    fc.assert(
      fc.property(seed, seed, (a, b) => {
        fc.pre(a !== b);
        expect(idsOf(seededOrder(deck, a))).not.toEqual(idsOf(seededOrder(deck, b)));
      }),
    );
  });

  it('keeps the order a known seed gives, so links shared today still open the same quiz', () => {
    expect(idsOf(seededOrder(deckOf(['a', 'b', 'c', 'd', 'e', 'f']), 0x3a9f21c0))).toEqual([
      'a',
      'f',
      'd',
      'b',
      'e',
      'c',
    ]);
  });

  it('leaves the deck it was given untouched', () => {
    const posts = deckOf(['c', 'a', 'b']);
    seededOrder(posts, 7);
    expect(idsOf(posts)).toEqual(['c', 'a', 'b']);
  });

  it('moves posts around rather than keeping id order', () => {
    const unmoved = Array.from({ length: 50 }, (_, s) => seededOrder(deck, s)).filter((order) =>
      order.every((post, i) => post === deck[i]),
    );
    expect(unmoved).toEqual([]);
  });
});

describe('newSeed', () => {
  it('maps the given random number onto a 32-bit unsigned seed', () => {
    expect(newSeed(() => 0)).toBe(0);
    expect(newSeed(() => 0.5)).toBe(0x8000_0000);
    expect(newSeed(() => 0.999_999_999_9)).toBe(0xffff_ffff);
  });

  it('stays a 32-bit unsigned integer whatever the random function returns', () => {
    fc.assert(
      fc.property(fc.double(), (value) => {
        const s = newSeed(() => value);
        expect(Number.isInteger(s) && s >= 0 && s <= 0xffff_ffff).toBe(true);
      }),
    );
  });

  it('draws from crypto by default', () => {
    const seeds = new Set(Array.from({ length: 20 }, () => newSeed()));
    expect(seeds.size).toBeGreaterThan(1);
    for (const s of seeds) expect(Number.isInteger(s) && s >= 0 && s <= 0xffff_ffff).toBe(true);
  });
});
