import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pick } from '../../../src/lib/quiz/labels';
import {
  DAMAGED_QUIZ_LINK_NOTICE,
  OUTDATED_QUIZ_RESULT_NOTICE,
  deckFingerprint,
  encodeQuizShare,
  parseQuizShare,
  type QuizShare,
} from '../../../src/lib/quiz/share-state';

const deckIds = ['pie-vote', 'oven-closure', 'missing-dog', 'mega-sale'];
const set = deckFingerprint(deckIds);
const seed = fc.integer({ min: 0, max: 0xffff_ffff });
const picks = fc.dictionary(fc.constantFrom(...deckIds), fc.constantFrom<Pick>('click', 'scroll'));

describe('encodeQuizShare', () => {
  it('writes a challenge as the seed in eight hex digits', () => {
    expect(encodeQuizShare({ seed: 0x3a9f21c0 }, deckIds)).toBe('?deck=3a9f21c0');
  });

  it('writes a result as one letter a post in id order, with a dash for an unanswered post', () => {
    const shared = encodeQuizShare(
      { seed: 10, picks: { 'pie-vote': 'scroll', 'mega-sale': 'click' } },
      deckIds,
    );
    // id order: mega-sale, missing-dog, oven-closure, pie-vote
    expect(shared).toBe(`?deck=0000000a&picks=c--s&set=${set}`);
  });
});

describe('parseQuizShare', () => {
  it('reads back any challenge it wrote', () => {
    fc.assert(
      fc.property(seed, (s) => {
        expect(parseQuizShare(encodeQuizShare({ seed: s }, deckIds), deckIds)).toEqual({
          state: { seed: s },
        });
      }),
    );
  });

  it('reads back any result it wrote', () => {
    fc.assert(
      fc.property(seed, picks, (s, p) => {
        const state: QuizShare = { seed: s, picks: p };
        expect(parseQuizShare(encodeQuizShare(state, deckIds), deckIds)).toEqual({ state });
      }),
    );
  });

  it('treats an address without quiz parameters as an ordinary visit', () => {
    expect(parseQuizShare('?utm_source=newsletter&fbclid=abc', deckIds)).toEqual({});
    expect(parseQuizShare('', deckIds)).toEqual({});
  });

  it('leaves other parameters alone', () => {
    expect(parseQuizShare('?fbclid=abc&deck=0000002a', deckIds)).toEqual({ state: { seed: 42 } });
  });

  it('accepts the query with or without its question mark', () => {
    expect(parseQuizShare('deck=0000002a', deckIds)).toEqual({ state: { seed: 42 } });
  });

  it('keeps the challenge but drops answers taken on a different deck, and says why', () => {
    const old = `?deck=0000002a&picks=cscs&set=${deckFingerprint(['a', 'b', 'c', 'd'])}`;
    expect(parseQuizShare(old, deckIds)).toEqual({
      state: { seed: 42 },
      notice: OUTDATED_QUIZ_RESULT_NOTICE,
    });
  });

  it.each([
    ['a script tag for a seed', '?deck=<script>alert(1)</script>'],
    ['a seed too big for 32 bits', '?deck=1ffffffff'],
    ['a decimal seed', '?deck=12345678.5'],
    ['a short seed', '?deck=3a9f'],
    ['capital hex', '?deck=3A9F21C0'],
    ['an empty seed', '?deck='],
    ['two seeds', '?deck=0000002a&deck=0000002b'],
    ['broken percent-encoding', '?deck=%E0%A4%A'],
    ['answers without a seed', `?picks=cscs&set=${set}`],
    ['answers without the deck name', '?deck=0000002a&picks=cscs'],
    ['a deck name without answers', `?deck=0000002a&set=${set}`],
    ['too few answers', `?deck=0000002a&picks=csc&set=${set}`],
    ['too many answers', `?deck=0000002a&picks=cscsc&set=${set}`],
    ['a letter that is not an answer', `?deck=0000002a&picks=cxcs&set=${set}`],
    ['a huge answer string', `?deck=0000002a&picks=${'c'.repeat(100_000)}&set=${set}`],
  ])('opens a fresh quiz with a notice for %s', (_case, search) => {
    expect(parseQuizShare(search, deckIds)).toEqual({ notice: DAMAGED_QUIZ_LINK_NOTICE });
  });

  it('never throws and never returns a state out of range, whatever the address holds', () => {
    const hostile = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc
        .tuple(fc.constantFrom('deck', 'picks', 'set', 'x'), fc.string({ unit: 'binary' }))
        .map(([key, value]) => `?${key}=${value}`),
      fc
        .array(fc.tuple(fc.constantFrom('deck', 'picks', 'set'), fc.stringMatching(/^[0-9a-fcs%-]{0,12}$/)))
        .map((pairs) => `?${pairs.map(([key, value]) => `${key}=${value}`).join('&')}`),
    );
    fc.assert(
      fc.property(hostile, (search) => {
        const { state, notice } = parseQuizShare(search, deckIds);
        if (state === undefined) return;
        expect(Number.isInteger(state.seed) && state.seed >= 0 && state.seed <= 0xffff_ffff).toBe(true);
        for (const [id, pick] of Object.entries(state.picks ?? {})) {
          expect(deckIds).toContain(id);
          expect(['click', 'scroll']).toContain(pick);
        }
        if (notice !== undefined) expect(notice).toBe(OUTDATED_QUIZ_RESULT_NOTICE);
      }),
      { numRuns: 500 },
    );
  });
});

describe('deckFingerprint', () => {
  it('names the same set of posts the same way whatever their order', () => {
    expect(deckFingerprint([...deckIds].reverse())).toBe(set);
  });

  it('changes when a post is swapped for another', () => {
    expect(deckFingerprint(['pie-vote', 'oven-closure', 'missing-dog', 'tag-a-friend'])).not.toBe(set);
  });

  it('does not confuse ids split at a different place', () => {
    expect(deckFingerprint(['ab', 'c'])).not.toBe(deckFingerprint(['a', 'bc']));
  });
});
