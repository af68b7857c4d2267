import { isRecord, isWholeBetween } from '../parse/untrusted';
import type { Pick } from './labels';

/** A quiz in progress, as kept in localStorage between visits. */
export interface QuizProgress {
  version: 1;
  seed: number;
  /** The reader's answers by post id. */
  picks: Record<string, Pick>;
  /** Position in the shuffled deck of the post on screen; the deck's length once every post is done. */
  index: number;
  finished: boolean;
}

export interface ParsedQuizProgress {
  progress?: QuizProgress;
  /** True when something was stored but could not be used, so the island can say why it starts afresh. */
  corrupt: boolean;
}

// A full deck's progress is well under 2 KB; anything far bigger was not written by the quiz.
const MAX_STORED_LENGTH = 50_000;
const MAX_SEED = 0xffff_ffff;

/**
 * Reads stored progress for the deck made of `deckIds`. Answers for posts no longer in the deck are dropped,
 * and a position past the end of a deck that has since shrunk is brought back to its end. Never throws.
 */
export function parseQuizProgress(
  raw: string | null | undefined,
  deckIds: readonly string[],
): ParsedQuizProgress {
  if (raw === null || raw === undefined || raw === '') return { corrupt: false };
  const corrupt = { corrupt: true };
  if (raw.length > MAX_STORED_LENGTH) return corrupt;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return corrupt;
  }
  if (!isRecord(data) || data['version'] !== 1 || !isRecord(data['picks'])) return corrupt;
  const { seed, index, finished } = data;
  if (
    !isWholeBetween(seed, 0, MAX_SEED) ||
    !isWholeBetween(index, 0, Number.MAX_SAFE_INTEGER) ||
    typeof finished !== 'boolean'
  ) {
    return corrupt;
  }
  const stored = data['picks'];
  const picks: Record<string, Pick> = {};
  for (const id of deckIds) {
    const pick = Object.hasOwn(stored, id) ? stored[id] : undefined;
    if (pick === 'click' || pick === 'scroll') picks[id] = pick;
  }
  return {
    progress: { version: 1, seed, picks, index: Math.min(index, deckIds.length), finished },
    corrupt: false,
  };
}

export function serialiseQuizProgress(progress: QuizProgress): string {
  const { version, seed, picks, index, finished } = progress;
  return JSON.stringify({ version, seed, picks, index, finished });
}
