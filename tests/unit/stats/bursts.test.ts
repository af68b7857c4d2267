import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../src/lib/stats/seeded';
import {
  BURST_K,
  dayThresholds,
  findBursts,
  followersInBursts,
  MIN_EXCESS,
} from '../../../src/lib/stats/bursts';

function poisson(uniform: () => number, mean: number) {
  let k = 0;
  let p = Math.exp(-mean);
  let sum = p;
  const u = uniform();
  while (u > sum) {
    k++;
    p *= mean / k;
    sum += p;
  }
  return k;
}

describe('findBursts', () => {
  it('finds a giveaway and a bought batch in an ordinary trickle, and nothing else', () => {
    const uniform = mulberry32(5);
    const counts = Array.from({ length: 400 }, () => poisson(uniform, 4));
    counts[100]! += 120;
    counts[101]! += 80;
    counts[300]! += 900;
    const bursts = findBursts(counts);
    expect(bursts.map((burst) => [burst.start, burst.end])).toEqual([
      [300, 300],
      [100, 101],
    ]);
    expect(bursts[0]!.arrived).toBe(counts[300]);
    expect(bursts[0]!.arrived - bursts[0]!.usual).toBeGreaterThan(880);
  });

  it('rarely calls an ordinary day a burst: under one in 2,000 days of Poisson noise', () => {
    let days = 0;
    let flagged = 0;
    for (const mean of [0.2, 1, 5, 20, 100]) {
      for (let seed = 1; seed <= 20; seed++) {
        const uniform = mulberry32(seed * 31 + mean);
        const counts = Array.from({ length: 365 }, () => poisson(uniform, mean));
        flagged += findBursts(counts).reduce((sum, burst) => sum + burst.end - burst.start + 1, 0);
        days += counts.length;
      }
    }
    expect(flagged / days).toBeLessThan(1 / 2000);
  });

  it('does not let a burst raise its own bar, and needs at least the minimum excess', () => {
    const quiet = Array.from({ length: 60 }, () => 0);
    quiet[30] = MIN_EXCESS;
    expect(findBursts(quiet)).toEqual([]);
    quiet[30] = MIN_EXCESS + 1;
    expect(findBursts(quiet).map((burst) => burst.start)).toEqual([30]);
    const bars = dayThresholds([3, 3, 3, 3, 3, 500, 3, 3, 3, 3, 3], { window: 11 });
    expect(bars[5]!.median).toBe(3);
    expect(bars[5]!.threshold).toBeCloseTo(3 + Math.max(BURST_K * Math.sqrt(3), MIN_EXCESS));
  });

  it('gives a share range that holds the burst between its bounds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(50), { minLength: 30, maxLength: 200 }),
        fc.nat(199),
        fc.integer({ min: 50, max: 5000 }),
        (counts, at, extra) => {
          const day = at % counts.length;
          counts[day]! += extra;
          const share = followersInBursts(findBursts(counts));
          expect(share.low).toBeLessThanOrEqual(share.mid);
          expect(share.mid).toBeLessThanOrEqual(share.high);
          expect(share.high).toBeLessThanOrEqual(counts.reduce((a, b) => a + b, 0));
        },
      ),
    );
  });
});
