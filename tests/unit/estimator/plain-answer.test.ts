import { describe, expect, it } from 'vitest';
import { fakeShareSentence, jargonIn, likelyRangeText } from '../../../src/lib/estimator/plain-answer';

describe('fakeShareSentence', () => {
  it('leads with a plain share and keeps the likely range', () => {
    expect(fakeShareSentence({ share: 0.19, low: 0.13, high: 0.26 })).toBe(
      'About 1 in 5 followers look fake (likely between 13% and 26%).',
    );
  });

  it('names who was counted', () => {
    expect(fakeShareSentence({ share: 0.5, low: 0.4, high: 0.6 }, 'new followers in the burst')).toBe(
      'About 1 in 2 new followers in the burst look fake (likely between 40% and 60%).',
    );
  });

  it('says a range whose ends round alike as one figure', () => {
    expect(likelyRangeText({ share: 0.21, low: 0.2101, high: 0.2102 })).toBe('likely about 21%');
  });

  it('never uses a term from the jargon list', () => {
    for (let step = 0; step <= 100; step += 1) {
      const share = step / 100;
      const sentence = fakeShareSentence({ share, low: share / 2, high: (1 + share) / 2 });
      expect(jargonIn(sentence)).toEqual([]);
    }
  });
});

describe('jargonIn', () => {
  it('finds each listed term, and MAD only in capitals', () => {
    expect(jargonIn('19% (95% interval 13%-26%)')).toEqual(['interval']);
    expect(jargonIn('within 10 percentage points')).toEqual(['percentage point']);
    expect(jargonIn('a Wilson score and a logistic model')).toEqual(['Wilson', 'logistic']);
    expect(jargonIn('the posterior, after Rogan-Gladen')).toEqual(['Rogan', 'posterior']);
    expect(jargonIn('the MAD of the rates')).toEqual(['MAD']);
    expect(jargonIn('a made-up example; mad about bread')).toEqual([]);
  });
});
