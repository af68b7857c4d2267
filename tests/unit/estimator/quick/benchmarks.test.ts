import { describe, expect, it } from 'vitest';
import { BENCHMARKS, benchmarkFor } from '../../../../src/lib/estimator/quick/benchmarks';
import { QUICK_PLATFORMS, type QuickPlatform } from '../../../../src/lib/estimator/quick/quick-check';
import { sourceSchema } from '../../../../src/lib/guides/schema';

describe('QUICK_PLATFORMS', () => {
  it('lists each platform once', () => {
    expect(new Set(QUICK_PLATFORMS).size).toBe(QUICK_PLATFORMS.length);
  });

  it('has benchmarks for every platform it offers', () => {
    for (const id of QUICK_PLATFORMS) expect(BENCHMARKS.some((b) => b.platform === id)).toBe(true);
  });
});

describe('BENCHMARKS', () => {
  it.each(BENCHMARKS.map((b) => [b.platform, b.describes, b] as const))(
    'gives %s, %s, a band low < typical < high inside 0..1',
    (_platform, _tier, b) => {
      expect(0 < b.low && b.low < b.typical && b.typical < b.high && b.high < 1).toBe(true);
    },
  );

  it.each(BENCHMARKS.map((b) => [b.platform, b.describes, b] as const))(
    'cites a dated https source for %s, %s',
    (_platform, _tier, b) => {
      expect(b.source.url).toMatch(/^https:\/\/[^\s]+$/);
      expect(b.source.title.length).toBeGreaterThan(0);
      expect(b.source.publisher.length).toBeGreaterThan(0);
      expect(Number.isInteger(b.source.year) && b.source.year >= 2018 && b.source.year <= 2026).toBe(true);
    },
  );

  it.each(QUICK_PLATFORMS.map((id) => [id]))(
    'covers %s at every size, with no gap or overlap',
    (platform) => {
      const tiers = BENCHMARKS.filter((b) => b.platform === platform).sort(
        (a, b) => a.minFollowers - b.minFollowers,
      );
      expect(tiers[0]!.minFollowers).toBe(1);
      expect(tiers.at(-1)!.maxFollowers).toBe(Infinity);
      tiers.forEach((tier, i) => {
        expect(tier.minFollowers).toBeLessThan(tier.maxFollowers);
        const next = tiers[i + 1];
        if (next) expect(next.minFollowers).toBe(tier.maxFollowers);
      });
    },
  );

  it.each(BENCHMARKS.map((b) => [b.platform, b] as const))(
    'says %s is one median across 14 industries, one of them influencers, and what is counted',
    (_platform, b) => {
      expect(b.whose).toMatch(/^Median across 14 industries, one of them influencers: 2,100 brands/);
      expect(b.whose).toMatch(/per follower$/);
      expect(b.source.publisher).toBe('Rival IQ');
      expect(b.source.url).not.toMatch(/calculator/i);
    },
  );

  it.each(BENCHMARKS.map((b) => [b.platform, b] as const))(
    'says %s was read from summaries of the 2025 report, never that it was quoted from it',
    (_platform, b) => {
      expect(b.note).toContain(
        'as reported in summaries of Rival IQ’s 2025 Social Media Industry Benchmark Report',
      );
      expect(b.note).not.toMatch(/quoted from the report/i);
      expect(b.readFrom.length).toBeGreaterThan(0);
      for (const source of b.readFrom) expect(sourceSchema.parse(source)).toEqual(source);
    },
  );

  it.each(BENCHMARKS.map((b) => [b.platform, b] as const))(
    'describes %s as one figure for brands of every size it covers, never as a figure for any size',
    (_platform, b) => {
      expect(b.describes).toMatch(/^(5,000 or more followers|25,000 to 1 million fans)$/);
      expect(`${b.whose} ${b.note}`).not.toMatch(/any number of followers|this size/);
    },
  );

  it.each(['facebook', 'x'] as const)('lists the 2024 report behind the %s derivation', (platform) => {
    const tier = benchmarkFor(platform, 30_000)!;
    expect(tier.readFrom.map((source) => source.title)).toContain(
      '2024 Social Media Industry Benchmark Report',
    );
  });

  // Rival IQ 2025: Instagram median 0.36%; our band is 0.4 × to 2.5 × the median: 0.144% to 0.9%.
  it('puts the Instagram band around the published brand median', () => {
    const tier = benchmarkFor('instagram', 2_500);
    expect(tier?.typical).toBe(0.0036);
    expect(tier?.low).toBeCloseTo(0.00144, 12);
    expect(tier?.high).toBeCloseTo(0.009, 12);
    expect(tier?.note).toMatch(/assumption/);
  });

  // The 2024 report's 0.063% less 36% is 0.040%; X's 0.029% less 48% is 0.015%.
  it.each([
    ['facebook', 0.0004, /36% fall/],
    ['x', 0.00015, /48% fall/],
  ] as const)(
    'derives the %s median from the 2024 figure and the reported fall, and says so',
    (platform, median, fall) => {
      const tier = benchmarkFor(platform, 30_000)!;
      expect(tier.typical).toBe(median);
      expect(tier.note).toMatch(fall);
    },
  );
});

describe('benchmarkFor', () => {
  it.each<[QuickPlatform, number]>([
    ['instagram', 1],
    ['instagram', 4_000],
    ['tiktok', 50_000_000],
    ['facebook', 900_000_000],
    ['x', 3_000],
  ])('finds the %s benchmark for %d followers', (platform, followers) => {
    expect(benchmarkFor(platform, followers)?.platform).toBe(platform);
  });

  it('finds none for a follower count that is not a number', () => {
    expect(benchmarkFor('instagram', Number.NaN)).toBeUndefined();
  });
});
