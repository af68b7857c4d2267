/*
 * The plain first sentences of follower history's results (issue 20): what an export says, each burst, the
 * share of followers in unexplained bursts, two exports compared, a pasted series, a shared history and two
 * samples side by side. The example exports are made up, and every sentence about one says so first.
 */
import { MIN_ANSWERS_FOR_RANGE } from '../estimator/plain-answer';
import { countOf, formatCount, formatPercent } from '../numbers/format';
import { rateInWords } from '../numbers/in-words';
import type { Estimate } from '../stats/proportion';
import { formatDays } from './arrivals';

/** How the first sentence about an example export begins. */
export const MADE_UP_EXAMPLE = 'This is a made-up example export';

const burstsPart = (bursts: number) =>
  bursts === 0
    ? 'and they came at a steady pace'
    : `and ${bursts === 1 ? 'one burst stands' : `${formatCount(bursts)} bursts stand`} out`;

/**
 * What an export says, first: "Your Instagram export lists 4,198 followers, and 2 bursts stand out." An example
 * export says it is made up: "This is a made-up example export: it lists 4,198 Instagram followers, ...".
 */
export function exportHeadline({
  platform,
  total,
  dated,
  bursts,
  example = false,
}: {
  /** The platform's name as shown. */
  platform: string;
  total: number;
  /** Whether the export gives follow dates. */
  dated: boolean;
  bursts: number;
  example?: boolean;
}): string {
  const rest =
    total === 0 ? '' : dated ? `, ${burstsPart(bursts)}` : ', with no dates to show when they came';
  if (example)
    return `${MADE_UP_EXAMPLE}: it lists ${total === 0 ? 'no' : formatCount(total)} ${platform} followers${rest}.`;
  return `Your ${platform} export lists ${total === 0 ? 'no followers' : countOf(total, 'follower')}${rest}.`;
}

/** One burst, first: "950 new followers in one day, where a usual day brings about 12." */
export function burstHeadline(burst: { start: number; end: number; arrived: number; usual: number }): string {
  const days = burst.end - burst.start + 1;
  const arrived = Math.round(burst.arrived);
  return `${countOf(arrived, 'new follower')} in ${days === 1 ? 'one day' : `${formatCount(days)} days`}, where ${days === 1 ? 'a usual day brings' : `${formatCount(days)} usual days bring`} about ${formatCount(Math.round(burst.usual))}.`;
}

/**
 * The followers in bursts nobody has explained, as a share of everyone: from those above the burst bar to
 * everyone who came on those days, read as one figure when both ends round alike ("about 21%", never "between
 * 21% and 21%"), the rule likelyRangeText follows. Not called likely: its ends are counts, not chances.
 */
export function burstShareText(
  share: { low: number; mid: number; high: number },
  total: number,
  untouched: boolean,
): string {
  const [low, mid, high] = [share.low, share.mid, share.high].map((count) => formatPercent(count / total));
  const which = untouched ? 'bursts you have not explained yet' : 'the bursts you have not explained';
  const range = low === high ? '' : ` (between ${low} and ${high})`;
  return `About ${mid} of today’s ${countOf(total, 'follower')} came in ${which}${range}. That says where to look, not that they are fake.`;
}

/** Two exports compared, first: "Between the two exports, 820 followers left and 40 came." */
export function comparisonHeadline(comparison: { left: number; came: number }): string {
  const { left, came } = comparison;
  if (left === 0 && came === 0) return 'Between the two exports, nobody left and nobody came.';
  return `Between the two exports, ${countOf(left, 'follower')} left and ${formatCount(came)} came.`;
}

/** A pasted series of counts, first: "One jump stands out, on 9 Feb 2026." */
export function seriesHeadline(bursts: readonly { start: number; end: number }[]): string {
  if (bursts.length === 0) return 'No jump stands out: the count grew at a steady pace.';
  const when = bursts.map((burst) => formatDays(burst.start, burst.end));
  if (when.length === 1) return `One jump stands out, on ${when[0]}.`;
  return `${formatCount(when.length)} jumps stand out: ${when.slice(0, -1).join('; ')} and ${when.at(-1)}.`;
}

/** A history someone shared, first: "The sender’s Instagram export listed 4,198 followers, and 2 bursts stood out." */
export function sharedHeadline({
  platform,
  total,
  dated,
  bursts,
}: {
  platform: string;
  total: number;
  dated: boolean;
  bursts: number;
}): string {
  const rest = !dated
    ? ', with no follow dates'
    : bursts === 0
      ? ', and they came at a steady pace'
      : `, and ${bursts === 1 ? 'one burst' : `${formatCount(bursts)} bursts`} stood out`;
  return `The sender’s ${platform} export listed ${countOf(total, 'follower')}${rest}.`;
}

/** A sample's estimate with how many accounts in it were called real or fake. */
export interface JudgedSample {
  estimate: Pick<Estimate, 'share' | 'low' | 'high'>;
  judged: number;
}

/**
 * Two samples side by side (the burst's and everyone's), first: whether the burst looks different. No ranges
 * are compared before each sample has MIN_ANSWERS_FOR_RANGE accounts called real or fake.
 */
export function samplesHeadline(all: JudgedSample, burst: JudgedSample): string {
  if (Math.min(all.judged, burst.judged) < MIN_ANSWERS_FOR_RANGE)
    return `Call at least ${MIN_ANSWERS_FOR_RANGE} accounts in each sample real or fake, and the two can be compared.`;
  const apart = burst.estimate.low > all.estimate.high || burst.estimate.high < all.estimate.low;
  if (!apart)
    return 'These samples cannot yet tell the burst from the rest of your followers: check more of the burst before deciding anything.';
  const more = burst.estimate.share > all.estimate.share;
  return `The burst looks ${more ? 'faker' : 'more real'} than your followers as a whole: ${rateInWords(burst.estimate.share)} of its sample look fake, against ${rateInWords(all.estimate.share)} of everyone’s.`;
}
