import { minutesToCheck, type HandAnswers } from '../../../../src/lib/estimator/hand/answers';
import { describe, expect, it } from 'vitest';
import {
  answeredBatches,
  canCombine,
  doubleSampleOf,
  HAND_CHECK_BATCH,
  MAX_HAND_CHECK,
  neymanTargets,
  nextBatch,
  ownerAnswer,
  projectedWidths,
  type CheckedAccount,
  type HandCheckPrior,
} from '../../../../src/lib/estimator/hand/audit-check';
import type { ListedAccount } from '../../../../src/lib/estimator/audit/summary';
import {
  assumedSpan,
  HAND_CHECK_OWNER,
  HAND_CHECK_RATES,
  OWNER_FALSE_POSITIVE,
  OWNER_SENSITIVITY,
} from '../../../../src/lib/estimator/hand/owner';
import { mulberry32 } from '../../../../src/lib/stats/seeded';

const account = (line: number, flagged: boolean): ListedAccount => ({
  handle: `h${line}`,
  line,
  score: flagged ? 90 : 10,
  flagged,
  reasons: [],
});
const POOL = {
  flagged: Array.from({ length: MAX_HAND_CHECK }, (_, i) => account(1000 + i, true)),
  notFlagged: Array.from({ length: MAX_HAND_CHECK }, (_, i) => account(5000 + i, false)),
};
// A file of 1,000 followers, 300 flagged; the automatic estimate: a quarter fake, 80% caught, 5% of people flagged.
const SUMMARY = { scored: 1000, flagged: 300 };
const PRIOR: HandCheckPrior = { share: 0.25, sensitivity: 0.8, falsePositiveRate: 0.05 };
const NONE = { fake: 0, real: 0 };
const inGroup = (accounts: readonly CheckedAccount[], group: CheckedAccount['group']) =>
  accounts.filter((a) => a.group === group).length;

describe('nextBatch', () => {
  it('draws a batch of 20 from both groups, mixed so that the owner cannot tell which the rules flagged', () => {
    const batch = nextBatch(POOL, SUMMARY, PRIOR, [], {}, mulberry32(1));
    expect(batch).toHaveLength(HAND_CHECK_BATCH);
    expect(inGroup(batch, 'flagged')).toBeGreaterThanOrEqual(2);
    expect(inGroup(batch, 'notFlagged')).toBeGreaterThanOrEqual(2);
    const firstHalf = batch.slice(0, 10).map((a) => a.group);
    expect(new Set(firstHalf).size).toBe(2);
  });

  it('never draws an account twice, and stops at the most the check offers', () => {
    let drawn: CheckedAccount[] = [];
    const uniform = mulberry32(2);
    for (let i = 0; i < 10; i++) drawn = [...drawn, ...nextBatch(POOL, SUMMARY, PRIOR, drawn, {}, uniform)];
    expect(drawn).toHaveLength(MAX_HAND_CHECK);
    expect(new Set(drawn.map((a) => a.line)).size).toBe(MAX_HAND_CHECK);
  });

  it('takes what a small file has', () => {
    const small = { flagged: POOL.flagged.slice(0, 3), notFlagged: [] };
    expect(nextBatch(small, { scored: 3, flagged: 3 }, PRIOR, [], {}, mulberry32(3))).toHaveLength(3);
  });

  it('sends more checks where the answers are likely to vary, weighed by how many accounts each group holds', () => {
    // Few fakes expected anywhere and a large unflagged group: most checks go there.
    const quiet = { scored: 1000, flagged: 50 };
    const batch = nextBatch(
      POOL,
      quiet,
      { share: 0.04, sensitivity: 0.8, falsePositiveRate: 0.01 },
      [],
      {},
      mulberry32(4),
    );
    expect(inGroup(batch, 'notFlagged')).toBeGreaterThan(inGroup(batch, 'flagged'));
  });

  it('moves the next batch by the answers given: a group found all fake needs fewer checks', () => {
    const first = nextBatch(POOL, SUMMARY, PRIOR, [], {}, mulberry32(5));
    // The flagged accounts all fake, the unflagged split half and half.
    let split = 0;
    const answers: HandAnswers = Object.fromEntries(
      first.map((a) => [a.line, a.group === 'flagged' ? 'fake' : split++ % 2 ? 'fake' : 'real']),
    );
    const second = nextBatch(POOL, SUMMARY, PRIOR, first, answers, mulberry32(6));
    const targets = neymanTargets(
      SUMMARY,
      PRIOR,
      { flagged: { fake: 20, real: 0 }, notFlagged: { fake: 5, real: 5 } },
      40,
    );
    expect(targets.notFlagged).toBeGreaterThan(targets.flagged);
    expect(inGroup(second, 'notFlagged')).toBeGreaterThan(inGroup(second, 'flagged'));
  });
});

describe('neymanTargets', () => {
  it('shares the total in proportion to group size times the spread of the answers', () => {
    // Flagged: 300 x √(0.667 x 0.333) = 141; unflagged: 700 x √(0.071 x 0.929) = 180.
    const targets = neymanTargets(SUMMARY, PRIOR, { flagged: NONE, notFlagged: NONE }, 100);
    expect(targets.flagged + targets.notFlagged).toBeCloseTo(100, 10);
    expect(targets.flagged).toBeCloseTo(43.9, 0);
  });
});

describe('answeredBatches', () => {
  const drawn = [...POOL.flagged.slice(0, 25)].map((a) => ({
    handle: a.handle,
    line: a.line,
    group: 'flagged' as const,
  }));

  it('counts a batch only once every account in it is answered', () => {
    const answers: HandAnswers = Object.fromEntries(drawn.slice(0, 19).map((a) => [a.line, 'real']));
    expect(answeredBatches(drawn, answers)).toHaveLength(0);
    const all: HandAnswers = Object.fromEntries(drawn.slice(0, 22).map((a) => [a.line, 'unsure']));
    expect(answeredBatches(drawn, all)).toHaveLength(20);
  });
});

describe('doubleSampleOf', () => {
  const accounts: CheckedAccount[] = [
    { handle: 'a', line: 2, group: 'flagged' },
    { handle: 'b', line: 3, group: 'flagged' },
    { handle: 'c', line: 4, group: 'notFlagged' },
    { handle: 'd', line: 5, group: 'notFlagged' },
  ];

  it('counts the owner’s verdicts in each group and leaves out “can’t tell”', () => {
    expect(doubleSampleOf(SUMMARY, accounts, { 2: 'fake', 3: 'unsure', 4: 'real', 5: 'fake' })).toEqual({
      flagged: 300,
      notFlagged: 700,
      checkedFlagged: { fake: 1, real: 0 },
      checkedNotFlagged: { fake: 1, real: 1 },
    });
  });

  it('can combine only once every group with accounts has one judged', () => {
    expect(canCombine(doubleSampleOf(SUMMARY, accounts, { 2: 'fake' }))).toBe(false);
    expect(canCombine(doubleSampleOf(SUMMARY, accounts, { 2: 'fake', 4: 'unsure' }))).toBe(false);
    expect(canCombine(doubleSampleOf(SUMMARY, accounts, { 2: 'fake', 4: 'real' }))).toBe(true);
    expect(canCombine(doubleSampleOf({ scored: 1000, flagged: 0 }, accounts, { 4: 'real' }))).toBe(true);
  });
});

describe('ownerAnswer', () => {
  it('calls fakes fake and people real at the owner’s rates', () => {
    const uniform = mulberry32(8);
    const owner = { sensitivity: 0.9, falsePositiveRate: 0.03 };
    const share = (fake: boolean) =>
      Array.from({ length: 20_000 }, () => ownerAnswer(fake, owner, uniform)).filter((a) => a === 'fake')
        .length / 20_000;
    expect(share(true)).toBeCloseTo(0.9, 2);
    expect(share(false)).toBeCloseTo(0.03, 2);
  });
});

describe('projectedWidths', () => {
  it('promises a narrower range the more accounts are checked, the same for the same file', () => {
    const widths = projectedWidths(SUMMARY, PRIOR, HAND_CHECK_RATES, HAND_CHECK_OWNER, [20, 40, 80]);
    expect(widths[0]!).toBeGreaterThan(widths[1]!);
    expect(widths[1]!).toBeGreaterThan(widths[2]!);
    expect(widths[2]!).toBeLessThan(0.3);
    expect(projectedWidths(SUMMARY, PRIOR, HAND_CHECK_RATES, HAND_CHECK_OWNER, [20, 40, 80])).toEqual(widths);
  });
});

describe('minutesToCheck', () => {
  it('says about half a minute an account, and never less than a minute', () => {
    expect(minutesToCheck(1)).toBe(1);
    expect(minutesToCheck(20)).toBe(10);
    expect(minutesToCheck(93)).toBe(47);
  });
});

describe('assumedSpan', () => {
  it('writes the owner’s assumed rates as the pages give them', () => {
    expect(assumedSpan(OWNER_SENSITIVITY)).toBe('80 to 97%');
    expect(assumedSpan(OWNER_FALSE_POSITIVE)).toBe('1 to 10%');
  });
});
