import { countWords, type Span } from './text';

/*
 * Advice built from the draft in front of the checker, by rule, rather than a canned line about some other
 * business: the better way to write a tag request uses the post's own news and the reader it names.
 */

/** The longest stretch of the draft quoted back in advice, in characters. */
const QUOTE_MAX = 80;
/** A sentence needs this many words to be the post's news. */
const NEWS_WORDS_MIN = 3;

// A sentence or clause, ended by punctuation, a line break or an emoji; a point inside a number ("£2.80")
// ends nothing.
const SENTENCE = /(?:[^.!?。！？\n\p{Extended_Pictographic}]|\.(?=\p{N}))+/gu;
// "Tag a friend who needs a treat": the reader the post is for follows "who", "whose" or "that".
const TAGGED_FOR = /\b(who|whose|that)\s+(\S[^.!?。！？\n]*)/iu;
const TRAILING = /[\s,;:–—-]+$/u;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Text with its runs of spaces (where links and hashtags were blanked out) closed up, cut at a word. */
function tidy(text: string): string {
  const words = text.replace(/\s+/gu, ' ').trim().replace(TRAILING, '');
  if (words.length <= QUOTE_MAX) return words;
  const cut = words.slice(0, QUOTE_MAX);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(TRAILING, '')}…`;
}

/** The first sentence of the post that is not itself a request flagged as bait: what the post is about. */
export function newsSentence(prose: string, bait: readonly Span[]): string | undefined {
  for (const match of prose.matchAll(SENTENCE)) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (bait.some((claimed) => overlaps(claimed, span))) continue;
    if (countWords(match[0]) >= NEWS_WORDS_MIN) return tidy(match[0]);
  }
  return undefined;
}

/** Who a tag request says the post is for: "Tag a friend that needs a treat" gives "who needs a treat". */
export function taggedFor(request: string): string | undefined {
  const [, pronoun, rest] = TAGGED_FOR.exec(request) ?? [];
  return pronoun && rest ? `${pronoun.toLowerCase() === 'whose' ? 'whose' : 'who'} ${tidy(rest)}` : undefined;
}

/**
 * The better way to write a tag request, from the draft's own words: its news, said to the reader the request
 * names. `request` is the words of the request; `bait` every span flagged as bait, so the news is not one.
 */
export function tagBaitAdvice(prose: string, request: string, bait: readonly Span[]): string {
  const news = newsSentence(prose, bait);
  const who = taggedFor(request);
  if (news && who) return `Say who it's for instead, in your post's own words: "${news}, for anyone ${who}."`;
  if (news) return `Drop the request and lead with your news: "${news}." Then say who it is for.`;
  if (who) return `Say what you have for anyone ${who}: what it is, when and where to get it.`;
  return "Say what you have and who it's for instead: what it is, when and where to get it.";
}
