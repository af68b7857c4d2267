import { persistentAtom } from '@nanostores/persistent';
import { serialiseQuizProgress, type QuizProgress } from '../lib/quiz/progress';

const STORAGE_KEY = 'real-reach:quiz';

/**
 * The reader's own quiz as stored, still raw: which posts it refers to is only known once the island has
 * the deck, so the island parses it (strictly, with parseQuizProgress) against the deck's ids.
 */
export const $storedQuiz = persistentAtom<string | undefined>(STORAGE_KEY, undefined, { listen: false });

/** Saves the reader's quiz; if storage is full or blocked, it lasts until the page closes. */
export function saveQuizProgress(progress: QuizProgress): boolean {
  try {
    $storedQuiz.set(serialiseQuizProgress(progress));
    return true;
  } catch {
    return false;
  }
}

export function clearQuizProgress(): void {
  try {
    $storedQuiz.set(undefined);
  } catch {
    // Nothing stored that could be removed; nothing to do.
  }
}
