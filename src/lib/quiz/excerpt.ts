// Long enough to recognise a post in the review list, short enough to keep the list scannable.
const REVIEW_EXCERPT_LENGTH = 140;

/** A post's text as the review list shows it: cut to its first 140 characters, with an ellipsis when cut. */
export function reviewExcerpt(text: string): string {
  return text.length > REVIEW_EXCERPT_LENGTH ? `${text.slice(0, REVIEW_EXCERPT_LENGTH).trimEnd()}…` : text;
}
