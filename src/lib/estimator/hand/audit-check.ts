import { doubleSampledShare, type DoubleSample } from '../../stats/double-sampling';
import type { Uniform } from '../../stats/draws';
import type { ErrorRates } from '../../stats/misclassification';
import { mulberry32, seedFrom, shuffled } from '../../stats/seeded';
import type { AuditSummary, ListedAccount } from '../audit/summary';
import type { HandAnswers } from './answers';
import type { SimulatedOwner } from './owner';

/** Accounts come to be checked in batches of this many: about five minutes at 15 seconds each. */
// own: a batch a busy owner can finish in one sitting.
export const HAND_CHECK_BATCH = 20;
/** The most accounts the check offers: six batches, about half an hour. */
// own: past 100 accounts a batch narrows the range by about a point (see the calibration's hand-check figures).
export const MAX_HAND_CHECK = 120;
// own: every group with accounts gets at least this many in the first batch, so the two combine at once.
const FIRST_PER_GROUP = 2;

export type HandCheckGroup = 'flagged' | 'notFlagged';

export interface HandCheckAccount extends ListedAccount {
  group: HandCheckGroup;
}

/** What the check needs of each account: where it is in the file, its name and its group. */
export type CheckedAccount = Pick<HandCheckAccount, 'handle' | 'line' | 'group'>;

/** What the automatic estimate says before any account is checked: where the draws are first sent. */
export interface HandCheckPrior {
  share: number;
  sensitivity: number;
  falsePositiveRate: number;
}

type GroupCounts = Pick<AuditSummary, 'scored' | 'flagged'>;

/** The share of each group the automatic estimate expects to be fake. */
function expectedFakeShares(summary: GroupCounts, prior: HandCheckPrior): Record<HandCheckGroup, number> {
  const flaggedShare = summary.scored === 0 ? 0 : summary.flagged / summary.scored;
  const fraction = (part: number, whole: number) =>
    whole <= 0 ? 0.5 : Math.min(1, Math.max(0, part / whole));
  return {
    flagged: fraction(prior.share * prior.sensitivity, flaggedShare),
    notFlagged: fraction(prior.share * (1 - prior.sensitivity), 1 - flaggedShare),
  };
}

// own: a group's spread is never taken as below that of a 2% share: a guess of "none fake" can be wrong.
const MIN_SPREAD = Math.sqrt(0.02 * 0.98);
// own: what the automatic estimate's guess of a group's share is worth, in answers.
const PRIOR_ANSWERS = 2;

/**
 * How many of `total` checks each group should have, by Neyman's allocation (J R Stat Soc 97, 1934): in
 * proportion to the group's size times the spread of the answers in it, which makes the stratified estimate
 * as narrow as it can be for the total. The spread is √(q(1 − q)), q the share of the group the owner is
 * expected to call fake: the automatic estimate's guess, worth PRIOR_ANSWERS answers, then the answers given.
 */
export function neymanTargets(
  summary: GroupCounts,
  prior: HandCheckPrior,
  judged: Record<HandCheckGroup, { fake: number; real: number }>,
  total: number,
): Record<HandCheckGroup, number> {
  const expected = expectedFakeShares(summary, prior);
  const sizes = { flagged: summary.flagged, notFlagged: summary.scored - summary.flagged };
  const weight = (group: HandCheckGroup) => {
    const { fake, real } = judged[group];
    const q = (fake + PRIOR_ANSWERS * expected[group]) / (fake + real + PRIOR_ANSWERS);
    return sizes[group] * Math.max(MIN_SPREAD, Math.sqrt(q * (1 - q)));
  };
  const flagged = weight('flagged');
  const notFlagged = weight('notFlagged');
  const sum = flagged + notFlagged;
  return sum === 0
    ? { flagged: 0, notFlagged: 0 }
    : { flagged: (total * flagged) / sum, notFlagged: (total * notFlagged) / sum };
}

/** How many accounts the hand check can offer for a file: all of a small one, MAX_HAND_CHECK of a large one. */
export function handCheckAvailable(summary: GroupCounts): number {
  const flagged = Math.min(summary.flagged, MAX_HAND_CHECK);
  const notFlagged = Math.min(summary.scored - summary.flagged, MAX_HAND_CHECK);
  return Math.min(MAX_HAND_CHECK, flagged + notFlagged);
}

/** The counts double sampling needs: the whole file's two groups and what the owner found in each. */
export function doubleSampleOf(
  summary: GroupCounts,
  accounts: readonly CheckedAccount[],
  answers: HandAnswers,
): DoubleSample {
  const sample: DoubleSample = {
    flagged: summary.flagged,
    notFlagged: summary.scored - summary.flagged,
    checkedFlagged: { fake: 0, real: 0 },
    checkedNotFlagged: { fake: 0, real: 0 },
  };
  for (const account of accounts) {
    const answer = answers[account.line];
    if (answer === undefined || answer === 'unsure') continue;
    const group = account.group === 'flagged' ? sample.checkedFlagged : sample.checkedNotFlagged;
    group[answer]++;
  }
  return sample;
}

/**
 * The next batch of accounts to check: up to HAND_CHECK_BATCH not yet drawn, from each group's random pool,
 * shared out so that each group reaches its Neyman target (at least FIRST_PER_GROUP each), then shuffled with
 * `uniform` so that the owner judges each account without knowing what the rules said of it: her verdict then
 * rests on what she sees, not on theirs (she may still notice the same things they do). Accounts already
 * drawn, answered or not, count towards their group.
 */
export function nextBatch(
  pool: AuditSummary['handCheckPool'],
  summary: GroupCounts,
  prior: HandCheckPrior,
  drawn: readonly CheckedAccount[],
  answers: HandAnswers,
  uniform: Uniform,
): CheckedAccount[] {
  const taken = new Set(drawn.map((account) => account.line));
  const left = {
    flagged: shuffled(
      pool.flagged.filter((account) => !taken.has(account.line)),
      uniform,
    ),
    notFlagged: shuffled(
      pool.notFlagged.filter((account) => !taken.has(account.line)),
      uniform,
    ),
  };
  const size = Math.min(
    HAND_CHECK_BATCH,
    MAX_HAND_CHECK - drawn.length,
    left.flagged.length + left.notFlagged.length,
  );
  if (size <= 0) return [];
  const sample = doubleSampleOf(summary, drawn, answers);
  const targets = neymanTargets(
    summary,
    prior,
    { flagged: sample.checkedFlagged, notFlagged: sample.checkedNotFlagged },
    drawn.length + size,
  );
  const have = {
    flagged: drawn.filter((account) => account.group === 'flagged').length,
    notFlagged: drawn.filter((account) => account.group === 'notFlagged').length,
  };
  const groups: HandCheckGroup[] = ['flagged', 'notFlagged'];
  const batch: CheckedAccount[] = [];
  for (let slot = 0; slot < size; slot++) {
    // The group furthest below its target takes the slot; one below the first-batch minimum goes first.
    const deficit = (group: HandCheckGroup) =>
      left[group].length === 0
        ? -Infinity
        : have[group] < FIRST_PER_GROUP
          ? Infinity
          : targets[group] - have[group];
    const group = groups.reduce((a, b) => (deficit(b) > deficit(a) ? b : a));
    const account = left[group].shift()!;
    batch.push({ handle: account.handle, line: account.line, group });
    have[group]++;
  }
  return shuffled(batch, uniform);
}

/** The accounts of every batch the owner has answered in full: what the estimate rests on. */
export function answeredBatches(accounts: readonly CheckedAccount[], answers: HandAnswers): CheckedAccount[] {
  const done: CheckedAccount[] = [];
  for (let start = 0; start < accounts.length; start += HAND_CHECK_BATCH) {
    const batch = accounts.slice(start, start + HAND_CHECK_BATCH);
    if (!batch.every((account) => answers[account.line] !== undefined)) break;
    done.push(...batch);
  }
  return done;
}

/** Whether every group that has accounts has at least one judged: only then can the two be combined. */
export function canCombine(sample: DoubleSample): boolean {
  const judged = (count: { fake: number; real: number }) => count.fake + count.real > 0;
  return (
    (sample.flagged === 0 || judged(sample.checkedFlagged)) &&
    (sample.notFlagged === 0 || judged(sample.checkedNotFlagged))
  );
}

/** Answers one account the way `owner` would: fake accounts called fake at her catch rate, people at her error rate. */
export function ownerAnswer(fake: boolean, owner: SimulatedOwner, uniform: Uniform): 'fake' | 'real' {
  return uniform() < (fake ? owner.sensitivity : owner.falsePositiveRate) ? 'fake' : 'real';
}

// own: enough simulated checks for a median width good to a point or two: the projection says "about".
const PROJECTED_AUDITS = 16;
const PROJECTED_DRAWS = 2000; // own: half the draws of a shown range: the median width needs fewer.

/**
 * How wide the hand-checked range would be after `accounts` answers on this file, if the automatic estimate
 * is about right: answers are simulated for an owner at `owner`'s rates, drawn by the same Neyman shares, and
 * the median width of the ranges they give is returned. Seeded by the counts, so a file always gets the same
 * projection.
 */
export function projectedWidths(
  summary: GroupCounts,
  prior: HandCheckPrior,
  hand: ErrorRates,
  owner: SimulatedOwner,
  sizes: readonly number[],
): number[] {
  const expected = expectedFakeShares(summary, prior);
  const judged = { flagged: { fake: 0, real: 0 }, notFlagged: { fake: 0, real: 0 } };
  const sizesOf = { flagged: summary.flagged, notFlagged: summary.scored - summary.flagged };
  const uniform = mulberry32(seedFrom([summary.scored, summary.flagged, Math.round(prior.share * 1e6)]));
  // The share the owner calls fake in a group: the fake ones she catches, the real ones she mistakes.
  const calledFake = (group: HandCheckGroup) =>
    expected[group] * owner.sensitivity + (1 - expected[group]) * owner.falsePositiveRate;
  return sizes.map((size) => {
    const targets = neymanTargets(summary, prior, judged, size);
    const take = (group: HandCheckGroup, other: HandCheckGroup) => {
      const want = sizesOf[group] === 0 ? 0 : Math.max(FIRST_PER_GROUP, Math.round(targets[group]));
      return Math.min(sizesOf[group], want, size - (sizesOf[other] === 0 ? 0 : FIRST_PER_GROUP));
    };
    const flagged = take('flagged', 'notFlagged');
    const notFlagged = Math.min(sizesOf.notFlagged, size - flagged);
    const widths = Array.from({ length: PROJECTED_AUDITS }, () => {
      const count = (group: HandCheckGroup, n: number) => {
        let fake = 0;
        for (let i = 0; i < n; i++) if (uniform() < calledFake(group)) fake++;
        return { fake, real: n - fake };
      };
      const estimate = doubleSampledShare(
        {
          flagged: summary.flagged,
          notFlagged: summary.scored - summary.flagged,
          checkedFlagged: count('flagged', flagged),
          checkedNotFlagged: count('notFlagged', notFlagged),
        },
        hand,
        PROJECTED_DRAWS,
      );
      return estimate.high - estimate.low;
    }).sort((a, b) => a - b);
    return widths[PROJECTED_AUDITS / 2]!;
  });
}
