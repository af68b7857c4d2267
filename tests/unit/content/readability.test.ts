// Readability kept (issue 20, item 7): a guide is read by a busy owner on a phone, so its sentences stay short.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { median, sentencesOf, wordsIn } from '../../../src/lib/text/sentences';

/** A guide's median sentence stays under this many words... */
const MAX_MEDIAN_WORDS = 22;
/** ...and no sentence runs over this many. */
const MAX_SENTENCE_WORDS = 45;

function bodiesIn(dir: string) {
  return readdirSync(join(process.cwd(), dir))
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .map((name) => {
      const text = readFileSync(join(process.cwd(), dir, name), 'utf8');
      return { name, body: text.replace(/^---\n[\s\S]*?\n---\n/, '') };
    });
}

// The estimator's how-to, method in short and method are held to the same bar as the guides.
const checked = [...bodiesIn('src/content/guides'), ...bodiesIn('src/content/tools/fake-follower-estimator')];

describe.each(checked)('$name', ({ body }) => {
  const sentences = sentencesOf(body);

  it(`has a median sentence under ${MAX_MEDIAN_WORDS} words`, () => {
    // Enough sentences found that the median means something (the method in short has 14).
    expect(sentences.length).toBeGreaterThan(10);
    expect(median(sentences.map(wordsIn))).toBeLessThan(MAX_MEDIAN_WORDS);
  });

  it(`has no sentence over ${MAX_SENTENCE_WORDS} words`, () => {
    expect(sentences.filter((sentence) => wordsIn(sentence) > MAX_SENTENCE_WORDS)).toEqual([]);
  });
});
