import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { calibrate } from '../../../src/lib/calibration/calibrate';
import { CALIBRATION } from '../../../src/lib/calibration/calibration.generated';
import { readCresci2015, readInstaFake } from '../../../src/lib/calibration/labelled';
import type { Calibration } from '../../../src/lib/calibration/types';

const read = (name: string) =>
  readFileSync(new URL(`../../../data/calibration/${name}`, import.meta.url), 'utf8');
const CRESCI = read('twitter-cresci2015.csv');
const INSTAFAKE = read('instagram-instafake.csv');

let computed: Calibration;
beforeAll(() => {
  computed = calibrate(CRESCI, INSTAFAKE);
}, 60_000);

describe('the labelled data sets', () => {
  it('read every Cresci et al. account through the audit’s own reader, in its three groups', () => {
    const accounts = readCresci2015(CRESCI);
    const count = (source: string) => accounts.filter((a) => a.source === source).length;
    expect([count('TFP'), count('FSF'), count('TWT')]).toEqual([469, 686, 485]);
    expect(accounts.filter((a) => a.bought)).toHaveLength(1171);
  });

  it('read every InstaFake account', () => {
    const accounts = readInstaFake(INSTAFAKE);
    expect(accounts).toHaveLength(597);
    expect(accounts.filter((a) => a.bought)).toHaveLength(100);
  });
});

describe('npm run calibrate', () => {
  it('reproduces the committed figures exactly', () => {
    expect(computed).toEqual(CALIBRATION);
  });
});

describe('the fitted rules', () => {
  it('give no points to a sign the labelled X accounts show has no power: the default photo', () => {
    const photo = CALIBRATION.platforms.x.signs.find((sign) => sign.id === 'no-photo')!;
    expect(photo.points).toBe(0);
    expect(photo.dropped).toBeDefined();
  });

  it('keep each sign’s hit rates among people and among every source of bought accounts', () => {
    for (const platform of ['x', 'instagram'] as const)
      for (const sign of CALIBRATION.platforms[platform].signs) {
        expect(sign.people.length).toBeGreaterThan(0);
        expect(sign.bought.length).toBeGreaterThan(0);
        for (const count of [...sign.people, ...sign.bought])
          expect(count.low <= count.rate && count.rate <= count.high).toBe(true);
      }
  });

  it('flag at most the target share of people, and tell bought accounts apart, for every set of columns', () => {
    const { fprTarget, minSeparation } = CALIBRATION.procedure;
    for (const { tiers } of Object.values(CALIBRATION.platforms))
      for (const tier of tiers) {
        expect(tier.people.every((count) => count.rate <= fprTarget)).toBe(true);
        const gap = Math.min(...tier.bought.map((c) => c.rate)) - Math.max(...tier.people.map((c) => c.rate));
        expect(gap).toBeGreaterThanOrEqual(minSeparation);
      }
  });

  it('are tested on X with one vendor held out each way, and on Instagram with half held out', () => {
    const [richestX] = CALIBRATION.platforms.x.tiers.slice(-1);
    expect(richestX!.heldOut.map((fold) => fold.tested.bought.map((c) => c.source))).toEqual([
      ['TWT'],
      ['FSF'],
    ]);
    for (const tier of CALIBRATION.platforms.instagram.tiers) expect(tier.heldOut).toHaveLength(2);
  });
});

describe('the whole estimator on accounts held out from the fit', () => {
  // Simulated audits of 0 to 90% bought accounts and 100 to 5,000 rows, drawn from the held-out source.
  it.each(['x', 'instagram'] as const)(
    'on %s, holds the truth in at least 93% of audits and errs by under 5 points on average',
    (platform) => {
      const rows = computed.platforms[platform].coverage;
      expect(rows.length).toBeGreaterThanOrEqual(2);
      for (const row of rows) {
        expect(row.samples).toBeGreaterThanOrEqual(500);
        expect(row.coverage).toBeGreaterThanOrEqual(0.93);
        expect(row.meanAbsoluteError).toBeLessThan(0.05);
      }
    },
  );
});
