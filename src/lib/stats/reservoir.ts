import type { Uniform } from './draws';

export interface Reservoir<T> {
  /** Counts the next item of the stream and says whether the sample takes it; if so, `put` it. */
  takes(): boolean;
  /** The item that the last `takes()` accepted. */
  put(item: T): void;
  /** The sample so far: every item offered has had the same chance to be in it. */
  items(): T[];
}

/**
 * A uniform random sample of up to `size` items from a stream of unknown length, in constant memory, by Li's
 * Algorithm L (ACM TOMS 20, 1994): instead of a random number per item it draws how many items to skip before
 * the next one is taken, so a million items cost a few hundred random numbers. The caller makes an item only
 * when it is taken.
 */
export function createReservoir<T>(size: number, uniform: Uniform): Reservoir<T> {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`size must be a whole number, got ${size}`);
  const sample: T[] = [];
  // 1 - u lies in (0, 1], so every logarithm below is finite.
  const open = () => 1 - uniform();
  let w = Math.exp(Math.log(open()) / size);
  let seen = 0;
  let next = size + Math.floor(Math.log(open()) / Math.log(1 - w));
  let slot = -1;
  return {
    takes() {
      slot = -1;
      if (seen < size) slot = seen;
      else if (seen === next) {
        slot = Math.min(size - 1, Math.floor(uniform() * size));
        w *= Math.exp(Math.log(open()) / size);
        next += 1 + Math.floor(Math.log(open()) / Math.log(1 - w));
      }
      seen++;
      return slot !== -1;
    },
    put(item) {
      if (slot !== -1) sample[slot] = item;
    },
    items: () => [...sample],
  };
}
