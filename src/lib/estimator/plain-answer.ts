import { formatPercent } from '../numbers/format';
import { rateInWords } from '../numbers/in-words';
import type { Estimate } from '../stats/proportion';

/**
 * The words a result's first sentence may not use: a bakery owner reads the headline, and these belong to
 * the method further down (issue 20). Matched as whole words, any case, except "MAD", matched in capitals.
 */
export const JARGON_TERMS = [
  'interval',
  'percentage point',
  'Rogan',
  'Wilson',
  'MAD',
  'logistic',
  'posterior',
] as const;

/** The jargon terms found in `text`, in list order; empty when the sentence is plain. */
export function jargonIn(text: string): string[] {
  return JARGON_TERMS.filter((term) =>
    term === 'MAD' ? /\bMAD\b/.test(text) : new RegExp(`\\b${term}s?\\b`, 'i').test(text),
  );
}

/** Fewer hand-checked answers than this and a tool shows no likely range: it would span most of 0-100%. */
export const MIN_ANSWERS_FOR_RANGE = 5;

/** The one place the site explains "likely range"; shown once per result, below the headline. */
export const LIKELY_RANGE_GLOSS =
  'The likely range is where the true share falls 19 times out of 20, given how many followers were looked at.';

/**
 * The likely range in words: "likely between 13% and 26%", or "likely about 21%" when both ends round to
 * the same figure (a range whose ends are equal is one figure).
 */
export function likelyRangeText(estimate: Pick<Estimate, 'low' | 'high' | 'share'>): string {
  const low = formatPercent(estimate.low);
  const high = formatPercent(estimate.high);
  return low === high ? `likely about ${low}` : `likely between ${low} and ${high}`;
}

/**
 * The plain first sentence of a fake-share result: "About 1 in 5 followers look fake (likely between 13%
 * and 26%)." `who` names the people counted ("followers", "new followers in the burst").
 */
export function fakeShareSentence(
  estimate: Pick<Estimate, 'low' | 'high' | 'share'>,
  who = 'followers',
): string {
  const words = rateInWords(estimate.share);
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} ${who} look fake (${likelyRangeText(estimate)}).`;
}
