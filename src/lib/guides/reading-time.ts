/**
 * Counts the words a reader actually reads in an MDX body: prose, headings, list items and link text,
 * but not import/export lines, JSX or HTML tags, link targets, or Markdown punctuation.
 */
export function countWords(mdxBody: string): number {
  const prose = mdxBody
    .replace(/^(?:import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`|~-]+/g, ' ');
  const words = prose.match(/[\p{L}\p{N}]+(?:['’.,:/][\p{L}\p{N}]+)*/gu);
  return words ? words.length : 0;
}

/** Whole minutes to read `words` at `wordsPerMinute`, rounded up, never less than one. */
export function readingMinutes(words: number, wordsPerMinute: number): number {
  if (!Number.isFinite(words) || words <= 0) return 1;
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}
