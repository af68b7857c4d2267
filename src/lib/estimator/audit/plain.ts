/*
 * The plain first sentences of the sample audit's results (issue 20): the automatic estimate, the estimate
 * checked by hand, and the one sentence that says which of the two to go by. Built on plain-answer.ts, so the
 * share reads as "about 1 in 5" with its likely range, and no sentence here uses a term from JARGON_TERMS.
 */
import { formatCount, formatPercent } from '../../numbers/format';
import { rateInWords } from '../../numbers/in-words';
import type { Estimate } from '../../stats/proportion';
import { likelyRangeText, MIN_ANSWERS_FOR_RANGE } from '../plain-answer';

type Share = Pick<Estimate, 'share' | 'low' | 'high'>;

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** The automatic estimate: "About 1 in 5 followers in this file look fake (likely between 13% and 26%)." */
export function auditHeadline(estimate: Share, example = false): string {
  const words = rateInWords(estimate.share);
  const sentence = `followers in this file look fake (${likelyRangeText(estimate)}).`;
  return example
    ? `This is a made-up example file: ${words} ${sentence}`
    : `${capitalised(words)} ${sentence}`;
}

/**
 * The estimate checked by hand, from `judged` accounts answered real or fake: no range before
 * MIN_ANSWERS_FOR_RANGE of them, since it would span most of 0-100%.
 */
export function handCheckHeadline(estimate: Share, judged: number): string {
  if (judged < MIN_ANSWERS_FOR_RANGE)
    return `You have called ${judged === 1 ? 'one account' : `${formatCount(judged)} accounts`} real or fake so far: too few to say more than the automatic estimate does.`;
  return `With your ${formatCount(judged)} answers, ${rateInWords(estimate.share)} followers in this file look fake (${likelyRangeText(estimate)}).`;
}

/**
 * Which of the two figures to believe, and why, in one sentence: the hand check once it has enough answers,
 * because it measures the rules on her own followers; before that, the automatic estimate.
 */
export function whichToBelieve(automatic: Share, checked: Share, judged: number): string {
  if (judged < MIN_ANSWERS_FOR_RANGE)
    return `Until you have called at least ${MIN_ANSWERS_FOR_RANGE} accounts real or fake, go by the automatic estimate above.`;
  const same = formatPercent(automatic.share) === formatPercent(checked.share);
  return same
    ? `Both estimates say ${formatPercent(checked.share)}; go by this one all the same, since it was measured on your own followers rather than on other people’s.`
    : `Go by this figure, ${formatPercent(checked.share)}, rather than the automatic ${formatPercent(automatic.share)}: your answers measure the rules on your own followers, while the automatic estimate rests on other people’s.`;
}
