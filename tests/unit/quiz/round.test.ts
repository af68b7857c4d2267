import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pick } from '../../../src/lib/quiz/labels';
import { seededOrder } from '../../../src/lib/quiz/order';
import type { QuizProgress } from '../../../src/lib/quiz/progress';
import {
  currentPostId,
  freshRound,
  nextPost,
  resumedRound,
  retryRound,
  roundFinished,
  roundProgress,
  withPick,
  type QuizRound,
} from '../../../src/lib/quiz/round';

const deck = ['pie-vote', 'oven-closure', 'missing-dog', 'mega-sale', 'tag-a-friend'].map((id) => ({
  id,
  answer: id === 'oven-closure' || id === 'missing-dog' ? ('click' as const) : ('scroll' as const),
}));
const SEED = 0x3a9f21c0;
const order = seededOrder(deck, SEED).map((post) => post.id);
const seed = fc.integer({ min: 0, max: 0xffff_ffff });

function round(overrides: Partial<QuizRound> = {}): QuizRound {
  return { form: 'a', seed: SEED, picks: {}, queue: [...order], at: 0, saved: true, ...overrides };
}

describe('freshRound', () => {
  it('queues the whole deck in the order its seed gives, nothing answered', () => {
    expect(freshRound('a', deck, SEED, true)).toEqual(round());
  });

  it('says whether the round is saved', () => {
    expect(freshRound('a', deck, SEED, false).saved).toBe(false);
  });

  it('queues every post exactly once, whatever the seed', () => {
    fc.assert(
      fc.property(seed, (s) => {
        expect([...freshRound('a', deck, s, true).queue].sort()).toEqual(deck.map((post) => post.id).sort());
      }),
    );
  });
});

describe('resumedRound', () => {
  const progress = (overrides: Partial<QuizProgress>): QuizProgress => ({
    version: 2,
    form: 'a',
    seed: SEED,
    picks: {},
    index: 0,
    finished: false,
    firstPass: null,
    ...overrides,
  });

  it('queues the unanswered posts in seeded order and keeps the answers', () => {
    const picks: Record<string, Pick> = { [order[0]!]: 'click', [order[2]!]: 'scroll' };
    expect(resumedRound(deck, progress({ picks, index: 3 }))).toEqual(
      round({ picks, queue: [order[1]!, order[3]!, order[4]!] }),
    );
  });

  it('queues nothing for a finished quiz, so it opens on the review', () => {
    const picks: Record<string, Pick> = { [order[0]!]: 'click' };
    const resumed = resumedRound(deck, progress({ picks, index: 5, finished: true }));
    expect(resumed).toEqual(round({ picks, queue: [] }));
    expect(roundFinished(resumed)).toBe(true);
  });

  it('is always a saved round', () => {
    expect(resumedRound(deck, progress({})).saved).toBe(true);
  });
});

describe('playing a round', () => {
  it('starts on the first queued post', () => {
    expect(currentPostId(round())).toBe(order[0]);
  });

  it('records a pick without moving on', () => {
    const answered = withPick(round(), order[0]!, 'scroll');
    expect(answered.picks).toEqual({ [order[0]!]: 'scroll' });
    expect(currentPostId(answered)).toBe(order[0]);
  });

  it('moves on to the next post', () => {
    expect(currentPostId(nextPost(round(), deck))).toBe(order[1]);
  });

  it('leaves the round it was given untouched', () => {
    const before = round({ picks: { [order[0]!]: 'click' } });
    const copy = structuredClone(before);
    withPick(before, order[1]!, 'scroll');
    nextPost(before, deck);
    retryRound(before, [order[0]!]);
    roundProgress(before);
    expect(before).toEqual(copy);
  });

  it('is finished once it has moved past its last post, and not before', () => {
    let r = round();
    for (const id of order) {
      expect(roundFinished(r)).toBe(false);
      expect(currentPostId(r)).toBe(id);
      r = nextPost(withPick(r, id, 'click'), deck);
    }
    expect(roundFinished(r)).toBe(true);
    expect(currentPostId(r)).toBeUndefined();
  });

  it('fixes the figures of the first pass when it moves past the last post', () => {
    let r = round();
    // Scroll past every post: 3 bait caught and both good posts passed.
    for (const id of order) r = nextPost(withPick(r, id, 'scroll'), deck);
    expect(r.firstPass).toEqual({ baitCaught: 3, baitAnswered: 3, goodPassed: 2, goodAnswered: 2 });
  });

  it('keeps the first pass through a retry, so practice does not raise the figures', () => {
    let r = round();
    for (const id of order) r = nextPost(withPick(r, id, 'scroll'), deck);
    const first = r.firstPass;
    r = retryRound(r, ['oven-closure', 'missing-dog']);
    for (const id of r.queue) r = nextPost(withPick(r, id, 'click'), deck);
    expect(roundFinished(r)).toBe(true);
    expect(r.firstPass).toEqual(first);
  });

  it('is finished at once when nothing is queued', () => {
    expect(roundFinished(round({ queue: [] }))).toBe(true);
  });
});

describe('retryRound', () => {
  it('queues only the missed posts, clears their answers and keeps the rest', () => {
    const picks: Record<string, Pick> = { [order[0]!]: 'click', [order[1]!]: 'scroll', [order[2]!]: 'click' };
    const missed = [order[1]!, order[3]!];
    expect(retryRound(round({ picks, at: 5 }), missed)).toEqual(
      round({ picks: { [order[0]!]: 'click', [order[2]!]: 'click' }, queue: missed }),
    );
  });

  it('keeps whether the round is saved', () => {
    expect(retryRound(round({ saved: false, at: 5 }), [order[0]!]).saved).toBe(false);
  });
});

describe('roundProgress', () => {
  it('stores the seed, the answers and the position', () => {
    const picks: Record<string, Pick> = { [order[0]!]: 'scroll' };
    expect(roundProgress(round({ picks, at: 1 }))).toEqual({
      version: 2,
      form: 'a',
      seed: SEED,
      picks,
      index: 1,
      finished: false,
      firstPass: null,
    });
  });

  it('marks a round past its last post as finished', () => {
    expect(roundProgress(round({ at: order.length })).finished).toBe(true);
    expect(roundProgress(round({ queue: [] })).finished).toBe(true);
  });
});
