import { describe, expect, it } from 'vitest';
import {
  answersOf,
  missedIds,
  reviewItems,
  scoreQuiz,
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

/** A score from [right, answered, total] of each kind. */
function score(bait: [number, number, number], good: [number, number, number]): QuizScore {
  return {
    baitSpotted: { right: bait[0], answered: bait[1], total: bait[2] },
    goodKept: { right: good[0], answered: good[1], total: good[2] },
    answered: bait[1] + good[1],
    total: bait[2] + good[2],
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
    expect(scoreQuiz(posts, picks)).toEqual(score([2, 3, 3], [1, 2, 2]));
  });

  it('gives scrolling past everything all the bait and none of the good posts', () => {
    expect(scoreQuiz(posts, everyone('scroll'))).toEqual(score([3, 3, 3], [0, 2, 2]));
  });

  it('gives clicking everything all the good posts and none of the bait', () => {
    expect(scoreQuiz(posts, everyone('click'))).toEqual(score([0, 3, 3], [2, 2, 2]));
  });

  it('counts unanswered posts in the totals but not as answered or right', () => {
    expect(scoreQuiz(posts, { 'pie-vote': 'scroll' })).toEqual(score([1, 1, 3], [0, 0, 2]));
  });

  it('ignores picks for posts that are not in the deck', () => {
    expect(scoreQuiz(posts, { 'old-post': 'scroll' })).toEqual(score([0, 0, 3], [0, 0, 2]));
  });

  it('gives the statistics only the answered posts of each kind', () => {
    const picks: QuizPicks = { 'tag-a-friend': 'scroll', 'pie-vote': 'click', 'missing-dog': 'scroll' };
    expect(answersOf(scoreQuiz(posts, picks))).toEqual({
      baitCaught: 1,
      baitAnswered: 2,
      goodPassed: 1,
      goodAnswered: 1,
    });
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
