import { describe, expect, it } from 'vitest';
import {
  clipEvidence,
  countCodePoints,
  countWords,
  findEmojiRuns,
  findExclamationRuns,
  findHashtags,
  findLinks,
  scanCapitals,
  weightedLength,
} from '../../../src/lib/draft/text';

const slices = (text: string, spans: { start: number; end: number }[]) =>
  spans.map((s) => text.slice(s.start, s.end));

describe('weightedLength', () => {
  it.each([
    ['hello', 5],
    ['https://example.com/a/very/long/path/to/a/page', 23],
    ['Visit https://a.co now', 6 + 23 + 4],
    ['Menu at bakery.co.uk.', 8 + 23 + 1],
    ['👍', 2],
    ['👍🏽', 2],
    ['👨‍👩‍👧‍👦', 2],
    ['🇬🇧', 2],
    ['你好', 4],
    ['مرحبا', 5],
    ['“quoted” — fine', 15],
    ['cafe\u0301', 4],
  ])('weighs %j as %i', (text, weight) => {
    expect(weightedLength(text)).toBe(weight);
  });
});

describe('findLinks', () => {
  it.each([
    ['see https://crumb.example.com/menu?day=sat.', ['https://crumb.example.com/menu?day=sat']],
    ['menu at www.crumb.co.uk, open 8am', ['www.crumb.co.uk']],
    ['book at smileworks.co.uk or call', ['smileworks.co.uk']],
    ['(details: bikes.example.com/winter)', ['bikes.example.com/winter']],
    ['email hello@crumb.co.uk', []],
    ['£3.50 each, e.g. rye', []],
  ])('finds the links in %j', (text, links) => {
    expect(slices(text, findLinks(text))).toEqual(links);
  });
});

describe('findHashtags', () => {
  it.each([
    ['#bakery #bread', ['#bakery', '#bread']],
    ['We are #1 in town', []],
    ['Prices: https://bikes.example.com/#prices', []],
    ['C# and F# classes', []],
    ['Q&#38;A tonight', []],
    ['great#notatag', []],
    ['#café and #日本 and #2024vibes', ['#café', '#日本', '#2024vibes']],
    ['##double', []],
    ['＃fullwidth', ['＃fullwidth']],
  ])('finds the hashtags in %j', (text, tags) => {
    expect(slices(text, findHashtags(text))).toEqual(tags);
  });
});

describe('findEmojiRuns', () => {
  it.each([
    ['🎉🎉🎉', ['🎉🎉🎉']],
    ['Party 🎉 🎉 🎉 tonight', ['🎉 🎉 🎉']],
    ['🎉🎉 two is fine', []],
    ['👨‍👩‍👧‍👦👍 a family and a thumb', []],
    ['🇬🇧🇫🇷🇩🇪', ['🇬🇧🇫🇷🇩🇪']],
    ['👍🏽👍🏽👍🏽', ['👍🏽👍🏽👍🏽']],
  ])('finds the runs of three or more emoji in %j', (text, runs) => {
    expect(slices(text, findEmojiRuns(text))).toEqual(runs);
  });
});

describe('findExclamationRuns', () => {
  it.each([
    ['Open today!!!', ['today!!!'], [3]],
    ['Really?!!', ['Really?!!'], [2]],
    ['Wow‼️ and !?!', ['!?!'], [2]],
    ['One! Two! Three!', [], []],
  ])('finds the runs in %j', (text, runs, marks) => {
    const found = findExclamationRuns(text);
    expect(slices(text, found)).toEqual(runs);
    expect(found.map((r) => r.marks)).toEqual(marks);
  });
});

describe('scanCapitals', () => {
  it('lets lone short acronyms through', () => {
    expect(scanCapitals('Book your MOT and a DIY check at our UK shop').shoutedWords).toBe(0);
  });

  it('counts every word in a run of capitals', () => {
    const scan = scanCapitals('HUGE SALE NOW ON at the shop');
    expect(scan.shoutedWords).toBe(4);
    expect(scan.longestRunWords).toBe(4);
    expect(scan.casedWords).toBe(7);
  });

  it('counts a lone long word in capitals', () => {
    expect(scanCapitals('A big FREE offer').shoutedWords).toBe(1);
  });

  it('does not count words in scripts without case', () => {
    expect(scanCapitals('مرحبا بكم 欢迎 SALE')).toEqual({
      casedWords: 1,
      shoutedWords: 1,
      longestRunWords: 1,
      longestRun: { start: 13, end: 17 },
    });
  });

  it('lets numbers sit inside a run without breaking it', () => {
    expect(scanCapitals('50% OFF EVERYTHING').longestRunWords).toBe(2);
  });
});

describe('countWords', () => {
  it.each([
    ['One two three', 3],
    ["Don't stop, it's 9:30", 5],
    ['مرحبا بكم في المخبز', 4],
    ['שלום לכולם', 2],
    ['新しいパン', 5],
    ['Fresh 新しい bread', 5],
    ['🎉🎉🎉', 0],
  ])('counts %j as %i words', (text, count) => {
    expect(countWords(text)).toBe(count);
  });
});

describe('countCodePoints', () => {
  it.each([
    ['abc', 3],
    ['🥐🥐', 2],
    ['\uD800x', 2],
    ['x\uDC00', 2],
  ])('counts %j as %i characters', (text, count) => {
    expect(countCodePoints(text)).toBe(count);
  });
});

describe('clipEvidence', () => {
  it('trims and keeps to 80 characters', () => {
    const text = `  ${'word '.repeat(40)}`;
    const evidence = clipEvidence(text, { start: 0, end: text.length });
    expect(evidence.length).toBeLessThanOrEqual(80);
    expect(text).toContain(evidence);
  });

  it('does not end on half an emoji', () => {
    const text = `${'a'.repeat(79)}🥐 more`;
    expect(clipEvidence(text, { start: 0, end: text.length })).toBe('a'.repeat(79));
  });
});
