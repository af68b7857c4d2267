import { handAnswerOf, type HandAnswer } from './answers';
import { isRecord, isWholeBetween, readByPosition } from '../../parse/untrusted';

/**
 * The hand spot-check: the owner opens randomly chosen followers one by one and says whether each looks like
 * a real person. This module holds its saved progress (versioned, parsed strictly from storage) and the tally.
 */

/** Margins of error offered, at 95% confidence. Tighter than 5 points means hundreds of accounts by hand. */
// own: our choice of margins.
export const SPOT_MARGINS = [0.05, 0.1, 0.15] as const;
export type SpotMargin = (typeof SPOT_MARGINS)[number];

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
  if (!isWholeBetween(followers, 1, 1_000_000_000)) return undefined;
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
