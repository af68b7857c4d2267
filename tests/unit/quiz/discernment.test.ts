import { describe, expect, it } from 'vitest';
import {
  aPrime,
  compareDiscernment,
  correctedRate,
  criterion,
  discernment,
  dPrime,
  isChoosy,
  leaning,
} from '../../../src/lib/quiz/discernment';
import { comparisonRates } from '../../../src/lib/quiz/simulation';
import { normalCdf, normalQuantile } from '../../../src/lib/stats/normal';

describe('the measures from published worked examples', () => {
  // Stanislaw and Todorov (1999), Behavior Research Methods 31(1) 137-149, as the Perl module Statistics::SDT
  // reproduces their example: 50 of 50 hits (1 taken as 49.5/50) and 17 of 25 false alarms, stated to two places.
  // H = .7 and F = .1 is the example (d′ 1.806; also in Schneider's notes on signal detection), with c
  // and A′ worked by hand. The third row is the worked example of a MATLAB function written to Stanislaw and
  // Todorov's formulas (dprime_simple); its A′ is worked by hand: .5 + (.85 × 1.85) / (4 × .9 − 4 × .9 × .05).
  it.each([
    { hit: 0.99, falseAlarm: 0.68, d: 1.86, c: -1.4, a: 0.82, places: 2 },
    { hit: 0.7, falseAlarm: 0.1, d: 1.806, c: 0.379, a: 0.881, places: 3 },
    { hit: 0.9, falseAlarm: 0.05, d: 2.9264, c: 0.1817, a: 0.9598, places: 3 },
  ])('H = $hit and F = $falseAlarm give d′ $d and c $c', ({ hit, falseAlarm, d, c, a, places }) => {
    expect(dPrime(hit, falseAlarm)).toBeCloseTo(d, places);
    expect(criterion(hit, falseAlarm)).toBeCloseTo(c, places);
    expect(aPrime(hit, falseAlarm)).toBeCloseTo(a, places);
  });

  // statpsych (Bonett), signal(82, 46, 100, 100): the log-linear rates and d′ it prints.
  it('matches statpsych with the log-linear correction: 82 of 100 hits, 46 of 100 false alarms', () => {
    const measures = discernment({ baitCaught: 82, baitAnswered: 100, goodPassed: 46, goodAnswered: 100 });
    expect(measures.hitRate).toBeCloseTo(0.8168317, 7);
    expect(measures.falseAlarmRate).toBeCloseTo(0.460396, 6);
    expect(measures.dPrime).toBeCloseTo(1.002793, 5);
  });

  it('computes the normal probability to the published tables, and inverts the quantile', () => {
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 6);
    for (const p of [0.001, 0.2, 0.5, 0.9]) expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 6);
  });

  it('computes the normal quantile to the published tables', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 6);
    expect(normalQuantile(1e-9)).toBeCloseTo(-5.997807, 5);
  });
});

describe('perfect and empty scores', () => {
  it.each([
    // counts: caught of bait, passed of good; the corrected rates stay inside 0..1.
    { caught: 10, bait: 10, passed: 0, good: 10, hit: 10.5 / 11, fa: 0.5 / 11 },
    { caught: 0, bait: 10, passed: 10, good: 10, hit: 0.5 / 11, fa: 10.5 / 11 },
    { caught: 10, bait: 10, passed: 10, good: 10, hit: 10.5 / 11, fa: 10.5 / 11 },
    { caught: 0, bait: 0, passed: 0, good: 0, hit: 0.5, fa: 0.5 },
  ])('$caught/$bait and $passed/$good give finite measures', ({ caught, bait, passed, good, hit, fa }) => {
    const measures = discernment({
      baitCaught: caught,
      baitAnswered: bait,
      goodPassed: passed,
      goodAnswered: good,
    });
    expect(measures.hitRate).toBeCloseTo(hit, 12);
    expect(measures.falseAlarmRate).toBeCloseTo(fa, 12);
    for (const value of Object.values(measures)) expect(Number.isFinite(value)).toBe(true);
  });

  it('gives a perfect play of 10 and 10 a d′ of 3.38, and scrolling past everything a d′ of 0', () => {
    expect(
      discernment({ baitCaught: 10, baitAnswered: 10, goodPassed: 0, goodAnswered: 10 }).dPrime,
    ).toBeCloseTo(3.381, 3);
    const all = discernment({ baitCaught: 10, baitAnswered: 10, goodPassed: 10, goodAnswered: 10 });
    expect(all.dPrime).toBeCloseTo(0, 12);
    expect(all.aPrime).toBe(0.5);
    expect(leaning(all)).toBe('wary');
  });

  it('refuses counts no play could give', () => {
    expect(() => discernment({ baitCaught: 11, baitAnswered: 10, goodPassed: 0, goodAnswered: 10 })).toThrow(
      RangeError,
    );
    expect(() => discernment({ baitCaught: 1, baitAnswered: 10, goodPassed: -1, goodAnswered: 10 })).toThrow(
      RangeError,
    );
    expect(() => discernment({ baitCaught: 1.5, baitAnswered: 10, goodPassed: 0, goodAnswered: 10 })).toThrow(
      RangeError,
    );
  });

  it('gives A′ below one half when good posts are scrolled past more often than bait', () => {
    expect(aPrime(0.2, 0.6)).toBeLessThan(0.5);
    expect(aPrime(0.6, 0.2)).toBeCloseTo(1 - aPrime(0.2, 0.6), 12);
  });

  it('applies the correction to every count, not only to perfect ones', () => {
    expect(correctedRate(5, 10)).toBe(5.5 / 11);
  });
});

describe('the reading in words', () => {
  it('calls 12 of 14 bait caught with 5 good posts passed wary, not yet choosy (the issue’s example)', () => {
    const measures = discernment({ baitCaught: 12, baitAnswered: 14, goodPassed: 5, goodAnswered: 14 });
    expect(leaning(measures)).toBe('wary');
    expect(isChoosy(measures)).toBe(false);
  });

  it('calls three in four right of each kind choosy and even', () => {
    const measures = discernment({ baitCaught: 8, baitAnswered: 10, goodPassed: 2, goodAnswered: 10 });
    expect(isChoosy(measures)).toBe(true);
    expect(leaning(measures)).toBe('even');
  });

  it('calls clicking nearly everything trusting', () => {
    expect(leaning(discernment({ baitCaught: 2, baitAnswered: 10, goodPassed: 0, goodAnswered: 10 }))).toBe(
      'trusting',
    );
  });
});

describe('comparing two plays', () => {
  it.each([
    { d: 0.5, c: 0 },
    { d: 1.35, c: -0.5 },
    { d: 2, c: 0.3 },
  ])('says "same" for at least 95% of retests by a player who did not change (d′ $d, c $c)', ({ d, c }) => {
    const player = { dPrime: d, criterion: c };
    const rates = comparisonRates(player, player, { posts: 10, runs: 2_000, seed: 2026 });
    expect(rates.same).toBeGreaterThanOrEqual(0.95);
  });

  it('says "rose" for most players whose d′ truly rose by 2', () => {
    const rates = comparisonRates(
      { dPrime: 0.5, criterion: 0 },
      { dPrime: 2.5, criterion: 0 },
      {
        posts: 10,
        runs: 2_000,
        seed: 7,
      },
    );
    expect(rates.rose).toBeGreaterThan(0.5);
    expect(rates.fell).toBeLessThan(0.01);
  });

  it('says discernment rose for a player who went from guessing to three in four right', () => {
    const before = discernment({ baitCaught: 5, baitAnswered: 10, goodPassed: 5, goodAnswered: 10 });
    const after = discernment({ baitCaught: 10, baitAnswered: 10, goodPassed: 1, goodAnswered: 10 });
    expect(compareDiscernment(before, after).dPrime).toBe('rose');
  });

  it('says only suspicion rose for a player who scrolls past more of everything', () => {
    const before = discernment({ baitCaught: 5, baitAnswered: 10, goodPassed: 2, goodAnswered: 10 });
    const after = discernment({ baitCaught: 10, baitAnswered: 10, goodPassed: 8, goodAnswered: 10 });
    expect(compareDiscernment(before, after)).toEqual({ dPrime: 'same', criterion: 'fell' });
  });
});
