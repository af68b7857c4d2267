import { describe, expect, it } from 'vitest';
import {
  comparisonSentence,
  formatMeasure,
  picturePoint,
  readingSentence,
  readingTip,
} from '../../../src/lib/quiz/reading';

const play = (baitCaught: number, baitAnswered: number, goodPassed: number, goodAnswered: number) => ({
  baitCaught,
  baitAnswered,
  goodPassed,
  goodAnswered,
});

describe('readingSentence', () => {
  it('says the issue’s example in one plain sentence', () => {
    expect(readingSentence(play(12, 14, 5, 14))).toBe(
      'You caught 12 of 14 bait posts but also scrolled past 5 good ones: you are wary, not yet choosy.',
    );
  });

  it.each([
    [
      play(10, 10, 0, 10),
      'You caught 10 of 10 bait posts and kept every good one: you are choosy: bait and good posts are easy to tell apart for you.',
    ],
    [
      play(10, 10, 10, 10),
      'You caught 10 of 10 bait posts but also scrolled past 10 good ones: you are wary, not yet choosy.',
    ],
    [
      play(1, 10, 0, 10),
      'You caught 1 of 10 bait posts and kept every good one: you are trusting, not yet choosy.',
    ],
    [
      play(5, 10, 5, 10),
      'You caught 5 of 10 bait posts but also scrolled past 5 good ones: you are not yet choosy: bait and good posts still look alike to you.',
    ],
    [
      play(9, 10, 3, 10),
      'You caught 9 of 10 bait posts but also scrolled past 3 good ones: you are choosy, if a little wary.',
    ],
    [
      play(1, 1, 1, 1),
      'You caught 1 of 1 bait post but also scrolled past 1 good one: you are wary, not yet choosy.',
    ],
  ])('reads %o', (answers, sentence) => {
    expect(readingSentence(answers)).toBe(sentence);
  });

  it('speaks of a friend in the third person', () => {
    expect(readingSentence(play(12, 14, 5, 14), 'friend')).toBe(
      'Your friend caught 12 of 14 bait posts but also scrolled past 5 good ones: they are wary, not yet choosy.',
    );
  });

  it('says so when nothing was answered', () => {
    expect(readingSentence(play(0, 0, 0, 0))).toBe('You answered no posts.');
  });
});

describe('readingTip', () => {
  it('tells a reader who scrolled past everything that suspicion is not judgement', () => {
    expect(readingTip(play(10, 10, 10, 10))).toContain('costs you the good ones');
  });

  it('tells a reader who clicked everything to look for the ask', () => {
    expect(readingTip(play(0, 10, 0, 10))).toContain('Look for the ask');
  });

  it('praises a reader who catches bait and keeps good posts', () => {
    expect(readingTip(play(9, 10, 1, 10))).toContain('sharp eye');
  });
});

describe('comparisonSentence', () => {
  it('says discernment rose when the retest tells them apart far better', () => {
    expect(comparisonSentence(play(5, 10, 5, 10), play(10, 10, 1, 10))).toMatch(
      /^Discernment rose, from 0\.0 to 2\.8/,
    );
  });

  it('says only suspicion rose when she scrolled past more of everything', () => {
    expect(comparisonSentence(play(5, 10, 2, 10), play(10, 10, 8, 10))).toMatch(/^Only suspicion rose/);
  });

  it('calls a small change luck', () => {
    expect(comparisonSentence(play(7, 10, 3, 10), play(8, 10, 3, 10))).toMatch(/^About the same as before/);
  });
});

describe('picturePoint', () => {
  it('puts the three extreme plays on the three corners', () => {
    expect(picturePoint(play(0, 10, 0, 10))).toEqual({ trusts: 1, suspects: 0, tellsApart: 0 });
    expect(picturePoint(play(10, 10, 10, 10))).toEqual({ trusts: 0, suspects: 1, tellsApart: 0 });
    expect(picturePoint(play(10, 10, 0, 10))).toEqual({ trusts: 0, suspects: 0, tellsApart: 1 });
  });

  it('gives shares that add up to one, inside the triangle, for every possible play of 10 and 10', () => {
    for (let caught = 0; caught <= 10; caught++) {
      for (let passed = 0; passed <= 10; passed++) {
        const point = picturePoint(play(caught, 10, passed, 10));
        expect(point.trusts + point.suspects + point.tellsApart).toBeCloseTo(1, 12);
        for (const share of Object.values(point)) expect(share).toBeGreaterThanOrEqual(0);
      }
    }
  });
});

describe('formatMeasure', () => {
  it('writes one decimal with a true minus sign, and never −0.0', () => {
    expect(formatMeasure(-0.42)).toBe('−0.4');
    expect(formatMeasure(-0.01)).toBe('0.0');
    expect(formatMeasure(2.36)).toBe('2.4');
  });
});
