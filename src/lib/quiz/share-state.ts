import { singleParam } from '../parse/untrusted';
import type { Answers } from './discernment';
import { deckFingerprint, hex32 } from './fingerprint';
import { FORMS, type QuizForm } from './forms';
import { BELOW_ZERO, impossibleAnswers, type FormSizes } from './history';
import type { Pick } from './labels';

/**
 * What a quiz link can carry.
 * - A challenge: the form and the seed, so a friend gets the same posts in the same order, and the sharer's
 *   figures to beat.
 * - A shared result: the same, shown first as the friend's result.
 * - A retest: the form alone, from the calendar file, to play the posts not seen yet.
 * The figures are counts, not answers, so a link stays readable after posts are added to the deck.
 */
export interface QuizShare {
  form: QuizForm;
  seed?: number;
  answers?: Answers;
  /** A challenge opens on the intro; a shared result opens on the friend's result. */
  challenge: boolean;
}

/** A result link from before the two forms (one letter a post of the first 28-post deck): scored once loaded. */
export interface LegacyQuizResult {
  seed: number;
  picks: Readonly<Record<string, Pick>>;
}

export interface ParsedQuizShare {
  state?: QuizShare;
  legacy?: LegacyQuizResult;
  /** Set when the address carried quiz settings that could not be used, to tell the reader calmly. */
  notice?: string;
}

export const DAMAGED_QUIZ_LINK_NOTICE = 'That quiz link was damaged, so a fresh quiz is ready below.';
export const OUTDATED_QUIZ_RESULT_NOTICE =
  'That result came from an earlier version of the quiz, so it can’t be shown. Today’s quiz is ready below.';

// Query parameters. `deck` is the seed as 8 hex digits; `form` the form; `spotted` of `bait` and `kept` of
// `good` the figures; `challenge` marks a challenge. `picks` and `set` are the links made before the forms.
const SEED = /^[0-9a-f]{8}$/;
const COUNT = /^(?:0|[1-9]\d{0,3})$/;
const PICKS = /^[cs-]+$/;
const FIGURES = ['spotted', 'bait', 'kept', 'good'] as const;
const QUIZ_PARAMS = ['deck', 'form', 'challenge', ...FIGURES, 'picks', 'set'] as const;

// The 28 posts of the deck before it was split into two forms, in id order: result links made on it name it
// by its fingerprint, and every one of its posts is still in the deck.
const FIRST_DECK = [
  'bakery-oven-closure',
  'bakery-pie-vote',
  'bike-shop-charity-ride',
  'bike-shop-giveaway',
  'bookkeeper-one-trick',
  'bookkeeper-year-end',
  'bookshop-blog-link',
  'bookshop-local-shelf',
  'cafe-flat-white-like',
  'cafe-followers-free-coffee',
  'cafe-oat-milk-answer',
  'chippy-meme-repost',
  'deli-christmas-hampers',
  'dentist-brushing-mistake',
  'dentist-friday-question',
  'florist-hashtag-wall',
  'florist-missing-dog',
  'garden-centre-bulbs-early-word',
  'garden-centre-mega-sale',
  'groomer-part-two',
  'hardware-sticking-door',
  'plumber-boiler-pressure',
  'plumber-loft-pipes',
  'printer-agree-like',
  'salon-fringe-tutorial',
  'salon-tag-a-friend',
  'yoga-beginners-course',
  'yoga-comment-stretch',
];

/** The query string (with its `?`) that reopens `state`. */
export function encodeQuizShare(state: QuizShare): string {
  const params = new URLSearchParams({ form: state.form });
  if (state.seed !== undefined) params.set('deck', hex32(state.seed));
  const { answers } = state;
  if (answers) {
    params.set('spotted', String(answers.baitCaught));
    params.set('bait', String(answers.baitAnswered));
    params.set('kept', String(answers.goodAnswered - answers.goodPassed));
    params.set('good', String(answers.goodAnswered));
  }
  if (state.challenge) params.set('challenge', '1');
  return `?${params.toString()}`;
}

const impossibleNotice = (why: string) =>
  `That quiz link’s figures can’t be right: ${why}. It may have been changed, so it is not shown; a fresh quiz is ready below.`;

function readLegacy(params: URLSearchParams, seed: number): ParsedQuizShare {
  const letters = singleParam(params, 'picks');
  const set = singleParam(params, 'set');
  if (letters === undefined || set === undefined || !PICKS.test(letters) || !SEED.test(set)) {
    return { notice: DAMAGED_QUIZ_LINK_NOTICE };
  }
  if (set !== deckFingerprint(FIRST_DECK)) return { notice: OUTDATED_QUIZ_RESULT_NOTICE };
  if (letters.length !== FIRST_DECK.length) return { notice: DAMAGED_QUIZ_LINK_NOTICE };
  const picks: Record<string, Pick> = {};
  FIRST_DECK.forEach((id, index) => {
    if (letters[index] === 'c') picks[id] = 'click';
    else if (letters[index] === 's') picks[id] = 'scroll';
  });
  return { legacy: { seed, picks } };
}

/**
 * Reads the quiz's part of a page address against the forms' sizes. Never throws: a damaged, hostile or
 * half-copied link gives no state and a notice; an address with none of the quiz's parameters is an ordinary
 * visit and gives neither.
 */
export function parseQuizShare(search: string, sizes: FormSizes): ParsedQuizShare {
  const params = new URLSearchParams(search);
  if (!QUIZ_PARAMS.some((name) => params.has(name))) return {};
  const damaged = { notice: DAMAGED_QUIZ_LINK_NOTICE };
  const deck = params.has('deck') ? singleParam(params, 'deck') : '';
  if (deck === undefined || (deck !== '' && !SEED.test(deck))) return damaged;
  const seed = deck === '' ? undefined : Number.parseInt(deck, 16);

  // Links from before the forms: a bare seed was a challenge, and a result carried one letter a post.
  if (!params.has('form')) {
    if (seed === undefined) return damaged;
    if (params.has('picks') || params.has('set')) return readLegacy(params, seed);
    return { state: { form: 'a', seed, challenge: true } };
  }
  const form = singleParam(params, 'form');
  if (form === undefined || !(FORMS as readonly string[]).includes(form)) return damaged;
  const state: QuizShare = { form: form as QuizForm, challenge: params.has('challenge') };
  if (seed !== undefined) state.seed = seed;

  const given = FIGURES.filter((name) => params.has(name));
  if (given.length === 0) return { state };
  const raw = FIGURES.map((name) => singleParam(params, name));
  if (given.length < FIGURES.length || seed === undefined) return damaged;
  if (raw.some((value) => value !== undefined && value.startsWith('-'))) {
    return { notice: impossibleNotice(BELOW_ZERO) };
  }
  if (raw.some((value) => value === undefined || !COUNT.test(value))) return damaged;
  const [spotted, bait, kept, good] = raw.map(Number) as [number, number, number, number];
  const answers = { baitCaught: spotted, baitAnswered: bait, goodPassed: good - kept, goodAnswered: good };
  const why = impossibleAnswers(answers, sizes[state.form]);
  if (why) return { notice: impossibleNotice(why) };
  return { state: { ...state, answers } };
}
