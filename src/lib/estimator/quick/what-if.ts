import { formatCount, formatRate } from '../../numbers/format';
import { engagementRate } from './rate';
import type { AccountKind } from './quick-check';

/**
 * The engagement rate after `bought` followers who never like or comment join: the same likes and comments
 * spread over more followers. Bought followers are accounts that do nothing, which is what sellers deliver.
 */
export function rateAfterBuying(
  input: { followers: number; likes: number; comments: number },
  bought: number,
): number {
  if (!(bought >= 0 && Number.isFinite(bought))) {
    throw new RangeError(`bought followers must be 0 or more, got ${bought}`);
  }
  return engagementRate({ ...input, followers: input.followers + bought });
}

/**
 * The what-if in one plain sentence: "Add 5,000 followers who never like or comment: your 1.2% becomes
 * 0.38%." A creator's account is "their" rate, not the reader's.
 */
export function whatIfSentence(
  input: { followers: number; likes: number; comments: number },
  bought: number,
  account: AccountKind = 'business',
): string {
  const before = formatRate(engagementRate(input));
  const after = formatRate(rateAfterBuying(input, bought));
  const whose = account === 'creator' ? 'their' : 'your';
  const who = bought === 1 ? 'follower who never likes or comments' : 'followers who never like or comment';
  return `Add ${formatCount(bought)} ${who}: ${whose} ${before} becomes ${after}.`;
}

/** Said under the what-if: what it shows, and what it cannot show read backwards. */
export const WHAT_IF_NOTE =
  'Bought followers swell the count but never like, comment or buy, so the rate falls. A low rate alone cannot say whether that is why: ordinary reasons lower it too.';
