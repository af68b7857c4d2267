import type { Uniform } from './draws';

export interface Reservoir<T> {
  /** Offers the next item of the stream, made by `make` only if the sample takes it. */
  offer(make: () => T): void;
  /** The sample so far: every item offered has had the same chance to be in it. */
  items(): T[];
}

/**
 * A uniform random sample of up to `size` items from a stream of unknown length, in constant memory, by Li's
 * Algorithm L (ACM TOMS 20, 1994): instead of a random number per item it draws how many items to skip before
 * the next one is taken, so a million offers cost a few hundred random numbers.
 */
export function createReservoir<T>(size: number, uniform: Uniform): Reservoir<T> {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`size must be a whole number, got ${size}`);
  const sample: T[] = [];
  // 1 - u lies in (0, 1], so every logarithm below is finite.
  const open = () => 1 - uniform();
  let w = Math.exp(Math.log(open()) / size);
  let seen = 0;
  let next = size + Math.floor(Math.log(open()) / Math.log(1 - w));
  return {
    offer(make) {
      if (seen < size) sample.push(make());
      else if (seen === next) {
        sample[Math.min(size - 1, Math.floor(uniform() * size))] = make();
        w *= Math.exp(Math.log(open()) / size);
        next += 1 + Math.floor(Math.log(open()) / Math.log(1 - w));
      }
      seen++;
    },
    items: () => [...sample],
  };
}
