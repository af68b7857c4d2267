import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../src/lib/guides/reading-time';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['One two three.', 3],
    ['## A heading that says the point\n\nThen a paragraph.', 9],
    ['Read [the 2018 announcement](#source-2) first.', 5],
    ["The bakery's owner doesn't post at 9:30 on 1.5 days.", 10],
    ['- a list item\n- another one', 5],
    ['import Tool from "../x.tsx";\n\n<Tool client:visible />\n\nTwo words.', 2],
    ['| Month | Likes |\n| --- | --- |\n| May | 120 |', 4],
    ['> A quoted post from a bike shop.', 7],
  ])('counts %j as %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});

describe('readingMinutes', () => {
  it.each([
    [0, 1],
    [1, 1],
    [220, 1],
    [221, 2],
    [1320, 6],
    [Number.NaN, 1],
    [-5, 1],
  ])('takes %d words as %i minutes at 220 words a minute', (words, minutes) => {
    expect(readingMinutes(words, 220)).toBe(minutes);
  });
});
