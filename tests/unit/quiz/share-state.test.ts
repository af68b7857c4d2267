import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deckFingerprint } from '../../../src/lib/quiz/fingerprint';
import {
  DAMAGED_QUIZ_LINK_NOTICE,
  OUTDATED_QUIZ_RESULT_NOTICE,
  encodeQuizShare,
  parseQuizShare,
  type QuizShare,
} from '../../../src/lib/quiz/share-state';

const sizes = { a: 20, b: 20 };
const seed = fc.integer({ min: 0, max: 0xffff_ffff });
// Any figures a play of a 20-post form can give.
const answers = fc
  .tuple(fc.integer({ min: 0, max: 20 }), fc.nat(), fc.nat(), fc.nat())
  .map(([baitAnswered, goodSeed, caughtSeed, passedSeed]) => {
    const goodAnswered = goodSeed % (21 - baitAnswered);
    return {
      baitCaught: caughtSeed % (baitAnswered + 1),
      baitAnswered,
      goodPassed: passedSeed % (goodAnswered + 1),
      goodAnswered,
    };
  });

// The first deck's 28 posts, as result links made before the two forms named them.
const FIRST_DECK_SET = 'fe547b77';

describe('encodeQuizShare', () => {
  it('writes a challenge as the form, the seed in eight hex digits and the figures to beat', () => {
    const link = encodeQuizShare({
      form: 'b',
      seed: 0x3a9f21c0,
      answers: { baitCaught: 9, baitAnswered: 10, goodPassed: 3, goodAnswered: 10 },
      challenge: true,
    });
    expect(link).toBe('?form=b&deck=3a9f21c0&spotted=9&bait=10&kept=7&good=10&challenge=1');
  });

  it('writes a retest as the form alone, with nothing about the player', () => {
    expect(encodeQuizShare({ form: 'b', challenge: false })).toBe('?form=b');
  });
});

describe('parseQuizShare', () => {
  it('reads back any challenge or result it wrote', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'a' | 'b'>('a', 'b'),
        seed,
        answers,
        fc.boolean(),
        (form, s, a, challenge) => {
          const state: QuizShare = { form, seed: s, answers: a, challenge };
          expect(parseQuizShare(encodeQuizShare(state), sizes)).toEqual({ state });
        },
      ),
    );
  });

  it('still opens a challenge link from before the forms, on the first form', () => {
    expect(parseQuizShare('?deck=0000002a', sizes)).toEqual({
      state: { form: 'a', seed: 42, challenge: true },
    });
  });

  it('still opens a result link from before the forms, with the answers it carried', () => {
    const letters = 's'.repeat(27) + 'c';
    const parsed = parseQuizShare(`?deck=0000002a&picks=${letters}&set=${FIRST_DECK_SET}`, sizes);
    expect(parsed.legacy?.seed).toBe(42);
    expect(Object.keys(parsed.legacy?.picks ?? {})).toHaveLength(28);
    expect(parsed.legacy?.picks['yoga-comment-stretch']).toBe('click');
    expect(parsed.legacy?.picks['bakery-oven-closure']).toBe('scroll');
  });

  it('says a result from an unknown deck cannot be shown', () => {
    const other = deckFingerprint(['a', 'b', 'c', 'd']);
    expect(parseQuizShare(`?deck=0000002a&picks=cscs&set=${other}`, sizes)).toEqual({
      notice: OUTDATED_QUIZ_RESULT_NOTICE,
    });
  });

  it('treats an address without quiz parameters as an ordinary visit', () => {
    expect(parseQuizShare('?utm_source=newsletter&fbclid=abc', sizes)).toEqual({});
    expect(parseQuizShare('', sizes)).toEqual({});
  });

  it('leaves other parameters alone and takes the query with or without its question mark', () => {
    expect(parseQuizShare('?fbclid=abc&form=a&deck=0000002a', sizes)).toEqual({
      state: { form: 'a', seed: 42, challenge: false },
    });
    expect(parseQuizShare('form=b', sizes)).toEqual({ state: { form: 'b', challenge: false } });
  });

  it.each([
    [
      'more bait spotted than shown',
      '?form=a&deck=0000002a&spotted=15&bait=14&kept=9&good=6',
      'it says 15 bait posts were spotted out of 14 shown',
    ],
    [
      'more good posts kept than shown',
      '?form=a&deck=0000002a&spotted=5&bait=10&kept=11&good=10',
      'it says 11 good posts were kept out of 10 shown',
    ],
    [
      'more posts than a play has',
      '?form=a&deck=0000002a&spotted=5&bait=14&kept=9&good=14',
      'it counts 28 posts, and a play has 20',
    ],
    [
      'a negative count',
      '?form=a&deck=0000002a&spotted=-3&bait=10&kept=9&good=10',
      'it has a count below zero',
    ],
  ])('opens with a notice naming the problem for %s', (_case, search, why) => {
    const { state, notice } = parseQuizShare(search, sizes);
    expect(state).toBeUndefined();
    expect(notice).toContain(why);
    expect(notice).toContain('a fresh quiz is ready below');
  });

  it.each([
    ['a script tag for a seed', '?deck=<script>alert(1)</script>'],
    ['a seed too big for 32 bits', '?deck=1ffffffff'],
    ['capital hex', '?deck=3A9F21C0'],
    ['an empty seed', '?deck='],
    ['two seeds', '?deck=0000002a&deck=0000002b'],
    ['broken percent-encoding', '?deck=%E0%A4%A'],
    ['a form that does not exist', '?form=c&deck=0000002a'],
    ['two forms', '?form=a&form=b'],
    ['figures without a seed', '?form=a&spotted=1&bait=10&kept=9&good=10'],
    ['some figures missing', '?form=a&deck=0000002a&spotted=1&bait=10'],
    ['a decimal count', '?form=a&deck=0000002a&spotted=1.5&bait=10&kept=9&good=10'],
    ['a count in scientific notation', '?form=a&deck=0000002a&spotted=1e1&bait=10&kept=9&good=10'],
    ['a huge count', `?form=a&deck=0000002a&spotted=${'9'.repeat(400)}&bait=10&kept=9&good=10`],
    ['old answers without the deck name', '?deck=0000002a&picks=cscs'],
    ['old answers of the wrong length', `?deck=0000002a&picks=csc&set=${FIRST_DECK_SET}`],
    ['a letter that is not an answer', `?deck=0000002a&picks=${'x'.repeat(28)}&set=${FIRST_DECK_SET}`],
  ])('opens a fresh quiz with a notice for %s', (_case, search) => {
    expect(parseQuizShare(search, sizes)).toEqual({ notice: DAMAGED_QUIZ_LINK_NOTICE });
  });

  it('never throws and never returns figures no play could give, whatever the address holds', () => {
    const names = ['deck', 'form', 'spotted', 'bait', 'kept', 'good', 'challenge', 'picks', 'set', 'x'];
    const hostile = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc
        .array(fc.tuple(fc.constantFrom(...names), fc.stringMatching(/^[0-9abcs%e.-]{0,10}$/)))
        .map((pairs) => `?${pairs.map(([key, value]) => `${key}=${value}`).join('&')}`),
    );
    fc.assert(
      fc.property(hostile, (search) => {
        const { state } = parseQuizShare(search, sizes);
        if (!state?.answers) return;
        const { baitCaught, baitAnswered, goodPassed, goodAnswered } = state.answers;
        expect(baitCaught).toBeLessThanOrEqual(baitAnswered);
        expect(goodPassed).toBeLessThanOrEqual(goodAnswered);
        expect(Math.min(baitCaught, goodPassed)).toBeGreaterThanOrEqual(0);
        expect(baitAnswered + goodAnswered).toBeLessThanOrEqual(20);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('deckFingerprint', () => {
  const deckIds = ['pie-vote', 'oven-closure', 'missing-dog', 'mega-sale'];

  it('names the same set of posts the same way whatever their order', () => {
    expect(deckFingerprint([...deckIds].reverse())).toBe(deckFingerprint(deckIds));
  });

  it('changes when a post is swapped for another', () => {
    expect(deckFingerprint(['pie-vote', 'oven-closure', 'missing-dog', 'tag-a-friend'])).not.toBe(
      deckFingerprint(deckIds),
    );
  });

  it('does not confuse ids split at a different place', () => {
    expect(deckFingerprint(['ab', 'c'])).not.toBe(deckFingerprint(['a', 'bc']));
  });
});
