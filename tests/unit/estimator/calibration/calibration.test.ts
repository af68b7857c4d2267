import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { calibrate } from '../../../../src/lib/estimator/calibration/calibrate';
import { countsAt } from '../../../../src/lib/estimator/calibration/fit';
import { CALIBRATION } from '../../../../src/lib/estimator/calibration/calibration.generated';
import { readLabelled, type LabelledFiles } from '../../../../src/lib/estimator/calibration/labelled';
import { DATA_SETS, SOURCES } from '../../../../src/lib/estimator/calibration/sources';
import type { Calibration } from '../../../../src/lib/estimator/calibration/types';

const FILES = Object.fromEntries(
  DATA_SETS.map((set) => [
    set.id,
    readFileSync(new URL(`../../../../data/calibration/${set.file}`, import.meta.url), 'utf8'),
  ]),
) as LabelledFiles;

let computed: Calibration;
beforeAll(() => {
  computed = calibrate(FILES);
}, 120_000);

describe('the labelled data sets', () => {
  const accounts = readLabelled(FILES);
  const count = (source: string) => accounts.filter((a) => a.source === source).length;

  it('read every account of the four sets, in their nine populations and sellers', () => {
    expect(Object.fromEntries(SOURCES.map((source) => [source.id, count(source.id)]))).toEqual({
      TFP: 469,
      FSF: 686,
      TWT: 485,
      VER19: 1987,
      VP19: 1087,
      'IF-real': 497,
      'IF-fake': 100,
      'PA-real': 700,
      'PA-fake': 700,
    });
    expect(accounts.filter((a) => a.bought)).toHaveLength(686 + 485 + 1087 + 100 + 700);
  });

  it('give each Parma account a user name with the share of digits the set records', () => {
    const recorded = FILES.parma2020
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((line) => Number(line.split(',')[1]));
    const parma = accounts.filter((a) => a.source.startsWith('PA-'));
    parma.forEach((entry, i) => {
      const digits = [...entry.profile.handle].filter((c) => c >= '0' && c <= '9').length;
      expect(Math.abs(digits / entry.profile.handle.length - recorded[i]!)).toBeLessThanOrEqual(
        0.0005 + 1e-9,
      );
    });
  });
});

describe('npm run calibrate', () => {
  it('reproduces the committed figures exactly', () => {
    expect(computed).toEqual(CALIBRATION);
  });

  it('counts what the audit’s own scorer flags, for every check it ships', () => {
    const accounts = readLabelled(FILES);
    for (const tier of CALIBRATION.tiers) {
      const { people, bought } = countsAt(tier.signs, tier.cutoff, accounts);
      expect(people).toEqual(tier.people);
      expect(bought).toEqual(tier.bought);
    }
  });
});

describe('the chosen signs', () => {
  it('each lowered the held-out error by at least the minimum, in the order chosen', () => {
    const errors = CALIBRATION.selection.map((step) => step.heldOutError);
    expect(errors.length).toBeGreaterThan(0);
    for (let i = 1; i < errors.length; i++)
      expect(errors[i]!).toBeLessThanOrEqual(errors[i - 1]! - CALIBRATION.procedure.minImprovement + 1e-4);
  });

  it('leave out a sign that misfires on some populations of people, and say why', () => {
    // Ordinary people on X in 2013 often had few followers; verified people never do.
    const fewFollowers = CALIBRATION.signs.find((sign) => sign.id === 'few-followers')!;
    expect(fewFollowers.points).toBe(0);
    expect(fewFollowers.dropped).toMatch(/made the estimate worse/);
  });

  it('leave out signs only some data sets record, and say so', () => {
    for (const id of ['never-listed', 'few-likes-given'] as const) {
      const sign = CALIBRATION.signs.find((s) => s.id === id)!;
      expect(sign.points).toBe(0);
      expect(sign.dropped).toMatch(/data sets record it/);
    }
  });

  it('keep each sign’s rate in every population and seller that records it, with its interval', () => {
    for (const sign of CALIBRATION.signs)
      for (const count of [...sign.people, ...sign.bought])
        expect(count.low <= count.rate && count.rate <= count.high).toBe(true);
  });

  it('flag at most the target share of every population of people, for every set of columns', () => {
    const { fprTarget, minSeparation } = CALIBRATION.procedure;
    for (const tier of CALIBRATION.tiers) {
      expect(tier.people.map((c) => c.source).sort()).toEqual(['IF-real', 'PA-real', 'TFP', 'VER19']);
      expect(tier.people.every((count) => count.rate <= fprTarget)).toBe(true);
      const mean = (counts: { rate: number }[]) => counts.reduce((sum, c) => sum + c.rate, 0) / counts.length;
      expect(mean(tier.bought) - mean(tier.people)).toBeGreaterThanOrEqual(minSeparation);
    }
  });
});

describe('the automatic likely range on audiences held out of the fit', () => {
  it('is tested with every population of people and every seller held out, pair by pair', () => {
    for (const tier of CALIBRATION.heldOut) {
      expect(tier.folds).toHaveLength(4 * 5);
      expect(new Set(tier.folds.map((fold) => `${fold.people}+${fold.bought}`)).size).toBe(20);
    }
  });

  // Audits of 0 to 90% bought and 100 to 5,000 rows drawn from the held-out pair.
  it('holds the true share in at least 90% of audits, for every set of columns', () => {
    for (const tier of CALIBRATION.heldOut) {
      expect(tier.samples).toBeGreaterThanOrEqual(4000);
      expect(tier.coverage).toBeGreaterThanOrEqual(0.9);
      expect(tier.byMix).toHaveLength(10);
    }
  });

  it('is tested too with each data set left out whole, and holds 90% with every column the check uses', () => {
    const full = CALIBRATION.heldOutDataSets.find((tier) => tier.fields.includes('posts'))!;
    for (const tier of CALIBRATION.heldOutDataSets)
      expect(tier.folds.map((fold) => `${fold.people}+${fold.bought}`)).toEqual([
        'TFP+FSF',
        'TFP+TWT',
        'VER19+VP19',
        'IF-real+IF-fake',
        'PA-real+PA-fake',
      ]);
    expect(full.coverage).toBeGreaterThanOrEqual(0.9);
  });

  it('predicts a new audience from how each left-out data set fared, a record for every source', () => {
    for (const tier of CALIBRATION.tiers) {
      expect(tier.leftOut.people.map((c) => c.source).sort()).toEqual(['IF-real', 'PA-real', 'TFP', 'VER19']);
      expect(tier.leftOut.bought).toHaveLength(5);
      expect(tier.falsePositive.populations).toBe(4);
      expect(tier.sensitivity.populations).toBe(5);
    }
  });
});

describe('the hand check on audiences held out of the fit', () => {
  // An owner right about 9 in 10 bought accounts, who wrongly calls 3 in 100 people fake.
  const [tested, edge] = CALIBRATION.handCheck;
  const at = (accounts: number) => tested!.results.find((row) => row.accounts === accounts)!;

  it('is measured after 20, 40, 80 and 100 accounts', () => {
    expect(tested!.owner).toEqual({ sensitivity: 0.9, falsePositiveRate: 0.03 });
    for (const { results } of CALIBRATION.handCheck)
      expect(results.map((row) => row.accounts)).toEqual([20, 40, 80, 100]);
  });

  it('after 80 accounts, holds the truth in at least 93% of audits of every population, and is at most 30 points wide', () => {
    const row = at(80);
    expect(row.coverage).toBeGreaterThanOrEqual(0.93);
    expect(row.lowestPopulationCoverage).toBeGreaterThanOrEqual(0.93);
    for (const population of row.populations) expect(population.coverage).toBeGreaterThanOrEqual(0.93);
    expect(row.medianWidth).toBeLessThanOrEqual(0.3);
    expect(row.widestMedianWidth).toBeLessThanOrEqual(0.3);
  });

  it('is measured too for an owner at the edge of what the range assumes, and reported as it is', () => {
    expect(edge!.owner).toEqual({ sensitivity: 0.8, falsePositiveRate: 0.1 });
    expect(edge!.results.every((row) => row.samples >= 500)).toBe(true);
  });

  it('narrows with every batch', () => {
    const widths = tested!.results.map((row) => row.medianWidth);
    for (let i = 1; i < widths.length; i++) expect(widths[i]!).toBeLessThan(widths[i - 1]!);
  });
});
