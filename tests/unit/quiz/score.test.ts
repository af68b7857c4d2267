import { describe, expect, it } from 'vitest';
import {
  missedIds,
  reviewItems,
  scoreQuiz,
  scoreSummary,
  type QuizPicks,
  type QuizPost,
  type QuizScore,
} from '../../../src/lib/quiz/score';

// Three bait posts and two good ones.
const posts: QuizPost[] = [
  { id: 'tag-a-friend', answer: 'scroll' },
  { id: 'oven-closure', answer: 'click' },
  { id: 'pie-vote', answer: 'scroll' },
  { id: 'missing-dog', answer: 'click' },
  { id: 'mega-sale', answer: 'scroll' },
];

const everyone = (pick: 'click' | 'scroll'): QuizPicks => Object.fromEntries(posts.map((p) => [p.id, pick]));

function score(bait: [number, number], good: [number, number], answered: number, total: number): QuizScore {
  return {
    baitSpotted: { right: bait[0], total: bait[1] },
    goodKept: { right: good[0], total: good[1] },
    answered,
    total,
  };
}

describe('scoreQuiz', () => {
  it('scores bait caught and good posts kept separately', () => {
    const picks: QuizPicks = {
      'tag-a-friend': 'scroll',
      'oven-closure': 'click',
      'pie-vote': 'click',
      'missing-dog': 'scroll',
      'mega-sale': 'scroll',
    };
    expect(scoreQuiz(posts, picks)).toEqual(score([2, 3], [1, 2], 5, 5));
  });

  it('gives scrolling past everything all the bait and none of the good posts', () => {
    expect(scoreQuiz(posts, everyone('scroll'))).toEqual(score([3, 3], [0, 2], 5, 5));
  });

  it('gives clicking everything all the good posts and none of the bait', () => {
    expect(scoreQuiz(posts, everyone('click'))).toEqual(score([0, 3], [2, 2], 5, 5));
  });

  it('counts unanswered posts in the totals but not as answered or right', () => {
    expect(scoreQuiz(posts, { 'pie-vote': 'scroll' })).toEqual(score([1, 3], [0, 2], 1, 5));
  });

  it('ignores picks for posts that are not in the deck', () => {
    expect(scoreQuiz(posts, { 'old-post': 'scroll' })).toEqual(score([0, 3], [0, 2], 0, 5));
  });

  it('does not mistake inherited object keys for picks', () => {
    const deck: QuizPost[] = [{ id: 'constructor', answer: 'click' }];
    expect(scoreQuiz(deck, {}).answered).toBe(0);
  });
});

describe('reviewItems', () => {
  it('pairs each post with the pick and the recommended answer, in deck order', () => {
    const items = reviewItems(posts.slice(0, 2), { 'tag-a-friend': 'click', 'oven-closure': 'click' });
    expect(items).toEqual([
      { post: posts[0], pick: 'click', recommended: 'scroll', correct: false },
      { post: posts[1], pick: 'click', recommended: 'click', correct: true },
    ]);
  });

  it('leaves out the pick of an unanswered post and marks it not correct', () => {
    expect(reviewItems([posts[0]!], {})).toEqual([{ post: posts[0], recommended: 'scroll', correct: false }]);
  });

  it('hands back the full post objects it was given', () => {
    const full = [{ id: 'pie-vote', answer: 'scroll' as const, verdict: 'Vote-baiting' }];
    expect(reviewItems(full, {})[0]!.post.verdict).toBe('Vote-baiting');
  });
});

describe('missedIds', () => {
  it('lists the posts answered against the recommendation and those not answered, in deck order', () => {
    expect(
      missedIds(posts, { 'tag-a-friend': 'scroll', 'oven-closure': 'scroll', 'pie-vote': 'scroll' }),
    ).toEqual(['oven-closure', 'missing-dog', 'mega-sale']);
  });

  it('is empty when every answer matches', () => {
    expect(missedIds(posts, Object.fromEntries(posts.map((p) => [p.id, p.answer])))).toEqual([]);
  });
});

describe('scoreSummary', () => {
  it('reports both counts in words', () => {
    expect(scoreSummary(score([9, 11], [10, 12], 23, 23))).toMatch(
      /^You spotted 9 of 11 bait posts and kept 10 of 12 good ones\. /,
    );
  });

  it('praises a reader who catches bait and keeps good posts', () => {
    expect(scoreSummary(score([9, 11], [10, 12], 23, 23))).toContain('sharp eye');
  });

  it('tells a reader who scrolled past everything that suspicion is not judgement', () => {
    const summary = scoreSummary(score([14, 14], [0, 14], 28, 28));
    expect(summary).toContain('You scrolled past good posts too');
    expect(summary).not.toContain('sharp eye');
  });

  it('tells a reader who clicked everything to look for the ask', () => {
    expect(scoreSummary(score([0, 14], [14, 14], 28, 28))).toContain('benefit of the doubt');
  });

  it('points a reader weak on both to the reasons', () => {
    expect(scoreSummary(score([5, 14], [6, 14], 28, 28))).toContain('Some tricks got through');
  });

  it('says how many posts were left unanswered', () => {
    expect(scoreSummary(score([3, 14], [4, 14], 7, 28))).toContain('21 posts were left unanswered.');
  });

  it('uses the singular for one post', () => {
    expect(scoreSummary(score([1, 1], [1, 1], 2, 3))).toMatch(
      /^You spotted 1 of 1 bait post and kept 1 of 1 good one\. 1 post was left unanswered\./,
    );
  });

  it('says so when nothing has been answered', () => {
    expect(scoreSummary(score([0, 14], [0, 14], 0, 28))).toBe("You haven't answered any posts yet.");
  });
});
