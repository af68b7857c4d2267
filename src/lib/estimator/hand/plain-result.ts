import { formatPercent } from '../../numbers/format';
import type { CorrectedEstimate } from '../../stats/misclassification';
import { fakeShareSentence, MIN_ANSWERS_FOR_RANGE } from '../plain-answer';

/**
 * A hand check's result in words, first sentence first (issue 20): how many followers were judged and, from
 * five on, the fake share with its likely range; then the raw count, and which of the two figures to believe.
 */

/** Who judged the accounts: the reader, or whoever sent a shared history. */
export type HandJudge = 'you' | 'sender';

const judgedBy = (judge: HandJudge) => (judge === 'you' ? 'you judged' : 'the sender judged');

/**
 * The headline: with fewer than five judged followers, how many there are and how many more bring a likely
 * range; from five on, "About 1 in 20 followers look fake (likely between 0% and 50%)."
 */
export function handCheckHeadline(
  judged: number,
  estimate: Pick<CorrectedEstimate, 'share' | 'low' | 'high'> | undefined,
  judge: HandJudge = 'you',
): string {
  if (judged >= MIN_ANSWERS_FOR_RANGE && estimate) return fakeShareSentence(estimate);
  const more = MIN_ANSWERS_FOR_RANGE - judged;
  if (judge === 'sender')
    return judged === 0
      ? 'The sender could not judge any follower as real or fake, so there is no estimate.'
      : `The sender judged only ${judged} ${judged === 1 ? 'follower' : 'followers'}: too few for a likely range, which needs ${MIN_ANSWERS_FOR_RANGE}.`;
  return judged === 0
    ? `You have not judged a follower as real or fake yet: judge ${MIN_ANSWERS_FOR_RANGE} and a likely range appears.`
    : `You have judged ${judged} ${judged === 1 ? 'follower' : 'followers'} so far: judge ${more} more and a likely range appears.`;
}

/** The raw count: "1 of the 10 followers you judged looked fake (10%)." No share below five. */
export function rawShareSentence(fake: number, judged: number, judge: HandJudge = 'you'): string {
  if (judged === 1) return `The one follower ${judgedBy(judge)} looked ${fake === 1 ? 'fake' : 'real'}.`;
  const share = judged >= MIN_ANSWERS_FOR_RANGE ? ` (${formatPercent(fake / judged)})` : '';
  return `${fake} of the ${judged} followers ${judgedBy(judge)} looked fake${share}.`;
}

/**
 * When the raw share and the estimate read differently, which to believe and why; otherwise undefined. The
 * estimate corrects for the judge's own mistakes: below about a third fake it comes out lower (some real
 * followers get marked fake), above it higher (some fake ones get missed).
 */
export function whichToBelieve(estimate: Pick<CorrectedEstimate, 'share' | 'raw'>): string | undefined {
  const [raw, best] = [formatPercent(estimate.raw.share), formatPercent(estimate.share)];
  if (raw === best) return undefined;
  const why =
    estimate.share < estimate.raw.share
      ? 'people mark some real followers as fake by mistake, and the estimate takes those out'
      : 'people miss some fake followers, and the estimate adds those back';
  return `Go by the estimate, ${best}, not the raw ${raw}: ${why}.`;
}
