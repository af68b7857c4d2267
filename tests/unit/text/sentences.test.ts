import { describe, expect, it } from 'vitest';
import { median, proseBlocks, sentencesOf, splitSentences, wordsIn } from '../../../src/lib/text/sentences';

describe('splitSentences', () => {
  it.each([
    ['One. Two! Three? Four.', ['One.', 'Two!', 'Three?', 'Four.']],
    [
      'Instagram did better, at about 1.6%. Rates fell.',
      ['Instagram did better, at about 1.6%.', 'Rates fell.'],
    ],
    [
      'Use a signal, e.g. Instagram Insights, each month.',
      ['Use a signal, e.g. Instagram Insights, each month.'],
    ],
    ['The U.S. rule applies. The U.K. guide too.', ['The U.S. rule applies.', 'The U.K. guide too.']],
    ['Cresci et al. Table 8 shows it.', ['Cresci et al. Table 8 shows it.']],
    ['She said "stop." Then she left.', ['She said "stop."', 'Then she left.']],
    ['It costs £3.50 a loaf. 40 are baked.', ['It costs £3.50 a loaf.', '40 are baked.']],
    ['Ends without a stop', ['Ends without a stop']],
  ])('splits %j', (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });

  it('does not end a sentence before a lower-case word', () => {
    expect(splitSentences('Open the app etc. and then look.')).toHaveLength(1);
  });
});

describe('wordsIn', () => {
  it('counts a number with its decimals and per cent sign as one word', () => {
    expect(wordsIn('about 1.6% of 1,800 brands')).toBe(5);
  });

  it('counts a contraction as one word', () => {
    expect(wordsIn("don't chase it")).toBe(3);
  });
});

describe('proseBlocks', () => {
  it('keeps link text, drops targets, imports, tags, headings and tables', () => {
    const body = [
      "import Tool from '../Tool.astro';",
      '',
      '## A heading',
      '',
      'Read [the guide](/guides/x/) first.',
      '',
      '| a | b |',
      '|---|---|',
      '',
      '<Tool headingLevel={3} />',
      '',
      '- **One item.** It has two sentences.',
      '- Another item',
    ].join('\n');
    expect(proseBlocks(body)).toEqual([
      'Read the guide first.',
      'One item. It has two sentences.',
      'Another item',
    ]);
  });

  it('never runs a sentence across two list items', () => {
    expect(sentencesOf('- first item\n- second item')).toEqual(['first item', 'second item']);
  });

  it('reads an expression as one word and drops JSX comments', () => {
    expect(sentencesOf('{/* a note */}\n\nAt most {figures.max} rows.')).toEqual(['At most 12 rows.']);
  });
});

describe('median', () => {
  it.each([
    [[], 0],
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});
