import { singleParam } from '../parse/untrusted';
import type { Pick } from './labels';

/**
 * What a quiz link can carry. `seed` alone is a challenge: the friend gets the same posts in the same order.
 * With `picks` it is a shared result; a post missing from `picks` was left unanswered.
 */
export interface QuizShare {
  seed: number;
  picks?: Readonly<Record<string, Pick>>;
}

export interface ParsedQuizShare {
  state?: QuizShare;
  /** Set when the address carried quiz settings that could not be used, to tell the reader calmly. */
  notice?: string;
}

export const DAMAGED_QUIZ_LINK_NOTICE = 'That quiz link was damaged, so a fresh quiz has started.';
export const OUTDATED_QUIZ_RESULT_NOTICE =
  'That result came from an earlier version of the quiz, so it can’t be shown. The quiz has started with today’s posts.';

// Query parameters: `deck` is the seed as 8 hex digits, `picks` one letter a post, `set` names the deck.
const SEED = /^[0-9a-f]{8}$/;
const PICKS = /^[cs-]+$/;
const CODE: Readonly<Record<Pick, string>> = { click: 'c', scroll: 's' };
const QUIZ_PARAMS = ['deck', 'picks', 'set'] as const;

function hex32(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0');
}

/** Ids in a fixed order (UTF-16 code units, the same in every browser): the order `picks` letters follow. */
function canonical(deckIds: readonly string[]): string[] {
  return [...deckIds].sort();
}

/**
 * FNV-1a hash of the deck's ids. A result link names the deck it was taken on, so answers are never laid
 * over a deck that has since gained, lost or swapped a post.
 */
export function deckFingerprint(deckIds: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const id of canonical(deckIds)) {
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0x0a, 0x01000193);
  }
  return hex32(hash);
}

/** The query string (with its `?`) that reopens `state` on the deck made of `deckIds`. */
export function encodeQuizShare(state: QuizShare, deckIds: readonly string[]): string {
  const params = new URLSearchParams({ deck: hex32(state.seed) });
  const { picks } = state;
  if (picks) {
    const letters = canonical(deckIds).map((id) => {
      const pick = Object.hasOwn(picks, id) ? picks[id] : undefined;
      return pick ? CODE[pick] : '-';
    });
    params.set('picks', letters.join(''));
    params.set('set', deckFingerprint(deckIds));
  }
  return `?${params.toString()}`;
}

/**
 * Reads the quiz's part of a page address. Never throws: a damaged, hostile or half-copied link gives no
 * state and a notice; an address with none of the quiz's parameters is an ordinary visit and gives neither.
 */
export function parseQuizShare(search: string, deckIds: readonly string[]): ParsedQuizShare {
  const params = new URLSearchParams(search);
  if (!QUIZ_PARAMS.some((name) => params.has(name))) return {};
  const damaged = { notice: DAMAGED_QUIZ_LINK_NOTICE };
  const deck = singleParam(params, 'deck');
  if (deck === undefined || !SEED.test(deck)) return damaged;
  const seed = Number.parseInt(deck, 16);
  if (!params.has('picks') && !params.has('set')) return { state: { seed } };

  const letters = singleParam(params, 'picks');
  const set = singleParam(params, 'set');
  if (letters === undefined || set === undefined || !PICKS.test(letters) || !SEED.test(set)) return damaged;
  if (set !== deckFingerprint(deckIds)) return { state: { seed }, notice: OUTDATED_QUIZ_RESULT_NOTICE };
  const ids = canonical(deckIds);
  if (letters.length !== ids.length) return damaged;

  const picks: Record<string, Pick> = {};
  ids.forEach((id, index) => {
    if (letters[index] === 'c') picks[id] = 'click';
    else if (letters[index] === 's') picks[id] = 'scroll';
  });
  return { state: { seed, picks } };
}
