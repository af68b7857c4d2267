/**
 * mulberry32: a tiny seeded generator built only from 32-bit integer maths, so the same seed gives the same
 * sequence in every JavaScript engine. Not for secrets: it shuffles a quiz the same way twice, makes a
 * simulated interval come out the same on every reload, and makes the same synthetic test and example data on
 * every machine (those generators are plain .mjs run by Node, which strips this file's types). Returns uniform
 * numbers in 0 <= x < 1.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A 32-bit seed made from whole numbers (FNV-1a over their digits), so equal inputs give equal draws. */
export function seedFrom(values: readonly number[]): number {
  let hash = 0x811c9dc5;
  for (const char of values.join(',')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A copy of `items` in random order (Fisher-Yates), drawn from `uniform`: every order equally likely. */
export function shuffled<T>(items: readonly T[], uniform: () => number): T[] {
  const order = [...items];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(uniform() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
