/** Fills the array with uniformly random 32-bit values and returns it, like crypto.getRandomValues. */
export type RandomSource = (values: Uint32Array<ArrayBuffer>) => Uint32Array;

const TWO_TO_32 = 2 ** 32;

// The Web Crypto generator exists in browsers, workers and Node, and unlike Math.random it cannot be
// predicted, so nobody can steer which followers end up in the sample.
const cryptoSource: RandomSource = (values) => globalThis.crypto.getRandomValues(values);

/**
 * A uniform whole number in 0 ≤ x < bound. Plain `value % bound` would favour small results whenever
 * bound does not divide 2³², so values from the incomplete last block are rejected and drawn again.
 */
export function uniformInt(bound: number, random: RandomSource = cryptoSource): number {
  if (!Number.isInteger(bound) || bound < 1 || bound > TWO_TO_32) {
    throw new RangeError(`bound must be a whole number from 1 to 2^32, got ${bound}`);
  }
  const acceptBelow = TWO_TO_32 - (TWO_TO_32 % bound);
  const draw = new Uint32Array(1);
  for (;;) {
    const value = random(draw)[0] ?? 0;
    if (value < acceptBelow) return value % bound;
  }
}

/**
 * `size` distinct follower positions (1-based) drawn uniformly without replacement, sorted ascending so
 * the owner can walk down the follower list once. Robert Floyd's algorithm needs only `size` draws and
 * `size` memory, so a sample of 400 from 100,000,000 followers is as cheap as one from 1,000.
 */
export function samplePositions(
  population: number,
  size: number,
  random: RandomSource = cryptoSource,
): number[] {
  if (!Number.isInteger(population) || population < 1 || population > TWO_TO_32) {
    throw new RangeError(`population must be a whole number from 1 to 2^32, got ${population}`);
  }
  if (!Number.isInteger(size) || size < 0 || size > population) {
    throw new RangeError(`size must be a whole number from 0 to the population (${population}), got ${size}`);
  }
  const chosen = new Set<number>();
  for (let top = population - size + 1; top <= population; top++) {
    const candidate = uniformInt(top, random) + 1;
    chosen.add(chosen.has(candidate) ? top : candidate);
  }
  return [...chosen].sort((a, b) => a - b);
}

/**
 * Uniform numbers in 0 <= x < 1 from `random` (the Web Crypto generator unless given), 32 bits each, drawn in
 * batches so that a long stream of them costs few calls.
 */
export function uniformFrom(random: RandomSource = cryptoSource): () => number {
  const batch = new Uint32Array(256);
  let next = batch.length;
  return () => {
    if (next === batch.length) {
      random(batch);
      next = 0;
    }
    return batch[next++]! / TWO_TO_32;
  };
}
