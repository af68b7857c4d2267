import { formatCount, formatPercent, formatRate } from '../../numbers/format';
import { PLATFORM_NAMES } from '../../platforms';
import type { Benchmark } from './benchmarks';

export type GapPosition = 'far-below' | 'below' | 'within' | 'above' | 'far-above';

export interface EngagementReading {
  position: GapPosition;
  /** rate / benchmark.typical */
  ratio: number;
  headline: string;
  /** The rate set beside the benchmark, in plain words and without any judgement yet. */
  comparison: string;
  /** Ordinary reasons for the gap, named before any suspicion; empty when there is no gap to explain. */
  innocentCauses: string[];
  /** What the gap is consistent with, suspicion included: read after the innocent causes. */
  meaning: string;
  whatItDoesNotMean: string;
}

// Where the thresholds sit, and why. The band low..high is where most ordinary accounts of this size
// sit (in the tiered tables, the middle three of five bands), so merely falling below `low` or above
// `high` happens to plenty of honest accounts: that is 'below' / 'above'. 'far-below' starts at a third
// of `low`; since `low` is already about 0.4 × typical, that is under about 1/7 of the typical rate, a
// gap we judge too big for posting habits alone to explain. 'far-above' mirrors it at three × `high`.
const FAR = 3;

function gapPosition(rate: number, benchmark: Benchmark): GapPosition {
  if (rate < benchmark.low / FAR) return 'far-below';
  if (rate < benchmark.low) return 'below';
  if (rate <= benchmark.high) return 'within';
  if (rate <= benchmark.high * FAR) return 'above';
  return 'far-above';
}

const HEADLINES: Record<GapPosition, string> = {
  'far-below': 'Far fewer likes and comments than usual for an account this size',
  below: 'Fewer likes and comments than usual for an account this size',
  within: 'About the usual likes and comments for an account this size',
  above: 'More likes and comments than usual for an account this size',
  'far-above': 'Far more likes and comments than usual for an account this size',
};

const MEANINGS: Record<GapPosition, string> = {
  'far-below':
    'A gap this large is what you would expect if many followers are fake or no longer use the app. ' +
    'Ordinary reasons can cause it too, so check before you conclude anything.',
  below: 'Some fake or inactive followers could explain this, but plenty of real accounts sit here too.',
  within: 'Nothing here suggests a large share of fake followers.',
  above: 'Usually a sign of an audience that cares about the posts. Now and then it means likes were bought.',
  'far-above':
    'This can be a small, very loyal audience, or posts that travelled far beyond the followers. ' +
    'It can also mean likes or comments were bought, so look at who is liking.',
};

const LOW_CAUSES = [
  'A giveaway brought in prize-hunters who followed for the prize and never came back.',
  'A shout-out from a bigger account brought followers who were curious once, not interested.',
  'An ad campaign brought followers who ignore everyday posts.',
  'The audience is old: many people followed years ago and have moved on.',
  'The account posts rarely, so followers forget it and the app shows its posts less.',
  'The app shows each post to only some of the followers, often a small part of them.',
];

const HIGH_CAUSES = [
  'A small, loyal audience: regular customers who know the business and its people.',
  'Posts were shared, or shown to people who do not follow (TikTok’s For You feed, Instagram Reels).',
  'A contest asked people to like or comment to enter.',
];

const CAUSES: Record<GapPosition, string[]> = {
  'far-below': LOW_CAUSES,
  below: LOW_CAUSES,
  within: [],
  above: HIGH_CAUSES,
  'far-above': HIGH_CAUSES,
};

const LOW_LIMITS =
  'It does not prove the followers are fake. Only looking at the followers themselves can show that: ' +
  'check a random sample of them by hand.';
const NOT_MEANINGS: Record<GapPosition, string> = {
  'far-below': LOW_LIMITS,
  below: LOW_LIMITS,
  within:
    'It does not prove every follower is real: an account can have some fake followers and still look normal.',
  above: 'It does not prove the likes are real, nor that they were bought.',
  'far-above':
    'It does not prove the likes were bought. Real names, local faces and real questions in the comments are a good sign.',
};

// Beyond this, "about 1/4,000,000" is false precision for a rate read off a phone screen.
const SMALLEST_FRACTION = 1_000;
// And beyond this, "about 4,000,000 times" is a typing slip shown back with false precision.
const MOST_TIMES = 1_000;

function comparison(rate: number, benchmark: Benchmark, ratio: number): string {
  if (rate === 0)
    return 'No likes or comments at all is very rare for an active account with real followers.';
  if (ratio < 1 / SMALLEST_FRACTION)
    return `That is less than 1/${formatCount(SMALLEST_FRACTION)} of the typical rate.`;
  if (ratio < 1 / 1.5) return `That is about 1/${formatCount(Math.round(1 / ratio))} of the typical rate.`;
  if (ratio > MOST_TIMES) return `That is more than ${formatCount(MOST_TIMES)} times the typical rate.`;
  if (ratio > 1.5) return `That is about ${formatCount(Math.round(ratio))} times the typical rate.`;
  return rate < benchmark.typical
    ? 'That is a little under the typical rate.'
    : 'That is at or a little over the typical rate.';
}

/**
 * Puts an engagement rate next to the benchmark for the account's platform and size, in words for a busy
 * owner: where it sits, the ordinary explanations first, then what else it is consistent with, and what it
 * cannot prove.
 */
export function readEngagement(rate: number, benchmark: Benchmark): EngagementReading {
  if (!(rate >= 0 && Number.isFinite(rate))) throw new RangeError(`rate must be 0 or more, got ${rate}`);
  const position = gapPosition(rate, benchmark);
  const ratio = rate / benchmark.typical;
  const platform = PLATFORM_NAMES[benchmark.platform];
  return {
    position,
    ratio,
    headline: HEADLINES[position],
    comparison: [
      rate > 1
        ? `Each post gets more likes and comments than the account has followers (${formatRate(rate)}).`
        : `Each post gets likes and comments from about ${formatPercent(rate)} of the followers.`,
      `${platform} accounts with ${benchmark.tierLabel} usually get between ${formatPercent(benchmark.low)} and`,
      `${formatPercent(benchmark.high)}, typically about ${formatPercent(benchmark.typical)}.`,
      comparison(rate, benchmark, ratio),
    ].join(' '),
    innocentCauses: [...CAUSES[position]],
    meaning: MEANINGS[position],
    whatItDoesNotMean: NOT_MEANINGS[position],
  };
}
