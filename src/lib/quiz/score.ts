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
    baitSpotted: { right: 0, total: 0 },
    goodKept: { right: 0, total: 0 },
    answered: 0,
    total: posts.length,
  };
  for (const post of posts) {
    const pick = pickFor(picks, post.id);
    const tally = post.answer === 'scroll' ? score.baitSpotted : score.goodKept;
    tally.total += 1;
    if (pick !== undefined) score.answered += 1;
    if (pick === post.answer) tally.right += 1;
  }
  return score;
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

// Three in four right is where a reading stops being luck or habit on a deck of two dozen posts.
const STRONG = 0.75;

function rate({ right, total }: Tally): number {
  return total === 0 ? 1 : right / total;
}

function count(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/**
 * The result in a sentence, then an honest reading of it. Catching bait only counts as judgement when good
 * posts were kept too, so a reader who scrolls past everything is told so rather than praised.
 */
export function scoreSummary(score: QuizScore): string {
  if (score.answered === 0) return "You haven't answered any posts yet.";
  const { baitSpotted: bait, goodKept: good } = score;
  const parts = [
    `You spotted ${bait.right} of ${bait.total} ${count(bait.total, 'bait post', 'bait posts')} and kept ` +
      `${good.right} of ${good.total} good ${count(good.total, 'one', 'ones')}.`,
  ];
  const skipped = score.total - score.answered;
  if (skipped > 0) parts.push(`${skipped} ${count(skipped, 'post was', 'posts were')} left unanswered.`);
  const sharpOnBait = rate(bait) >= STRONG;
  const fairToGood = rate(good) >= STRONG;
  if (sharpOnBait && fairToGood) {
    parts.push(
      "That's a sharp eye: you caught the tricks without writing off posts that ask honest questions.",
    );
  } else if (sharpOnBait) {
    parts.push(
      'You scrolled past good posts too, so some of that catch was suspicion rather than judgement. ' +
        'A post that asks a genuine question, raises money or makes a fair offer deserves the click.',
    );
  } else if (fairToGood) {
    parts.push(
      'You gave a lot of bait the benefit of the doubt. Look for the ask: a post that wants a like, a tag ' +
        'or a share more than it wants to help you.',
    );
  } else {
    parts.push(
      'Some tricks got through and some good posts were passed over. The reason given for each post is the ' +
        'quickest way to tune your eye.',
    );
  }
  return parts.join(' ');
}
