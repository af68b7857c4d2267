/*
 * Text helpers for the draft checker. Every index is a UTF-16 offset into the string passed in, so a
 * span sliced from that string is always an exact substring of it. All patterns are bounded so that no
 * input, however long or odd, makes them backtrack badly.
 */

export interface Span {
  start: number;
  end: number;
}

export const EVIDENCE_MAX = 80;

// Domains that platforms turn into links without "https://". A short list covers what small businesses
// use; anything with a scheme or "www." is caught whatever its ending.
const TLDS = 'com|org|net|co|uk|io|ie|eu|us|ca|au|nz|de|fr|es|it|nl|be|shop|store|app|info|biz|me';
const LINK = new RegExp(
  String.raw`\b(?:https?:\/\/|www\.)[^\s<>"'“”‘’]+|\b[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9][a-z0-9-]{0,62}){0,6}\.(?:${TLDS})\b(?:\/[^\s<>"'“”‘’]*)?`,
  'giu',
);
const LINK_TRAILER = /[.,;:!?)\]}'"’”»…]+$/u;
const HASHTAG = /[#＃][\p{L}\p{M}\p{N}_]+/gu;
// A hashtag must not follow a word character ("C#", "Q&#38;A") and needs a letter ("#1" is not one).
const HASHTAG_BLOCKER = /[\p{L}\p{M}\p{N}_&#＃]/u;
const LETTER = /\p{L}/u;
const SPACE = /\s/u;
const MENTION = /@[A-Za-z0-9_]{1,30}/g;
const MENTION_BLOCKER = /[\p{L}\p{N}_@.]/u;

const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;
// A Chinese or Japanese character is a word of its own (those scripts put no spaces between words).
const WORD = new RegExp(
  String.raw`[${CJK}]|(?:(?![${CJK}])[\p{L}\p{M}\p{N}])+(?:['’](?:(?![${CJK}])[\p{L}\p{M}\p{N}])+)*`,
  'gu',
);
const CASED_WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
const UPPER = /[\p{Lu}\p{Lt}]/gu;
const LOWER = /\p{Ll}/u;

/** One emoji as people see it: a pictograph with its modifiers and joined parts, a flag or a keycap. */
const EMOJI = String.raw`(?:\p{Extended_Pictographic}|\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3)[\uFE0F\p{Emoji_Modifier}]?(?:\u200D\p{Extended_Pictographic}[\uFE0F\p{Emoji_Modifier}]?){0,9}`;
const EMOJI_ANY = new RegExp(EMOJI, 'gu');
const EMOJI_RUN = new RegExp(String.raw`${EMOJI}(?:\s{0,2}${EMOJI}){2,}`, 'gu');
const EXCLAMATION_RUN = /[!！‼❗❕](?:[?？]{0,3}[!！‼❗❕])+/gu;
const EXCLAMATION = /[!！‼❗❕]/u;
const WORD_BEFORE_RUN = 20;

/** The character (one or two UTF-16 units) that ends just before `index`. */
function charBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  if (index >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text.charAt(index - 1);
}

function spansOf(text: string, pattern: RegExp): Span[] {
  return Array.from(text.matchAll(pattern), (m) => ({ start: m.index, end: m.index + m[0].length }));
}

function insideAny(span: Span, sorted: readonly Span[]): boolean {
  return sorted.some((s) => span.start >= s.start && span.end <= s.end);
}

/** Web addresses, with or without "https://", but not the domain part of an e-mail address. */
export function findLinks(text: string): Span[] {
  const links: Span[] = [];
  for (const m of text.matchAll(LINK)) {
    if (charBefore(text, m.index) === '@') continue;
    const url = m[0].replace(LINK_TRAILER, '');
    if (url.length > 0) links.push({ start: m.index, end: m.index + url.length });
  }
  return links;
}

/** Hashtags as the platforms read them: not "#1", not the "#part" of a link, not "C#". */
export function findHashtags(text: string, links: readonly Span[] = findLinks(text)): Span[] {
  return spansOf(text, HASHTAG).filter((tag) => {
    const before = charBefore(text, tag.start);
    return (
      !(before && HASHTAG_BLOCKER.test(before)) &&
      LETTER.test(text.slice(tag.start, tag.end)) &&
      !insideAny(tag, links)
    );
  });
}

/** @handles, not e-mail addresses or handles inside links. */
export function findMentions(text: string, links: readonly Span[]): Span[] {
  return spansOf(text, MENTION).filter((m) => {
    const before = charBefore(text, m.start);
    return !(before && MENTION_BLOCKER.test(before)) && !insideAny(m, links);
  });
}

/** `text` with every span replaced by spaces of the same length, so indices still line up. */
export function blankOut(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  for (const { start, end } of sorted) {
    if (end <= cursor) continue;
    const from = Math.max(start, cursor);
    out += text.slice(cursor, from) + ' '.repeat(end - from);
    cursor = end;
  }
  return out + text.slice(cursor);
}

/** Unicode code points: what a person would call the characters, emoji parts aside. */
export function countCodePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

// twitter-text config v3 (X's own counting library): these ranges weigh 1, everything else 2.
// https://github.com/twitter/twitter-text/blob/master/config/v3.json
const LIGHT_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x10ff],
  [0x2000, 0x200d],
  [0x2010, 0x201f],
  [0x2032, 0x2037],
];
const X_URL_WEIGHT = 23; // X Developer Platform, "Counting characters": every URL counts as 23
const X_EMOJI_WEIGHT = 2; // same page: an emoji counts as 2 however many code points it joins

function weighPlainText(text: string): number {
  let total = 0;
  const rest = text.replace(EMOJI_ANY, () => {
    total += X_EMOJI_WEIGHT;
    return '';
  });
  for (const char of rest) {
    const code = char.codePointAt(0) ?? 0;
    total += LIGHT_RANGES.some(([from, to]) => code >= from && code <= to) ? 1 : 2;
  }
  return total;
}

/** The length X counts against its 280: NFC text, links as 23, emoji as 2, CJK and most non-Latin as 2. */
export function weightedLength(text: string): number {
  const normal = text.normalize('NFC');
  let total = 0;
  let cursor = 0;
  for (const link of findLinks(normal)) {
    total += weighPlainText(normal.slice(cursor, link.start)) + X_URL_WEIGHT;
    cursor = link.end;
  }
  return total + weighPlainText(normal.slice(cursor));
}

/** Runs of three or more emoji in a row (spaces between them allowed). */
export function findEmojiRuns(text: string): Span[] {
  return spansOf(text, EMOJI_RUN);
}

/** Runs of two or more exclamation marks, with the word just before them; `marks` counts the "!". */
export function findExclamationRuns(text: string): (Span & { marks: number })[] {
  return Array.from(text.matchAll(EXCLAMATION_RUN), (m) => {
    let start = m.index;
    while (start > Math.max(0, m.index - WORD_BEFORE_RUN)) {
      const before = charBefore(text, start);
      if (SPACE.test(before) || EXCLAMATION.test(before)) break;
      start -= before.length;
    }
    const marks = Array.from(m[0]).reduce((n, c) => n + (c === '‼' ? 2 : EXCLAMATION.test(c) ? 1 : 0), 0);
    return { start, end: m.index + m[0].length, marks };
  });
}

export interface CapitalsScan {
  /** Words with at least one cased letter (scripts without case, such as Arabic or Chinese, don't count). */
  casedWords: number;
  /** Words in capitals that read as shouting: in a run of two or more, or four letters or longer. */
  shoutedWords: number;
  longestRunWords: number;
  /** The longest run of shouted words, for evidence; null when nothing is shouted. */
  longestRun: Span | null;
}

/**
 * Counts words written in capitals. A lone short one is an acronym (MOT, DIY, UK) and is let off; a word
 * with a lower-case letter ends a run; words without case (numbers, Arabic, Chinese) neither count nor
 * break a run.
 */
export function scanCapitals(text: string): CapitalsScan {
  const scan: CapitalsScan = { casedWords: 0, shoutedWords: 0, longestRunWords: 0, longestRun: null };
  let run: { span: Span; words: number; long: number } | null = null;
  const close = () => {
    if (!run) return;
    const shouted = run.words >= 2 ? run.words : run.long;
    scan.shoutedWords += shouted;
    if (shouted > 0 && run.words > scan.longestRunWords) {
      scan.longestRunWords = run.words;
      scan.longestRun = run.span;
    }
    run = null;
  };
  for (const m of text.matchAll(CASED_WORD)) {
    const word = m[0];
    if (LOWER.test(word)) {
      scan.casedWords++;
      close();
      continue;
    }
    const upper = word.match(UPPER)?.length ?? 0;
    if (upper >= 2) {
      scan.casedWords++;
      const end = m.index + word.length;
      if (run) run = { span: { start: run.span.start, end }, words: run.words + 1, long: run.long };
      else run = { span: { start: m.index, end }, words: 1, long: 0 };
      if (upper >= 4) run.long++;
    } else if (upper === 1) {
      scan.casedWords++;
    }
  }
  close();
  return scan;
}

/** A span of `text` as evidence: trimmed, at most 80 UTF-16 units, never splitting a surrogate pair. */
export function clipEvidence(text: string, span: Span): string {
  let end = Math.min(span.end, span.start + EVIDENCE_MAX);
  const last = text.charCodeAt(end - 1);
  if (end < span.end && last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(span.start, end).trim();
}
