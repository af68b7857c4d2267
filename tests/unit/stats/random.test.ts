import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { samplePositions, uniformFrom, uniformInt, type RandomSource } from '../../../src/lib/stats/random';

/** A source that hands out the given 32-bit values in order and counts how many it gave. */
function scripted(values: number[]): RandomSource & { draws: () => number } {
  let next = 0;
  const source = (array: Uint32Array) => {
    for (let i = 0; i < array.length; i++) {
      const value = values[next++];
      if (value === undefined) throw new Error('the scripted source ran out of values');
      array[i] = value;
    }
    return array;
  };
  return Object.assign(source, { draws: () => next });
}

/** mulberry32: a small, well-mixed seeded generator, so statistical checks give the same answer every run. */
function seeded(seed: number): RandomSource & { draws: () => number } {
  let state = seed >>> 0;
  let count = 0;
  const source = (array: Uint32Array) => {
    for (let i = 0; i < array.length; i++) {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      array[i] = (t ^ (t >>> 14)) >>> 0;
      count++;
    }
    return array;
  };
  return Object.assign(source, { draws: () => count });
}

function chiSquare(observed: number[], expected: number): number {
  return observed.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
}

describe('uniformInt', () => {
  it('reduces an accepted value to the range', () => {
    expect(uniformInt(5, scripted([7]))).toBe(2);
  });

  // 2³² = 4,294,967,296 leaves remainder 1 when divided by 3, so 0xFFFFFFFF would make 0 a little more
  // likely than 1 or 2. It must be thrown away and another value drawn.
  it('rejects the one biased value at the top when the bound is 3', () => {
    const source = scripted([0xffffffff, 4]);
    expect(uniformInt(3, source)).toBe(1);
    expect(source.draws()).toBe(2);
  });

  it('keeps the last value below the biased tail', () => {
    const source = scripted([0xfffffffe]);
    expect(uniformInt(3, source)).toBe(2);
    expect(source.draws()).toBe(1);
  });

  // For a bound of 3 · 2³⁰ the last quarter of all values (0xC0000000 and up) would land on 0..2³⁰−1 a
  // second time, doubling their chance; every one of them must be rejected.
  it('rejects the whole biased quarter when the bound is three quarters of 2^32', () => {
    const source = scripted([0xc0000000, 0xffffffff, 10]);
    expect(uniformInt(3 * 2 ** 30, source)).toBe(10);
    expect(source.draws()).toBe(3);
  });

  it('never rejects when the bound divides 2^32', () => {
    const source = scripted([0xffffffff]);
    expect(uniformInt(2 ** 32, source)).toBe(0xffffffff);
    expect(uniformInt(1, scripted([0xffffffff]))).toBe(0);
  });

  it.each([0, -1, 1.5, 2 ** 32 + 1, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses a bound of %d',
    (bound) => {
      expect(() => uniformInt(bound)).toThrow(RangeError);
    },
  );

  it('stays within the range with the browser’s crypto generator', () => {
    const draws = Array.from({ length: 2_000 }, () => uniformInt(6));
    expect(draws.every((x) => Number.isInteger(x) && x >= 0 && x < 6)).toBe(true);
    expect(new Set(draws).size).toBe(6);
  });

  // 60,000 draws of a die: each face expected 10,000 times. The chi-square statistic with 5 degrees of
  // freedom exceeds 20.5 only once in 1,000 fair runs; an off-by-one range or skew would blow far past it.
  it('spreads draws evenly over the range', () => {
    const source = seeded(2024);
    const counts = Array.from({ length: 6 }, () => 0);
    for (let i = 0; i < 60_000; i++) {
      const face = uniformInt(6, source);
      counts[face] = (counts[face] ?? 0) + 1;
    }
    expect(chiSquare(counts, 10_000)).toBeLessThan(20.5);
  });
});

describe('samplePositions', () => {
  // Floyd's algorithm for 3 of 5 walks top = 3, 4, 5 and picks a candidate in 1..top each time:
  // top 3 → 2 + 1 = 3 (new, kept); top 4 → 0 + 1 = 1 (new, kept); top 5 → 0 + 1 = 1 (taken, so 5).
  it('takes the top position when the candidate is already chosen', () => {
    expect(samplePositions(5, 3, scripted([2, 0, 0]))).toEqual([1, 3, 5]);
  });

  it('returns every position when the sample is the whole population', () => {
    expect(samplePositions(6, 6)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('returns nothing for a sample of zero', () => {
    expect(samplePositions(10, 0)).toEqual([]);
  });

  it('draws only about as many numbers as it returns, even from 100,000,000 followers', () => {
    const source = seeded(7);
    const positions = samplePositions(100_000_000, 400, source);
    expect(positions).toHaveLength(400);
    expect(source.draws()).toBeLessThan(440);
    expect(positions.every((p) => p >= 1 && p <= 100_000_000)).toBe(true);
  });

  it.each([
    [10, 11],
    [10, -1],
    [10, 2.5],
    [0, 0],
    [1.5, 1],
    [2 ** 32 + 1, 1],
  ])('refuses a population of %d with a sample of %d', (population, size) => {
    expect(() => samplePositions(population, size)).toThrow(RangeError);
  });

  it('gives distinct, sorted positions within 1..population', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 1_000_000 })
          .chain((population) =>
            fc.tuple(fc.constant(population), fc.integer({ min: 0, max: Math.min(population, 500) })),
          ),
        fc.integer(),
        ([population, size], seed) => {
          const positions = samplePositions(population, size, seeded(seed));
          expect(positions).toHaveLength(size);
          expect(new Set(positions).size).toBe(size);
          expect(
            positions.every(
              (p, i) =>
                Number.isInteger(p) && p >= 1 && p <= population && (i === 0 || p > (positions[i - 1] ?? 0)),
            ),
          ).toBe(true);
        },
      ),
    );
  });

  // 40,000 samples of 3 from 6: each of the 20 possible trios should come up 2,000 times. With 19
  // degrees of freedom, chi-square beyond 43.8 happens once in 1,000 fair runs.
  it('draws every possible sample equally often', () => {
    const source = seeded(99);
    const counts = new Map<string, number>();
    for (let i = 0; i < 40_000; i++) {
      const key = samplePositions(6, 3, source).join(',');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(20);
    expect(chiSquare([...counts.values()], 2_000)).toBeLessThan(43.8);
  });
});

describe('uniformFrom', () => {
  it('turns 32-bit values into numbers from 0 up to, not including, 1', () => {
    const next = uniformFrom(scripted([0, 2 ** 31, 2 ** 32 - 1, ...new Array<number>(253).fill(7)]));
    expect([next(), next(), next()]).toEqual([0, 0.5, (2 ** 32 - 1) / 2 ** 32]);
  });

  it('asks the generator for values in batches, not one at a time', () => {
    const source = seeded(9);
    const next = uniformFrom(source);
    for (let i = 0; i < 1000; i++) next();
    expect(source.draws()).toBe(1024);
  });

  it('stays within 0 <= x < 1 with the browser’s crypto generator', () => {
    const next = uniformFrom();
    for (let i = 0; i < 5000; i++) {
      const value = next();
      expect(value >= 0 && value < 1).toBe(true);
    }
  });
});
