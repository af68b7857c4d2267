import type { Answers } from './discernment';
import type { Pick } from './labels';

export type { Pick };

/** The least the scoring needs from a post; the island passes whole posts and gets them back in reviews. */
export interface QuizPost {
  id: string;
  answer: Pick;
}

export type QuizPicks = Readonly<Record<string, Pick>>;

export interface Tally {
  right: number;
  /** Posts of this kind answered, right or not. */
  answered: number;
  total: number;
}

/** Bait caught and good posts kept are scored apart, so scrolling past everything can't pass for skill. */
export interface QuizScore {
  baitSpotted: Tally;
  goodKept: Tally;
  answered: number;
  total: number;
}

export interface ReviewItem<T extends QuizPost = QuizPost> {
  post: T;
  /** Absent when the reader never answered this post. */
  pick?: Pick;
  recommended: Pick;
  correct: boolean;
}

/** The reader's pick for `id`, read so that inherited keys such as `constructor` never count as a pick. */
function pickFor(picks: QuizPicks, id: string): Pick | undefined {
  if (!Object.hasOwn(picks, id)) return undefined;
  const pick = picks[id];
  return pick === 'click' || pick === 'scroll' ? pick : undefined;
}

export function scoreQuiz(posts: readonly QuizPost[], picks: QuizPicks): QuizScore {
  const score: QuizScore = {
    baitSpotted: { right: 0, answered: 0, total: 0 },
    goodKept: { right: 0, answered: 0, total: 0 },
    answered: 0,
    total: posts.length,
  };
  for (const post of posts) {
    const pick = pickFor(picks, post.id);
    const tally = post.answer === 'scroll' ? score.baitSpotted : score.goodKept;
    tally.total += 1;
    if (pick !== undefined) {
      score.answered += 1;
      tally.answered += 1;
    }
    if (pick === post.answer) tally.right += 1;
  }
  return score;
}

/** What a play's statistics need from its score: the answered posts of each kind, and what was done with them. */
export function answersOf(score: QuizScore): Answers {
  const { baitSpotted: bait, goodKept: good } = score;
  return {
    baitCaught: bait.right,
    baitAnswered: bait.answered,
    goodPassed: good.answered - good.right,
    goodAnswered: good.answered,
  };
}

/** Every post with the reader's pick beside the recommended one, in the order given. */
export function reviewItems<T extends QuizPost>(posts: readonly T[], picks: QuizPicks): ReviewItem<T>[] {
  return posts.map((post) => {
    const pick = pickFor(picks, post.id);
    const item: ReviewItem<T> = { post, recommended: post.answer, correct: pick === post.answer };
    if (pick !== undefined) item.pick = pick;
    return item;
  });
}

/** Ids of the posts to try again: answered against the recommendation, or not answered at all. */
export function missedIds(posts: readonly QuizPost[], picks: QuizPicks): string[] {
  return posts.filter((post) => pickFor(picks, post.id) !== post.answer).map((post) => post.id);
}
