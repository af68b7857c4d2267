import { handAnswerOf, timeToCheck, type HandAnswer } from './answers';
import { handCheckEstimate } from './owner';
import { MOST_FOLLOWERS } from '../../numbers/count';
import { countOf, formatCount } from '../../numbers/format';
import { isRecord, isWholeBetween, readByPosition } from '../../parse/untrusted';
import { plannedSampleSize } from '../../stats/proportion';
import { uniformInt, type RandomSource } from '../../stats/random';

/**
 * The hand spot-check: the owner opens randomly chosen followers one by one and says whether each looks like
 * a real person. This module holds its saved progress (versioned, parsed strictly from storage) and the tally.
 */

/** Margins of error offered, at 95% confidence. Tighter than 5 points means hundreds of accounts by hand. */
// own: our choice of margins.
export const SPOT_MARGINS = [0.05, 0.1, 0.15] as const;
export type SpotMargin = (typeof SPOT_MARGINS)[number];

/**
 * The margin the planner offers first: about 43 accounts at most, about 20 minutes, which fits a phone and a
 * coffee break. The tighter margins stay on offer for an owner with an afternoon to spare.
 */
// own: our choice, so the default fits the twenty minutes a busy owner has (issue 20).
export const SPOT_DEFAULT_MARGIN: SpotMargin = 0.15;

/** One sample size the planner offers: its margin, how many followers, how long, and how wide a range. */
export interface SampleSizeChoice {
  margin: SpotMargin;
  size: number;
  /** "About 21 minutes: 42 followers". */
  label: string;
  /** "likely range up to about 39 points wide" */
  precision: string;
}

/**
 * The sample sizes offered for an account with `followers`, quickest first, each labelled with the time it
 * takes. The width is the likely range's when half the sample looks fake, the widest it gets; it carries the
 * owner's own mistakes as well as the sample's size, so it is wider than twice the planned margin.
 */
export function sampleSizeChoices(followers: number): SampleSizeChoice[] {
  return [...SPOT_MARGINS].reverse().map((margin) => {
    const size = plannedSampleSize({ margin, population: followers });
    const widest = handCheckEstimate(Math.round(size / 2), size);
    const time = timeToCheck(size);
    return {
      margin,
      size,
      label: `${time.charAt(0).toUpperCase()}${time.slice(1)}: ${countOf(size, 'follower')}`,
      precision: `likely range up to about ${Math.round((widest.high - widest.low) * 100)} points wide`,
    };
  });
}

/** How many followers apart the checked ones are when `size` are picked by scrolling a list of `followers`. */
export const spotStep = (followers: number, size: number): number =>
  Math.max(1, Math.floor(followers / size));

/**
 * Every `spotStep`-th position from a random start: the sample an owner can take by scrolling, since no app
 * jumps to a follower by number. Ascending and distinct, all within 1..followers, like a random sample.
 */
export function systematicPositions(followers: number, size: number, random?: RandomSource): number[] {
  if (!Number.isInteger(size) || size < 1 || size > followers)
    throw new RangeError(`size must be a whole number from 1 to ${followers}, got ${size}`);
  const step = spotStep(followers, size);
  const start = 1 + uniformInt(step, random);
  return Array.from({ length: size }, (_, index) => start + index * step);
}

/** "57th", "883rd", "2nd": an ordinal for "every 57th follower". */
function ordinal(value: number): string {
  const [lastTwo, last] = [value % 100, value % 10];
  const suffix =
    lastTwo >= 11 && lastTwo <= 13 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return `${formatCount(value)}${suffix}`;
}

/**
 * How to take the sample by scrolling, in two sentences: which followers to check, and the bias of doing so
 * (the app orders the list, so a sample that stops early covers only the part it shows first).
 */
export function scrollingPlan(followers: number, size: number): { how: string; bias: string } {
  const step = spotStep(followers, size);
  const every = step === 1 ? 'every follower' : `every ${ordinal(step)} follower`;
  return {
    how:
      step === 1
        ? `Follower lists have no way to jump to a number, so you pick by scrolling: check ${every} in the list, in the order the app shows them.`
        : `Follower lists have no way to jump to a number, so you pick by scrolling: check ${every} in the list, in the order the app shows them, starting from a number between 1 and ${formatCount(step)} that the tool draws at random.`,
    bias: `The app decides that order, so ${every} covers all ${formatCount(followers)} only if you scroll to the end of the list; stop early and you have checked only the followers it shows first.`,
  };
}

/** Where the next follower to check is, counted from the one before it in the list (or from the top). */
export function stopInstruction(position: number, previous: number | undefined): string {
  return previous === undefined
    ? `Open the follower list and count ${countOf(position, 'follower')} from the top: number ${formatCount(position)} is your first stop.`
    : `From number ${formatCount(previous)}, scroll on and count ${formatCount(position - previous)} more, to number ${formatCount(position)}.`;
}

/** A sample larger than this is not a hand check any more; the sample audit is the tool for that. */
// own: our limit.
export const MAX_SPOT_SAMPLE = 1_000;

/** Signs to look for on each sampled account; ticking them helps the owner decide, the answer is theirs. */
export const SPOT_SIGNS = [
  {
    id: 'few-followers',
    label: 'Fewer than 30 followers',
    // source: Cresci et al. 2015, Fame for sale, Table 8: “followers ≥ 30”, the best single rule (MCC 0.77).
    why: 'The best single sign in a study of bought followers, but plenty of ordinary people have few followers too: weigh it with the others.',
  },
  {
    id: 'few-posts',
    label: 'Fewer than 50 posts',
    // source: Cresci et al. 2015, Table 8: “tweets ≥ 50”, second-best single rule (MCC 0.74).
    why: 'Bought accounts rarely post; a real account that has been around a while usually has.',
  },
  {
    id: 'follows-many',
    label: 'Follows more than twice as many accounts as follow it',
    // source: Cresci et al. 2015, Table 8: 2 x followers >= following (MCC 0.53).
    why: 'Fake accounts follow many to look active, and few follow them back. Many real people who follow a lot do too; ten times as many or more is the telling case.',
  },
  {
    id: 'no-photo-or-bio',
    label: 'No profile photo and no bio',
    // source: Cresci et al. 2015, Table 8: “default profile image” MCC −0.06 (no better than chance) and
    // “profile has biography” MCC 0.31: each weak alone.
    why: 'Weak on its own, since many real customers never fill in a profile, but it adds up with other signs.',
  },
  {
    id: 'new-account',
    label: 'Opened in the last month',
    // source: Cresci et al. 2015, Table 18 (feature ranking): account age among the most informative features.
    why: 'Batches of fake accounts are often brand new.',
  },
  {
    id: 'spam-content',
    label: 'Posts only adverts, links or the same message again and again',
    why: 'People post about their lives; spam accounts post the same pitch.',
  },
] as const;
export type SpotSignId = (typeof SPOT_SIGNS)[number]['id'];
const SIGN_IDS: readonly string[] = SPOT_SIGNS.map((sign) => sign.id);

export interface SpotProgress {
  version: 1;
  followers: number;
  margin: SpotMargin;
  /** 1-based positions in the follower list, ascending and distinct. */
  positions: number[];
  answers: Record<number, HandAnswer>;
  signs: Record<number, SpotSignId[]>;
}

export interface SpotTally {
  answered: number;
  real: number;
  fake: number;
  unsure: number;
}

export function spotTally(progress: Pick<SpotProgress, 'answers'>): SpotTally {
  const tally: SpotTally = { answered: 0, real: 0, fake: 0, unsure: 0 };
  for (const answer of Object.values(progress.answers)) {
    tally[answer] += 1;
    tally.answered += 1;
  }
  return tally;
}

export function readSigns(entry: unknown): SpotSignId[] | undefined {
  if (!Array.isArray(entry) || new Set(entry).size !== entry.length) return undefined;
  return entry.every((id) => SIGN_IDS.includes(id)) ? (entry as SpotSignId[]) : undefined;
}

const KEYS = ['version', 'followers', 'margin', 'positions', 'answers', 'signs'].sort().join();

/** Strictly reads saved progress; anything unexpected (other versions included) is `undefined`. */
function readProgress(value: unknown): SpotProgress | undefined {
  if (!isRecord(value) || Object.keys(value).sort().join() !== KEYS || value['version'] !== 1)
    return undefined;
  const { followers, margin, positions } = value;
  if (!isWholeBetween(followers, 1, MOST_FOLLOWERS)) return undefined;
  if (!(SPOT_MARGINS as readonly unknown[]).includes(margin)) return undefined;
  if (!Array.isArray(positions) || positions.length < 1 || positions.length > MAX_SPOT_SAMPLE)
    return undefined;
  const ascending = positions.every(
    (position, index) =>
      isWholeBetween(position, 1, followers) && (index === 0 || position > positions[index - 1]),
  );
  if (!ascending) return undefined;
  const known = new Set<number>(positions);
  const answers = readByPosition(value['answers'], known, handAnswerOf);
  const signs = readByPosition(value['signs'], known, readSigns);
  if (!answers || !signs) return undefined;
  return { version: 1, followers, margin: margin as SpotMargin, positions, answers, signs };
}

export interface StoredSpotProgress {
  progress: SpotProgress | null;
  /** True when something was stored but could not be read: the caller resets it and says so. */
  corrupt: boolean;
}

export function parseSpotProgress(raw: string | null | undefined): StoredSpotProgress {
  if (raw === null || raw === undefined || raw === '') return { progress: null, corrupt: false };
  try {
    const progress = readProgress(JSON.parse(raw));
    return progress ? { progress, corrupt: false } : { progress: null, corrupt: true };
  } catch {
    return { progress: null, corrupt: true };
  }
}

/** `undefined` removes the stored entry. */
export function serialiseSpotProgress(progress: SpotProgress | null): string | undefined {
  return progress ? JSON.stringify(progress) : undefined;
}
