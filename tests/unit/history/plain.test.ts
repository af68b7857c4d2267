import { describe, expect, it } from 'vitest';
import { jargonIn } from '../../../src/lib/estimator/plain-answer';
import {
  burstHeadline,
  burstShareText,
  comparisonHeadline,
  exportHeadline,
  samplesHeadline,
  seriesHeadline,
  sharedHeadline,
} from '../../../src/lib/history/plain';

// Day numbers (days since 1 January 1970): 12 Mar 2026 and the days around it.
const MAR_12 = 20_524;

describe('exportHeadline', () => {
  it.each([
    [
      { platform: 'Instagram', total: 4198, dated: true, bursts: 2 },
      'Your Instagram export lists 4,198 followers, and 2 bursts stand out.',
    ],
    [
      { platform: 'Instagram', total: 4198, dated: true, bursts: 2, example: true },
      'This is a made-up example export: it lists 4,198 Instagram followers, and 2 bursts stand out.',
    ],
    [
      { platform: 'TikTok', total: 1, dated: true, bursts: 0 },
      'Your TikTok export lists 1 follower, and they came at a steady pace.',
    ],
    [
      { platform: 'TikTok', total: 900, dated: true, bursts: 1 },
      'Your TikTok export lists 900 followers, and one burst stands out.',
    ],
    [
      { platform: 'X (Twitter)', total: 4000, dated: false, bursts: 0, example: true },
      'This is a made-up example export: it lists 4,000 X (Twitter) followers, with no dates to show when they came.',
    ],
    [{ platform: 'Facebook', total: 0, dated: false, bursts: 0 }, 'Your Facebook export lists no followers.'],
  ])('reads %o as "%s"', (summary, sentence) => {
    expect(exportHeadline(summary)).toBe(sentence);
  });
});

describe('burstHeadline', () => {
  it.each([
    [
      { start: MAR_12, end: MAR_12, arrived: 950, usual: 11.6 },
      '950 new followers in one day, where a usual day brings about 12.',
    ],
    [
      { start: MAR_12, end: MAR_12 + 2, arrived: 300.4, usual: 30 },
      '300 new followers in 3 days, where 3 usual days bring about 30.',
    ],
  ])('reads %o as "%s"', (burst, sentence) => {
    expect(burstHeadline(burst)).toBe(sentence);
  });
});

describe('burstShareText', () => {
  it.each([
    [
      { low: 800, mid: 900, high: 1000 },
      true,
      'About 23% of today’s 4,000 followers came in bursts you have not explained yet (between 20% and 25%). That says where to look, not that they are fake.',
    ],
    [
      { low: 840, mid: 841, high: 842 },
      false,
      'About 21% of today’s 4,000 followers came in the bursts you have not explained. That says where to look, not that they are fake.',
    ],
  ])('reads %o (none labelled: %s) as "%s"', (share, untouched, sentence) => {
    expect(burstShareText(share, 4000, untouched)).toBe(sentence);
  });

  it('never reads “between 21% and 21%”', () => {
    expect(burstShareText({ low: 840, mid: 841, high: 842 }, 4000, true)).not.toMatch(
      /between (\d+%) and \1/,
    );
  });
});

describe('comparisonHeadline', () => {
  it.each([
    [{ left: 820, came: 40 }, 'Between the two exports, 820 followers left and 40 came.'],
    [{ left: 1, came: 0 }, 'Between the two exports, 1 follower left and 0 came.'],
    [{ left: 0, came: 0 }, 'Between the two exports, nobody left and nobody came.'],
  ])('reads %o as "%s"', (comparison, sentence) => {
    expect(comparisonHeadline(comparison)).toBe(sentence);
  });
});

describe('seriesHeadline', () => {
  it.each([
    [[], 'No jump stands out: the count grew at a steady pace.'],
    [[{ start: MAR_12, end: MAR_12 }], 'One jump stands out, on 12 Mar 2026.'],
    [
      [
        { start: MAR_12, end: MAR_12 },
        { start: MAR_12 + 10, end: MAR_12 + 11 },
      ],
      '2 jumps stand out: 12 Mar 2026 and 22 Mar 2026 to 23 Mar 2026.',
    ],
  ])('reads %o as "%s"', (bursts, sentence) => {
    expect(seriesHeadline(bursts)).toBe(sentence);
  });
});

describe('sharedHeadline', () => {
  it.each([
    [
      { platform: 'Instagram', total: 4198, dated: true, bursts: 2 },
      'The sender’s Instagram export listed 4,198 followers, and 2 bursts stood out.',
    ],
    [
      { platform: 'TikTok', total: 300, dated: true, bursts: 0 },
      'The sender’s TikTok export listed 300 followers, and they came at a steady pace.',
    ],
    [
      { platform: 'X (Twitter)', total: 300, dated: false, bursts: 0 },
      'The sender’s X (Twitter) export listed 300 followers, with no follow dates.',
    ],
  ])('reads %o as "%s"', (shared, sentence) => {
    expect(sharedHeadline(shared)).toBe(sentence);
  });
});

describe('samplesHeadline', () => {
  const everyone = { estimate: { share: 0.05, low: 0.01, high: 0.12 }, judged: 40 };
  it.each([
    [
      everyone,
      { estimate: { share: 0.8, low: 0.6, high: 0.9 }, judged: 4 },
      'Call at least 5 accounts in each sample real or fake, and the two can be compared.',
    ],
    [
      everyone,
      { estimate: { share: 0.8, low: 0.6, high: 0.9 }, judged: 20 },
      'The burst looks faker than your followers as a whole: about 4 in 5 of its sample look fake, against about 1 in 20 of everyone’s.',
    ],
    [
      everyone,
      { estimate: { share: 0.1, low: 0.03, high: 0.3 }, judged: 20 },
      'These samples cannot yet tell the burst from the rest of your followers: check more of the burst before deciding anything.',
    ],
  ])('compares %o with %o: "%s"', (all, burst, sentence) => {
    expect(samplesHeadline(all, burst)).toBe(sentence);
  });
});

describe('follower history’s sentences', () => {
  it('never use a term from the jargon list', () => {
    const sentences = [
      exportHeadline({ platform: 'Instagram', total: 10, dated: true, bursts: 3, example: true }),
      burstShareText({ low: 1, mid: 2, high: 3 }, 10, true),
      seriesHeadline([{ start: MAR_12, end: MAR_12 }]),
    ];
    for (const sentence of sentences) expect(jargonIn(sentence)).toEqual([]);
  });
});
