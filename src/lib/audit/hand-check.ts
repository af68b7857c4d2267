import type { DoubleSample } from '../stats/double-sampling';
import { shuffled } from '../stats/seeded';
import type { AuditPlatform } from './plan';
import type { AuditSummary, ListedAccount } from './summary';

/** The owner's verdict on one account checked by hand. */
export type HandAnswer = 'real' | 'fake' | 'unsure';

/** How many accounts of each group the owner is asked to check: about ten minutes at 15 seconds each. */
export const HAND_CHECK_PER_GROUP = 20;

export interface HandCheckAccount extends ListedAccount {
  group: 'flagged' | 'notFlagged';
}

/** What the check needs of each account: where it is in the file, its name and its group. */
export type CheckedAccount = Pick<HandCheckAccount, 'handle' | 'line' | 'group'>;

/**
 * The accounts to check by hand: up to HAND_CHECK_PER_GROUP from each group's random pool, shuffled with
 * `order` (uniform random numbers) so that the owner judges each account without knowing what the
 * rules said of it, which keeps their verdicts independent of the rules'.
 */
export function handCheckAccounts(
  pool: AuditSummary['handCheckPool'],
  order: () => number,
  perGroup: number = HAND_CHECK_PER_GROUP,
): HandCheckAccount[] {
  const accounts: HandCheckAccount[] = [
    ...pool.flagged.slice(0, perGroup).map((account) => ({ ...account, group: 'flagged' as const })),
    ...pool.notFlagged.slice(0, perGroup).map((account) => ({ ...account, group: 'notFlagged' as const })),
  ];
  return shuffled(accounts, order);
}

/** The owner's answers so far, keyed by the account's line in the file. */
export type HandAnswers = Readonly<Record<number, HandAnswer>>;

/** The counts double sampling needs: the whole file's two groups and what the owner found in each. */
export function doubleSampleOf(
  summary: Pick<AuditSummary, 'scored' | 'flagged'>,
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

/** Whether every group that has accounts has at least one judged: only then can the two be combined. */
export function canCombine(sample: DoubleSample): boolean {
  const judged = (count: { fake: number; real: number }) => count.fake + count.real > 0;
  return (
    (sample.flagged === 0 || judged(sample.checkedFlagged)) &&
    (sample.notFlagged === 0 || judged(sample.checkedNotFlagged))
  );
}

// User names as the platforms allow them; anything else gets no link (it could be a path or a script).
const HANDLE_PATTERNS: Partial<Record<AuditPlatform, RegExp>> = {
  x: /^[A-Za-z0-9_]{1,15}$/,
  instagram: /^[A-Za-z0-9._]{1,30}$/,
};

/** The address of an account's public profile, or undefined when the platform or name does not give one. */
export function profileUrl(platform: AuditPlatform, handle: string): string | undefined {
  const pattern = HANDLE_PATTERNS[platform];
  if (!pattern?.test(handle)) return undefined;
  return platform === 'x' ? `https://x.com/${handle}` : `https://www.instagram.com/${handle}/`;
}
