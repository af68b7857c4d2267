import { describe, expect, it } from 'vitest';
import { normalDraw } from '../../../src/lib/stats/draws';
import {
  drawRate,
  likelyRate,
  rateSpread,
  studentT,
  studentTQuantile,
} from '../../../src/lib/stats/random-effects';
import { mulberry32 } from '../../../src/lib/stats/seeded';

const angle = (rate: number) => Math.asin(Math.sqrt(rate));

describe('rateSpread', () => {
  it('finds no difference between populations that differ only by chance', () => {
    const spread = rateSpread([
      { hits: 100, n: 1000 },
      { hits: 102, n: 1000 },
      { hits: 98, n: 1000 },
    ]);
    expect(spread.between).toBe(0);
    expect(spread.populations).toBe(3);
    // The spread left is the mean's own sampling error: about √(1 / (3 × 4002)).
    expect(spread.spread).toBeCloseTo(Math.sqrt(1 / (3 * 4002)), 4);
    expect(likelyRate(spread).typical).toBeCloseTo(0.1, 2);
  });

  it('measures how far populations differ beyond chance', () => {
    const spread = rateSpread([
      { hits: 10, n: 1000 },
      { hits: 150, n: 1000 },
      { hits: 400, n: 1000 },
    ]);
    expect(spread.between).toBeGreaterThan(0.2);
    const { low, high } = likelyRate(spread);
    expect(low).toBeLessThan(0.01);
    expect(high).toBeGreaterThan(0.4);
  });

  it('does not let one large population swamp the others', () => {
    const small = { hits: 50, n: 100 };
    const spread = rateSpread([{ hits: 10, n: 100_000 }, small, small]);
    // Weighted by size alone the centre would sit at the large population's 0.01%.
    expect(likelyRate(spread).typical).toBeGreaterThan(0.1);
  });

  it('widens the likely range when the populations disagree more', () => {
    const width = (counts: { hits: number; n: number }[]) => {
      const { low, high } = likelyRate(rateSpread(counts));
      return high - low;
    };
    expect(
      width([
        { hits: 50, n: 500 },
        { hits: 150, n: 500 },
      ]),
    ).toBeGreaterThan(
      width([
        { hits: 80, n: 500 },
        { hits: 120, n: 500 },
      ]),
    );
  });

  it('refuses what is not a count', () => {
    expect(() => rateSpread([])).toThrow(RangeError);
    expect(() => rateSpread([{ hits: 5, n: 4 }])).toThrow(RangeError);
    expect(() => rateSpread([{ hits: 1.5, n: 4 }])).toThrow(RangeError);
  });

  // Populations whose rates truly vary: eight measured, then a ninth never seen. Its rate should fall in the
  // likely range about 95% of the time: the t tails make up for a spread estimated from eight.
  it('covers the rate of a population it never saw about as often as it says', () => {
    const uniform = mulberry32(42);
    const centre = angle(0.2);
    const between = 0.15;
    const binomial = (rate: number, n: number) => {
      let hits = 0;
      for (let i = 0; i < n; i++) if (uniform() < rate) hits++;
      return hits;
    };
    const population = () =>
      Math.sin(Math.min(Math.PI / 2, Math.max(0, centre + between * normalDraw(uniform)))) ** 2;
    let covered = 0;
    const trials = 400;
    for (let t = 0; t < trials; t++) {
      const counts = Array.from({ length: 8 }, () => ({ hits: binomial(population(), 300), n: 300 }));
      const { low, high } = likelyRate(rateSpread(counts));
      const unseen = population();
      if (low <= unseen && unseen <= high) covered++;
    }
    expect(covered / trials).toBeGreaterThan(0.92);
    expect(covered / trials).toBeLessThan(0.99);
  });
});

describe('studentT', () => {
  // Tables of Student's t: the 97.5% points for 1 to 5 and 30 degrees of freedom.
  it.each([
    [1, 12.706],
    [2, 4.303],
    [3, 3.182],
    [4, 2.776],
    [5, 2.571],
    [30, 2.042],
  ])('puts 97.5%% below its table value for %i degrees of freedom', (degrees, point) => {
    expect(studentT(point, degrees)).toBeCloseTo(0.975, 4);
    expect(studentTQuantile(0.975, degrees)).toBeCloseTo(point, 3);
  });

  it('is symmetric about 0 and tends to the normal with many degrees of freedom', () => {
    expect(studentT(0, 3)).toBe(0.5);
    expect(studentT(-1.5, 4) + studentT(1.5, 4)).toBeCloseTo(1, 12);
    expect(studentTQuantile(0.975, 400)).toBeCloseTo(1.966, 3);
  });
});

describe('drawRate', () => {
  it('draws rates in 0..1 whose middle 95% is the likely range', () => {
    const spread = rateSpread([
      { hits: 20, n: 400 },
      { hits: 60, n: 400 },
      { hits: 5, n: 400 },
    ]);
    const uniform = mulberry32(7);
    const draws = Array.from({ length: 20_000 }, () => drawRate(spread, uniform)).sort((a, b) => a - b);
    expect(draws[0]!).toBeGreaterThanOrEqual(0);
    expect(draws.at(-1)!).toBeLessThanOrEqual(1);
    const { low, high } = likelyRate(spread);
    expect(draws[Math.floor(0.025 * draws.length)]!).toBeCloseTo(low, 2);
    expect(draws[Math.floor(0.975 * draws.length)]!).toBeCloseTo(high, 2);
  });
});
