import { mulberry32, shuffled } from '../stats/seeded';

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The deck shuffled by `seed` (Fisher-Yates). The posts are put in id order first, so the result depends only
 * on which posts the deck holds and the seed, never on the order the collection happened to load them in.
 */
export function seededOrder<T extends { id: string }>(posts: readonly T[], seed: number): T[] {
  return shuffled([...posts].sort(byId), mulberry32(seed));
}

/** A fresh 32-bit unsigned seed: from `crypto.getRandomValues` unless a `random` function is given (tests). */
export function newSeed(random?: () => number): number {
  if (random) return Math.floor(random() * 4_294_967_296) >>> 0;
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}
