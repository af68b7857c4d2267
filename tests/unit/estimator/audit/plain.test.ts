import { describe, expect, it } from 'vitest';
import { auditHeadline, handCheckHeadline, whichToBelieve } from '../../../../src/lib/estimator/audit/plain';
import { jargonIn, MIN_ANSWERS_FOR_RANGE } from '../../../../src/lib/estimator/plain-answer';

const automatic = { share: 0.19, low: 0.13, high: 0.26 };
const checked = { share: 0.24, low: 0.18, high: 0.31 };

describe('auditHeadline', () => {
  it.each([
    [automatic, false, 'About 1 in 5 followers in this file look fake (likely between 13% and 26%).'],
    [
      automatic,
      true,
      'This is a made-up example file: about 1 in 5 followers in this file look fake (likely between 13% and 26%).',
    ],
    [
      { share: 0.21, low: 0.2101, high: 0.2102 },
      false,
      'About 1 in 5 followers in this file look fake (likely about 21%).',
    ],
  ])('reads %o (example: %s) as "%s"', (estimate, example, sentence) => {
    expect(auditHeadline(estimate, example)).toBe(sentence);
  });
});

describe('handCheckHeadline', () => {
  it.each([
    [
      0,
      'You have called 0 accounts real or fake so far: too few to say more than the automatic estimate does.',
    ],
    [
      1,
      'You have called one account real or fake so far: too few to say more than the automatic estimate does.',
    ],
    [
      4,
      'You have called 4 accounts real or fake so far: too few to say more than the automatic estimate does.',
    ],
    [5, 'With your 5 answers, about 1 in 4 followers in this file look fake (likely between 18% and 31%).'],
    [40, 'With your 40 answers, about 1 in 4 followers in this file look fake (likely between 18% and 31%).'],
  ])('after %i accounts called real or fake: "%s"', (judged, sentence) => {
    expect(handCheckHeadline(checked, judged)).toBe(sentence);
  });

  it('shows no range before the fifth answer', () => {
    expect(handCheckHeadline(checked, MIN_ANSWERS_FOR_RANGE - 1)).not.toMatch(/likely/);
  });
});

describe('whichToBelieve', () => {
  it.each([
    [
      automatic,
      checked,
      3,
      'Until you have called at least 5 accounts real or fake, go by the automatic estimate above.',
    ],
    [
      automatic,
      checked,
      20,
      'Go by this figure, 24%, rather than the automatic 19%: your answers measure the rules on your own followers, while the automatic estimate rests on other people’s.',
    ],
    [
      automatic,
      { share: 0.19, low: 0.15, high: 0.23 },
      20,
      'Both estimates say 19%; go by this one all the same, since it was measured on your own followers rather than on other people’s.',
    ],
  ])('compares %o with %o after %i answers', (first, second, judged, sentence) => {
    expect(whichToBelieve(first, second, judged)).toBe(sentence);
  });
});

describe('the audit’s sentences', () => {
  it('never use a term from the jargon list', () => {
    for (let step = 0; step <= 100; step += 5) {
      const share = step / 100;
      const estimate = { share, low: share / 2, high: (1 + share) / 2 };
      for (const sentence of [
        auditHeadline(estimate),
        auditHeadline(estimate, true),
        handCheckHeadline(estimate, 3),
        handCheckHeadline(estimate, 30),
        whichToBelieve(automatic, estimate, 30),
      ])
        expect(jargonIn(sentence)).toEqual([]);
    }
  });
});
