/*
 * What a reader (and a platform's filter) sees in a draft, as opposed to the characters it is made of.
 * Bait can be disguised so that a simple match misses it: zero-width characters inside the words
 * ("Com\u200Bment YES"), a direction override that reorders what is shown, or Cyrillic and Greek letters that
 * look like Latin ones ("Сomment" with a Cyrillic С). The checker matches on the normalised text and quotes
 * the draft as it was typed, so the normaliser keeps, for every character it gives, where it came from.
 *
 * The steps, one code point at a time:
 * 1. Invisible characters are dropped and counted: zero-width space, non-joiner, joiner, word joiner, byte
 *    order mark, soft hyphen, Mongolian vowel separator, and the direction marks, embeddings, overrides and
 *    isolates. A zero-width joiner between two emoji (👨‍👩‍👧) is part of the emoji and kept; so are
 *    variation selectors.
 * 2. Each remaining character is put in NFKC form, which turns full-width and styled letters ("ＹＥＳ",
 *    "𝐘𝐄𝐒") into plain ones.
 * 3. Look-alike Cyrillic and Greek letters are folded to the Latin letters they imitate, in a word that mixes
 *    them with Latin letters, or, when the draft is mostly Latin once those are folded, in a word made only of look-alikes. A
 *    Russian, Ukrainian or Greek post is left as it is.
 */

/** Where each character of `text` comes from in the draft: `origin[i]` for text[i]; origin[text.length] is the draft's length. */
export interface NormalisedDraft {
  text: string;
  origin: number[];
  hidden: HiddenCharacters;
}

export interface HiddenCharacters {
  /** Zero-width and other invisible characters dropped. */
  invisible: number;
  /** Direction controls dropped (marks, embeddings, overrides, isolates). */
  direction: number;
  /** Words with look-alike letters from another alphabet folded to Latin. */
  lookAlikeWords: number;
}

const INVISIBLE = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x180e]);
const ZWJ = 0x200d;
const DIRECTION = new Set([
  0x200e, 0x200f, 0x061c, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
]);
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC_OR_GREEK = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const LETTER = /\p{L}/u;

// Cyrillic and Greek letters that a reader takes for Latin ones (after the Unicode confusables list, the
// letters that look alike in ordinary fonts).
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  Ѕ: 'S',
  І: 'I',
  Ј: 'J',
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ј: 'j',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ү: 'y',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ο: 'o',
  ν: 'v',
  ι: 'i',
  κ: 'k',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
};

const EMOJI_PART = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]/u;

/**
 * Whether the code point `code`, which ends at `next` in `text` and follows `previous`, is hidden: a direction
 * control, or an invisible character that is not a joiner inside an emoji.
 */
function hiddenKind(text: string, code: number, next: number, previous: string | undefined) {
  if (DIRECTION.has(code)) return 'direction';
  if (!INVISIBLE.has(code)) return undefined;
  const following = text.codePointAt(next);
  const joinsEmoji =
    code === ZWJ &&
    previous !== undefined &&
    EMOJI_PART.test(previous) &&
    following !== undefined &&
    PICTOGRAPHIC.test(String.fromCodePoint(following));
  return joinsEmoji ? undefined : 'invisible';
}

/** The draft as a reader sees it, with where each of its characters came from and what was hidden. */
export function normaliseDraft(draft: string): NormalisedDraft {
  const chars: string[] = [];
  const origin: number[] = [];
  const hidden: HiddenCharacters = { invisible: 0, direction: 0, lookAlikeWords: 0 };
  let index = 0;
  let previous: string | undefined;
  for (const char of draft) {
    const code = char.codePointAt(0)!;
    const at = index;
    index += char.length;
    const kind = hiddenKind(draft, code, index, previous);
    if (kind) {
      hidden[kind]++;
      continue;
    }
    const normal = code < 0x80 ? char : char.normalize('NFKC');
    for (let i = 0; i < normal.length; i++) {
      chars.push(normal[i]!);
      origin.push(at);
    }
    previous = char;
  }
  origin.push(draft.length);
  hidden.lookAlikeWords = foldLookAlikes(chars);
  return { text: chars.join(''), origin, hidden };
}

/** `text` for showing: direction controls and invisible characters taken out, emoji joiners kept. */
export function visibleText(text: string): string {
  let out = '';
  let index = 0;
  let previous: string | undefined;
  for (const char of text) {
    index += char.length;
    if (hiddenKind(text, char.codePointAt(0)!, index, previous)) continue;
    out += char;
    previous = char;
  }
  return out;
}

/**
 * Folds look-alike letters in place (one UTF-16 unit each, so positions hold); gives how many words. Mixed
 * words are folded first and the alphabets counted after, so that folding the result again changes nothing.
 */
function foldLookAlikes(chars: string[]): number {
  const words = wordsOf(chars);
  let folded = 0;
  for (const word of words) {
    if (word.hasOther && word.hasLatin && mixedFoldable(chars, word.start, word.end)) {
      fold(chars, word);
      folded++;
    }
  }
  let latin = 0;
  let other = 0;
  for (const char of chars) {
    if (LATIN.test(char)) latin++;
    else if (CYRILLIC_OR_GREEK.test(char)) other++;
  }
  if (latin <= other) return folded;
  for (const word of words) {
    if (word.hasOther && !word.hasLatin && word.allLookAlike) {
      fold(chars, word);
      folded++;
    }
  }
  return folded;
}

interface Word {
  start: number;
  end: number;
  hasLatin: boolean;
  hasOther: boolean;
  allLookAlike: boolean;
}

/** The runs of letters in `chars`, with which alphabets each holds. */
function wordsOf(chars: readonly string[]): Word[] {
  const words: Word[] = [];
  let start = 0;
  while (start < chars.length) {
    if (!LETTER.test(chars[start]!)) {
      start++;
      continue;
    }
    const word: Word = { start, end: start, hasLatin: false, hasOther: false, allLookAlike: true };
    while (word.end < chars.length && LETTER.test(chars[word.end]!)) {
      const char = chars[word.end]!;
      if (LATIN.test(char)) word.hasLatin = true;
      else if (CYRILLIC_OR_GREEK.test(char)) word.hasOther = true;
      if (!(char in LOOK_ALIKES)) word.allLookAlike = false;
      word.end++;
    }
    words.push(word);
    start = word.end;
  }
  return words;
}

function fold(chars: string[], word: Word): void {
  for (let i = word.start; i < word.end; i++) chars[i] = LOOK_ALIKES[chars[i]!] ?? chars[i]!;
}

/** A mixed word is folded when every non-Latin letter in it is a look-alike. */
function mixedFoldable(chars: string[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const char = chars[i]!;
    if (CYRILLIC_OR_GREEK.test(char) && !(char in LOOK_ALIKES)) return false;
  }
  return true;
}
