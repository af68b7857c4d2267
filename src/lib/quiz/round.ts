import type { Answers } from './discernment';
import type { QuizForm } from './forms';
import type { Pick } from './labels';
import { answersOf, scoreQuiz, type QuizPost } from './score';
import { seededOrder } from './order';
import type { QuizProgress } from './progress';

/** One pass through the quiz: a whole form in its seeded order, or the posts the reader chose to retry. */
export interface QuizRound {
  form: QuizForm;
  seed: number;
  /** The reader's answers by post id, kept across retries except for the posts being retried. */
  picks: Record<string, Pick>;
  /** The posts to play this round, in deck order: all of them, or the ones to retry. */
  queue: string[];
  /** Position in `queue` of the post on screen; the queue's length once the round is done. */
  at: number;
  /** Whether this round is saved in the browser (a friend's challenge is not, when it would replace yours). */
  saved: boolean;
  /**
   * The figures of its first pass through the form, set when it is first finished and kept through retries:
   * a retry is practice on posts already explained, so the result, the history and shared links use these.
   */
  firstPass?: Answers;
}

/** A round over the whole of a form's posts in the order `seed` gives, nothing answered yet. */
export function freshRound(
  form: QuizForm,
  posts: readonly { id: string }[],
  seed: number,
  saved: boolean,
): QuizRound {
  return {
    form,
    seed,
    picks: {},
    queue: seededOrder(posts, seed).map((post) => post.id),
    at: 0,
    saved,
  };
}

/**
 * The reader's saved quiz, taken up again on its form's posts: the posts still unanswered in their seeded
 * order, or none when it was finished, so the reader lands on the review.
 */
export function resumedRound(posts: readonly { id: string }[], progress: QuizProgress): QuizRound {
  return {
    form: progress.form,
    ...(progress.firstPass && { firstPass: progress.firstPass }),
    seed: progress.seed,
    picks: progress.picks,
    queue: progress.finished
      ? []
      : seededOrder(posts, progress.seed)
          .filter((post) => !progress.picks[post.id])
          .map((post) => post.id),
    at: 0,
    saved: true,
  };
}

/** True once every post in the round has been answered and moved past: time for the review. */
export function roundFinished(round: QuizRound): boolean {
  return round.at >= round.queue.length;
}

/** The post on screen, by id; undefined once the round is finished. */
export function currentPostId(round: QuizRound): string | undefined {
  return round.queue[round.at];
}

/** The round with `pick` recorded for `postId`; the reader stays on that post until moving on. */
export function withPick(round: QuizRound, postId: string, pick: Pick): QuizRound {
  return { ...round, picks: { ...round.picks, [postId]: pick } };
}

/**
 * The round moved on to its next post (or, after the last, to the review). Moving past the last post of the
 * first pass fixes its figures, scored on `posts`, the form's posts.
 */
export function nextPost(round: QuizRound, posts: readonly QuizPost[]): QuizRound {
  const next = { ...round, at: round.at + 1 };
  if (!roundFinished(next) || next.firstPass) return next;
  return { ...next, firstPass: answersOf(scoreQuiz(posts, next.picks)) };
}

/** A round over just the `missed` posts, their earlier answers cleared; every other answer is kept. */
export function retryRound(round: QuizRound, missed: readonly string[]): QuizRound {
  const picks = { ...round.picks };
  for (const postId of missed) delete picks[postId];
  return { ...round, picks, queue: [...missed], at: 0 };
}

/** What is stored in the browser for the round, to take it up again on a later visit. */
export function roundProgress(round: QuizRound): QuizProgress {
  return {
    version: 2,
    form: round.form,
    seed: round.seed,
    picks: round.picks,
    index: round.at,
    finished: roundFinished(round),
    firstPass: round.firstPass ?? null,
  };
}
