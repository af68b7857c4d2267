import { describe, expect, it } from 'vitest';
import { createReservoir } from '../../../src/lib/stats/reservoir';
import { mulberry32 } from '../../../src/lib/stats/seeded';

describe('createReservoir', () => {
  it('keeps everything while the stream is shorter than the sample', () => {
    const reservoir = createReservoir<number>(5, mulberry32(1));
    [1, 2, 3].forEach((n) => reservoir.takes() && reservoir.put(n));
    expect(reservoir.items()).toEqual([1, 2, 3]);
  });

  it('keeps exactly its size, all distinct items of the stream', () => {
    const reservoir = createReservoir<number>(20, mulberry32(2));
    for (let n = 0; n < 10_000; n++) if (reservoir.takes()) reservoir.put(n);
    const items = reservoir.items();
    expect(items).toHaveLength(20);
    expect(new Set(items).size).toBe(20);
    expect(items.every((n) => n >= 0 && n < 10_000)).toBe(true);
  });

  it('gives every item the same chance, early or late in the stream', () => {
    // 4,000 samples of 10 from 100: each item should be taken about 400 times.
    const taken = new Array<number>(100).fill(0);
    const uniform = mulberry32(3);
    for (let round = 0; round < 4000; round++) {
      const reservoir = createReservoir<number>(10, uniform);
      for (let n = 0; n < 100; n++) if (reservoir.takes()) reservoir.put(n);
      for (const n of reservoir.items()) taken[n]!++;
    }
    const chiSquare = taken.reduce((sum, count) => sum + (count - 400) ** 2 / 400, 0);
    // 99 degrees of freedom: above 148 would happen by chance less than 1 time in 1,000.
    expect(chiSquare).toBeLessThan(148);
  });

  it('takes only a few hundred of a long stream, so the caller makes only those', () => {
    let taken = 0;
    const reservoir = createReservoir<number>(10, mulberry32(4));
    for (let n = 0; n < 100_000; n++) if (reservoir.takes()) taken++;
    expect(taken).toBeLessThan(200);
  });
});
