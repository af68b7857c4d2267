import { describe, expect, it } from 'vitest';
import { accountOverTime, pairsNotToCompare, PURGED } from '../../fixtures/compare-exports.mjs';
import { EXAMPLE_BOUGHT } from '../../fixtures/synthetic-exports.mjs';
import { localDay } from '../../../src/lib/history/arrivals';
import {
  compareExports,
  identityFromName,
  identityOf,
  type ExportToCompare,
} from '../../../src/lib/history/compare';
import { readExport } from '../../../src/lib/history/read-export';
import { summariseExport } from '../../../src/lib/history/summary';

async function toCompare({ name, data }: { name: string; data: Buffer }): Promise<ExportToCompare> {
  const reading = await readExport([new File([new Uint8Array(data)], name)]);
  const summary = summariseExport(reading, name);
  return { label: name, identity: identityOf([name], reading), reading, bursts: summary.bursts };
}

describe('identityFromName', () => {
  it('reads the account and date Meta and X put in a download’s name', () => {
    expect(identityFromName('instagram-Fern.Bakes-2026-03-20-AbCd1234.zip')).toEqual({
      account: 'fern.bakes',
      day: Date.UTC(2026, 2, 20) / 86_400_000,
      fromName: true,
    });
    expect(identityFromName('twitter-2026-11-02-0a1b2c.zip').day).toBe(Date.UTC(2026, 10, 2) / 86_400_000);
    expect(identityFromName('instagram-fern-2026-02-30-x.zip').day).toBeUndefined();
    expect(identityFromName('followers_1.json')).toEqual({ fromName: false });
  });

  it('takes no date a history cannot hold, so a saved comparison is never refused for it', () => {
    expect(identityFromName('instagram-fern-1999-03-20-x.zip').day).toBeUndefined();
    expect(identityFromName('twitter-2199-01-01-0a1b2c.zip').day).toBeUndefined();
  });
});

describe('compareExports', async () => {
  const { earlier, later, expected } = accountOverTime();
  const [a, b] = await Promise.all([toCompare(earlier), toCompare(later)]);

  it('counts who left and who came, in either order of choosing', () => {
    for (const [first, second] of [
      [a, b],
      [b, a],
    ] as const) {
      const result = compareExports(first, second);
      if (!result.ok) throw new Error(result.problem);
      expect(result.comparison.earlier.label).toBe(earlier.name);
      expect(result.comparison.left).toBe(expected.left);
      expect(result.comparison.came).toBe(expected.came);
      expect(result.comparison.later.total - result.comparison.earlier.total).toBe(
        expected.came - expected.left,
      );
      expect(result.leftNames.length).toBe(Math.min(200, expected.left));
    }
  });

  it('shows the purged batch as most of a burst gone, beside the ordinary loss of everyone else', () => {
    const result = compareExports(a, b);
    if (!result.ok) throw new Error(result.problem);
    const bought = result.comparison.bursts.find(
      (burst) =>
        burst.start <= localDay(EXAMPLE_BOUGHT.day + 4 * 3600_000) &&
        burst.end >= localDay(EXAMPLE_BOUGHT.day + 4 * 3600_000),
    )!;
    expect(bought.gone).toBeGreaterThanOrEqual(PURGED - 10);
    expect(bought.gone / bought.arrived).toBeGreaterThan(0.7);
    const { ordinary } = result.comparison;
    expect(ordinary.gone / ordinary.of).toBeGreaterThan(0.03);
    expect(ordinary.gone / ordinary.of).toBeLessThan(0.08);
    const weekly = result.comparison.weekly!;
    expect(weekly.before.reduce((sum, v) => sum + v, 0)).toBe(expected.earlierTotal);
    expect(weekly.before.every((v, i) => weekly.still[i]! <= v)).toBe(true);
  });

  it('refuses two accounts, or two exports of the same day, and compares nothing', async () => {
    const { twoAccounts, sameDay } = pairsNotToCompare();
    const accounts = compareExports(await toCompare(twoAccounts[0]!), await toCompare(twoAccounts[1]!));
    expect(accounts).toEqual({
      ok: false,
      problem: expect.stringMatching(/two different accounts \(fern\.bakes and oat\.rides\)/),
    });
    const day = compareExports(await toCompare(sameDay[0]!), await toCompare(sameDay[1]!));
    expect(day).toEqual({ ok: false, problem: expect.stringMatching(/same day/) });
  });

  it('takes two lists with almost no one in common for two accounts even when the names say nothing', async () => {
    const other = { ...b, identity: { dated: 'latest-follow' as const, day: b.identity.day! + 30 } };
    const stranger = {
      ...other,
      reading: {
        ...other.reading,
        followers: { ...other.reading.followers, names: other.reading.followers.names.map((n) => `${n}x`) },
      },
    };
    const result = compareExports(
      { ...a, identity: { dated: 'latest-follow', day: a.identity.day } },
      stranger,
    );
    expect(result).toEqual({ ok: false, problem: expect.stringMatching(/only 0 followers in common/) });
  });
});
