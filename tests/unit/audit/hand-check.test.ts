import { describe, expect, it } from 'vitest';
import {
  canCombine,
  doubleSampleOf,
  handCheckAccounts,
  profileUrl,
  type HandCheckAccount,
} from '../../../src/lib/audit/hand-check';
import type { ListedAccount } from '../../../src/lib/audit/summary';
import { mulberry32 } from '../../../src/lib/stats/seeded';

const account = (line: number, flagged: boolean): ListedAccount => ({
  handle: `h${line}`,
  line,
  score: flagged ? 90 : 10,
  flagged,
  reasons: [],
});
const POOL = {
  flagged: Array.from({ length: 40 }, (_, i) => account(100 + i, true)),
  notFlagged: Array.from({ length: 40 }, (_, i) => account(500 + i, false)),
};

describe('handCheckAccounts', () => {
  it('takes 20 of each group and mixes them, so the owner cannot tell which the rules flagged', () => {
    const accounts = handCheckAccounts(POOL, mulberry32(1));
    expect(accounts).toHaveLength(40);
    expect(accounts.filter((a) => a.group === 'flagged')).toHaveLength(20);
    expect(accounts.slice(0, 20).some((a) => a.group === 'notFlagged')).toBe(true);
    expect(accounts.slice(0, 20).some((a) => a.group === 'flagged')).toBe(true);
  });

  it('takes what a small file has', () => {
    expect(
      handCheckAccounts({ flagged: POOL.flagged.slice(0, 3), notFlagged: [] }, mulberry32(2)),
    ).toHaveLength(3);
  });
});

describe('doubleSampleOf', () => {
  const accounts: HandCheckAccount[] = [
    { ...account(2, true), group: 'flagged' },
    { ...account(3, true), group: 'flagged' },
    { ...account(4, false), group: 'notFlagged' },
    { ...account(5, false), group: 'notFlagged' },
  ];

  it('counts the owner’s verdicts in each group and leaves out “can’t tell”', () => {
    expect(
      doubleSampleOf({ scored: 1000, flagged: 300 }, accounts, {
        2: 'fake',
        3: 'unsure',
        4: 'real',
        5: 'fake',
      }),
    ).toEqual({
      flagged: 300,
      notFlagged: 700,
      checkedFlagged: { fake: 1, real: 0 },
      checkedNotFlagged: { fake: 1, real: 1 },
    });
  });

  it('can combine only once every group with accounts has one judged', () => {
    const summary = { scored: 1000, flagged: 300 };
    expect(canCombine(doubleSampleOf(summary, accounts, { 2: 'fake' }))).toBe(false);
    expect(canCombine(doubleSampleOf(summary, accounts, { 2: 'fake', 4: 'unsure' }))).toBe(false);
    expect(canCombine(doubleSampleOf(summary, accounts, { 2: 'fake', 4: 'real' }))).toBe(true);
    expect(canCombine(doubleSampleOf({ scored: 1000, flagged: 0 }, accounts, { 4: 'real' }))).toBe(true);
  });
});

describe('profileUrl', () => {
  it.each([
    ['x', 'maple_crumb', 'https://x.com/maple_crumb'],
    ['instagram', 'lena.rides', 'https://www.instagram.com/lena.rides/'],
    ['x', 'javascript:alert(1)', undefined],
    ['instagram', '../../settings', undefined],
    ['x', 'a'.repeat(16), undefined],
    ['other', 'anyone', undefined],
  ] as const)('links %s account %j to %j', (platform, handle, url) => {
    expect(profileUrl(platform, handle)).toBe(url);
  });
});
