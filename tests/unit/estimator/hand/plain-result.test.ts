import { describe, expect, it } from 'vitest';
import { handCheckEstimate } from '../../../../src/lib/estimator/hand/owner';
import {
  handCheckHeadline,
  rawShareSentence,
  whichToBelieve,
} from '../../../../src/lib/estimator/hand/plain-result';
import { fakeShareSentence, jargonIn } from '../../../../src/lib/estimator/plain-answer';

const estimateOf = handCheckEstimate;

describe('handCheckHeadline', () => {
  it.each([
    [0, 0, 'You have not judged a follower as real or fake yet: judge 5 and a likely range appears.'],
    [1, 1, 'You have judged 1 follower so far: judge 4 more and a likely range appears.'],
    [4, 1, 'You have judged 4 followers so far: judge 1 more and a likely range appears.'],
  ])(
    'with %i judged (%i fake) says how many and that the likely range comes at 5',
    (judged, fake, sentence) => {
      const estimate = judged > 0 ? estimateOf(fake, judged) : undefined;
      expect(handCheckHeadline(judged, estimate)).toBe(sentence);
    },
  );

  it.each([
    [5, 1],
    [10, 1],
    [10, 0],
  ])('with %i judged (%i fake) leads with the fake share and its likely range', (judged, fake) => {
    const estimate = estimateOf(fake, judged);
    expect(handCheckHeadline(judged, estimate)).toBe(fakeShareSentence(estimate));
  });

  it('reads "About 1 in 20 followers look fake" for 1 fake of 10', () => {
    expect(handCheckHeadline(10, estimateOf(1, 10))).toBe(
      'About 1 in 20 followers look fake (likely between 0% and 50%).',
    );
  });

  it.each([
    [0, 'The sender could not judge any follower as real or fake, so there is no estimate.'],
    [1, 'The sender judged only 1 follower: too few for a likely range, which needs 5.'],
    [4, 'The sender judged only 4 followers: too few for a likely range, which needs 5.'],
  ])('speaks of the sender when %i were judged in a shared result', (judged, sentence) => {
    expect(handCheckHeadline(judged, undefined, 'sender')).toBe(sentence);
  });

  it('never uses a statistics term', () => {
    for (const judged of [0, 1, 4, 5, 10, 57])
      for (const judge of ['you', 'sender'] as const)
        expect(
          jargonIn(handCheckHeadline(judged, judged ? estimateOf(1, judged) : undefined, judge)),
        ).toEqual([]);
  });
});

describe('rawShareSentence', () => {
  it.each([
    [1, 1, 'you', 'The one follower you judged looked fake.'],
    [0, 1, 'you', 'The one follower you judged looked real.'],
    [1, 4, 'you', '1 of the 4 followers you judged looked fake.'],
    [1, 5, 'you', '1 of the 5 followers you judged looked fake (20%).'],
    [1, 10, 'you', '1 of the 10 followers you judged looked fake (10%).'],
    [9, 57, 'sender', '9 of the 57 followers the sender judged looked fake (16%).'],
  ] as const)('%i fake of %i judged by %s reads "%s"', (fake, judged, judge, sentence) => {
    expect(rawShareSentence(fake, judged, judge)).toBe(sentence);
  });
});

describe('whichToBelieve', () => {
  it('says to believe the lower estimate, because people mark some real followers as fake', () => {
    expect(whichToBelieve(estimateOf(1, 10))).toBe(
      'Go by the estimate, 5.4%, not the raw 10%: people mark some real followers as fake by mistake, and the estimate takes those out.',
    );
  });

  it('says to believe the higher estimate, because people miss some fake followers', () => {
    expect(whichToBelieve(estimateOf(30, 42))).toMatch(
      /^Go by the estimate, \d+%, not the raw 71%: people miss some fake followers, and the estimate adds those back\.$/,
    );
  });

  it('says nothing when the two read the same', () => {
    expect(whichToBelieve(estimateOf(0, 10))).toBeUndefined();
  });

  it('never uses a statistics term', () => {
    for (const [fake, judged] of [
      [1, 10],
      [30, 42],
      [9, 57],
    ] as const)
      expect(jargonIn(whichToBelieve(estimateOf(fake, judged)) ?? '')).toEqual([]);
  });
});
