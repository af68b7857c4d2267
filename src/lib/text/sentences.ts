/**
 * Sentences as a reader meets them in an MDX guide, for a readability check: the prose of the body (paragraphs
 * and list items, with link text but no link targets, tags, code, tables or headings), split into sentences,
 * and the words in each.
 */

/** Words that end in a full stop without ending the sentence ("e.g. Instagram", "the U.S. rule"). */
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'vs',
  'cf',
  'al',
  'approx',
  'no',
  'p',
  'pp',
  'dr',
  'mr',
  'mrs',
  'ms',
  'st',
  'inc',
  'ltd',
  'co',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** A word written with dots between single letters, such as "U.S" or "U.K" (its last dot already cut off). */
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;

const WORD = /[\p{L}\p{N}]+(?:['’.,:/%][\p{L}\p{N}]+)*%?/gu;

/** The words in a piece of prose, counted as the reading time counts them ("1.6%" and "don't" are one each). */
export function wordsIn(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Ends a sentence: a full stop, question or exclamation mark, then any closing quote or bracket. */
const END = /[.!?]+["'”’)\]]*(?=\s)/g;

function endsSentence(text: string, end: number, match: string): boolean {
  if (match.startsWith('.') && match.length === 1) {
    const before = /([\p{L}.]+)$/u.exec(text.slice(0, end))?.[1] ?? '';
    if (ABBREVIATIONS.has(before.toLowerCase()) || INITIALS.test(before)) return false;
  }
  // A sentence starts with a capital, a digit, a quote or an opening bracket; "e.g. a bakery" does not end there.
  const next = /\S/u.exec(text.slice(end + match.length))?.[0] ?? '';
  return /[\p{Lu}\p{N}"'“‘(\[]/u.test(next);
}

/** Splits one block of prose (a paragraph or a list item) into sentences. */
export function splitSentences(block: string): string[] {
  const text = block.replace(/\s+/g, ' ').trim();
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(END)) {
    const end = match.index;
    if (!endsSentence(text, end, match[0])) continue;
    sentences.push(text.slice(start, end + match[0].length).trim());
    start = end + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (wordsIn(rest) > 0) sentences.push(rest);
  return sentences.filter((sentence) => wordsIn(sentence) > 0);
}

/** Tags whose end closes a block of prose, so that sentences never run across them. */
const BLOCK_END = /<\/(?:p|li|div|h[1-6]|td|th|tr|dd|dt|ol|ul|figure|figcaption|details|summary)>/gi;

/**
 * The blocks of prose in an MDX body: paragraphs and list items, with imports, JSX expressions and comments,
 * code, tables, headings, tags and Markdown punctuation removed, and a link's text kept without its target.
 */
export function proseBlocks(mdxBody: string): string[] {
  const text = mdxBody
    .replace(/^(?:import|export)\s.*$/gm, '')
    .replace(/```[\s\S]*?```/g, '\n\n')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '\n\n')
    .replace(/<h[1-6][^>]*>[\s\S]*?<\/h[1-6]>/gi, '\n\n')
    .replace(BLOCK_END, '\n\n')
    .replace(/<[^>]*>/g, ' ')
    // An expression such as {figures.minRows} reads as one word on the page.
    .replace(/\{[^{}]*\}/g, '12')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
  return text
    .split(/\n\s*\n|\n(?=\s*(?:[-*+]|\d+\.)\s)/)
    .map((block) => block.trim())
    .filter((block) => !/^#{1,6}\s/.test(block) && !block.startsWith('|'))
    .map((block) =>
      block
        .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
        .replace(/\*\*|__|`/g, '')
        .replace(/(^|\s)[*_]|[*_](?=\s|[.,;:!?]|$)/g, '$1')
        .trim(),
    )
    .filter((block) => wordsIn(block) > 0);
}

/** Every sentence of an MDX body, in order. */
export function sentencesOf(mdxBody: string): string[] {
  return proseBlocks(mdxBody).flatMap(splitSentences);
}

/** The median of some counts; 0 for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
