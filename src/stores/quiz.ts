import { persistentAtom } from '@nanostores/persistent';
import { serialiseQuizHistory, type FinishedPlay } from '../lib/quiz/history';
import { serialiseQuizProgress, type QuizProgress } from '../lib/quiz/progress';

const STORAGE_KEY = 'real-reach:quiz';
const HISTORY_KEY = 'real-reach:quiz-history';

/**
 * The reader's own quiz as stored, still raw: the island parses it strictly (parseQuizProgress) against the
 * forms' sizes, and against the form's posts once they load.
 */
export const $storedQuiz = persistentAtom<string | undefined>(STORAGE_KEY, undefined, { listen: false });

/** The figures of every play the reader finished, still raw: parsed strictly by parseQuizHistory. */
export const $storedQuizHistory = persistentAtom<string | undefined>(HISTORY_KEY, undefined, {
  listen: false,
});

/** Writes `value` to `store`; false when storage is full or blocked, and it lasts until the page closes. */
function write(store: typeof $storedQuiz, value: string | undefined): boolean {
  try {
    store.set(value);
    return true;
  } catch {
    return false;
  }
}

export function saveQuizProgress(progress: QuizProgress): boolean {
  return write($storedQuiz, serialiseQuizProgress(progress));
}

export function clearQuizProgress(): void {
  write($storedQuiz, undefined);
}

export function saveQuizHistory(plays: readonly FinishedPlay[]): boolean {
  return write($storedQuizHistory, plays.length === 0 ? undefined : serialiseQuizHistory(plays));
}
