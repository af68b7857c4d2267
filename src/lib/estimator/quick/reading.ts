import { formatCount, formatPercent, formatRate } from '../../numbers/format';
import { PLATFORM_NAMES } from '../../platforms';
import type { Benchmark } from './benchmarks';
import type { AccountKind } from './quick-check';

export type GapPosition = 'far-below' | 'below' | 'within' | 'above' | 'far-above';

export interface EngagementReading {
  position: GapPosition;
  /** rate / benchmark.typical */
  ratio: number;
  /** The plain first sentence: where the rate sits, against what, with no number and no statistics term. */
  headline: string;
  /** The rate set beside the benchmark, in plain words and without any judgement yet. */
  comparison: string;
  /** Ordinary reasons for a low rate, named before any suspicion; empty unless the rate is low. */
  innocentCauses: string[];
  /** What the rate is consistent with, read after the innocent causes. */
  meaning: string;
  /** What a rate can and cannot tell: never that the followers are real, never that they are fake. */
  limits: string;
}

// Where the thresholds sit, and why. For a business the band low..high is where we take most brand accounts
// to sit (0.4 to 2.5 times the median, see benchmarks.ts), so merely falling below `low` or above `high`
// happens to plenty of honest accounts: that is 'below' / 'above'. 'far-below' starts at a third of `low`;
// since `low` is already 0.4 × typical, that is under about 1/7 of the typical rate, a gap we judge too big
// for posting habits alone to explain. 'far-above' mirrors it at three × `high`. For a creator the band
// starts at the guide's floor, the brand median itself: below the floor is below, a third of it far below.
const FAR = 3;

function gapPosition(rate: number, benchmark: Benchmark, account: AccountKind): GapPosition {
  const low = account === 'creator' ? benchmark.typical : benchmark.low;
  if (rate < low / FAR) return 'far-below';
  if (rate < low) return 'below';
  if (rate <= benchmark.high) return 'within';
  if (rate <= benchmark.high * FAR) return 'above';
  return 'far-above';
}

const isLow = (position: GapPosition) => position === 'far-below' || position === 'below';

const LIKES = 'likes and comments per follower';

function headline(position: GapPosition, account: AccountKind, platform: string): string {
  if (account === 'creator') {
    const floor = `the guide’s floor for creators on ${platform}`;
    const creator: Record<GapPosition, string> = {
      'far-below': `This creator is far below ${floor}.`,
      below: `This creator is below ${floor}.`,
      within: `This creator clears ${floor}.`,
      above: `This creator is well above ${floor}.`,
      'far-above': `This creator is far above ${floor}.`,
    };
    return creator[position];
  }
  const usual = `is usual for brands on ${platform}`;
  const business: Record<GapPosition, string> = {
    'far-below': `This account gets far fewer ${LIKES} than ${usual}.`,
    below: `This account gets fewer ${LIKES} than ${usual}.`,
    within: `This account gets about the usual ${LIKES} for brands on ${platform}.`,
    above: `This account gets more ${LIKES} than ${usual}.`,
    'far-above': `This account gets far more ${LIKES} than ${usual}.`,
  };
  return business[position];
}

const MEANINGS: Record<AccountKind, Record<GapPosition, string>> = {
  business: {
    'far-below':
      'A gap this large is what you would expect if many followers are fake or no longer use the app. ' +
      'Ordinary reasons can cause it too, so check before you conclude anything.',
    below: 'Some fake or inactive followers could explain this, but plenty of real accounts sit here too.',
    within: 'The followers respond about as often as a typical brand’s do.',
    above: 'Often a sign of followers who know the business and care about its posts.',
    'far-above':
      'This can be a small, very loyal audience, or posts that travelled far beyond the followers, ' +
      'through shares or the app’s recommendations.',
  },
  creator: {
    'far-below':
      'A gap this large is what you would expect if many of the creator’s followers are fake or no longer ' +
      'use the app. Ordinary reasons can cause it too, so ask the creator before you conclude anything.',
    below:
      'Most of the followers do not respond, so a paid post would reach few people who care. Ask the ' +
      'creator about the reasons above before you decide.',
    within:
      'The guide treats this as the least to expect: a creator who only just clears it has an audience ' +
      'that mostly does not respond.',
    above: 'The followers respond more than the least the guide expects of a creator.',
    'far-above':
      'Posts may travel beyond the followers, through shares or the app’s recommendations, so compare ' +
      'with the reach the creator’s own statistics show.',
  },
};

const LOW_CAUSES = [
  'A giveaway brought in prize-hunters who followed for the prize and never came back.',
  'A shout-out from a bigger account brought followers who were curious once, not interested.',
  'An ad campaign brought followers who ignore everyday posts.',
  'The audience is old: many people followed years ago and have moved on.',
  'The account posts rarely, so followers forget it and the app shows its posts less.',
  'The app shows each post to only some of the followers, often a small part of them.',
];

const CHECK_BY_HAND = 'Only the followers themselves can tell: check a random sample of them by hand.';
const LOW_LIMITS = `It does not prove the followers are fake: a rate cannot tell fake followers from real ones who stopped looking. ${CHECK_BY_HAND}`;
const USUAL_LIMITS = `It cannot rule out fake followers: an account can have some and still get a rate like this. ${CHECK_BY_HAND}`;

// Beyond this, "about 1/4,000,000" is false precision for a rate read off a phone screen.
const SMALLEST_FRACTION = 1_000;
// And beyond this, "about 4,000,000 times" is a typing slip shown back with false precision.
const MOST_TIMES = 1_000;

function howFar(rate: number, benchmark: Benchmark, ratio: number, against: string): string {
  if (rate === 0)
    return 'No likes or comments at all is very rare for an active account with real followers.';
  if (ratio < 1 / SMALLEST_FRACTION)
    return `That is less than 1/${formatCount(SMALLEST_FRACTION)} of ${against}.`;
  if (ratio < 1 / 1.5) return `That is about 1/${formatCount(Math.round(1 / ratio))} of ${against}.`;
  if (ratio > MOST_TIMES) return `That is more than ${formatCount(MOST_TIMES)} times ${against}.`;
  if (ratio > 1.5) return `That is about ${formatCount(Math.round(ratio))} times ${against}.`;
  return rate < benchmark.typical
    ? `That is a little under ${against}.`
    : `That is at or a little over ${against}.`;
}

function comparison(rate: number, benchmark: Benchmark, ratio: number, account: AccountKind): string {
  const platform = PLATFORM_NAMES[benchmark.platform];
  const typical = formatPercent(benchmark.typical);
  const own =
    rate > 1
      ? `Each post gets more likes and comments than the account has followers (${formatRate(rate)}).`
      : `Each post gets likes and comments from about ${formatPercent(rate)} of the followers.`;
  const against =
    account === 'creator'
      ? `The guide’s floor for creators on ${platform} is ${typical}, the typical brand’s rate: people choose to follow a creator, so the followers should respond at least as well as a shop’s.`
      : `The typical brand on ${platform} gets ${typical}: one median for all brands with ${benchmark.describes}, not a figure for this account’s size. We count ${formatPercent(benchmark.low)} to ${formatPercent(benchmark.high)} as usual.`;
  const gap = howFar(rate, benchmark, ratio, account === 'creator' ? 'the floor' : 'the typical rate');
  return `${own} ${against} ${gap}`;
}

/**
 * Puts an engagement rate next to the benchmark for the account's platform, in words for a busy owner: one
 * plain sentence, then where it sits, the ordinary explanations first (only for a low rate), what else it
 * is consistent with, and what a rate cannot tell. A creator's rate is read against the influencer guide's
 * floor (the brand median), never praised in a shop's words.
 */
export function readEngagement(
  rate: number,
  benchmark: Benchmark,
  account: AccountKind = 'business',
): EngagementReading {
  if (!(rate >= 0 && Number.isFinite(rate))) throw new RangeError(`rate must be 0 or more, got ${rate}`);
  const position = gapPosition(rate, benchmark, account);
  const ratio = rate / benchmark.typical;
  return {
    position,
    ratio,
    headline: headline(position, account, PLATFORM_NAMES[benchmark.platform]),
    comparison: comparison(rate, benchmark, ratio, account),
    innocentCauses: isLow(position) ? [...LOW_CAUSES] : [],
    meaning: MEANINGS[account][position],
    limits: isLow(position) ? LOW_LIMITS : USUAL_LIMITS,
  };
}
