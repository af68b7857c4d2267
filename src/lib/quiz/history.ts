import { readStoredJson } from '../parse/stored-json';
import { hasKeys, isRecord } from '../parse/untrusted';
import type { Answers } from './discernment';
import { FORMS, type QuizForm } from './forms';

/** One finished play, as kept in this browser to compare with a retest: the form, the day, the counts. */
export interface FinishedPlay extends Answers {
  form: QuizForm;
  /** The local calendar day it was finished, YYYY-MM-DD. */
  day: string;
}

/** The posts each form holds, as the page was built: no play can have answered more. */
export type FormSizes = Readonly<Record<QuizForm, number>>;

export interface ParsedQuizHistory {
  plays: FinishedPlay[];
  /** True when something was stored but could not be trusted: it is set aside whole, and the island says so. */
  tampered: boolean;
}

// Enough for a year of weekly retests; older plays fall off the front.
export const MAX_KEPT_PLAYS = 52;
// Well above 52 plays' worth of JSON; anything longer was not written by the quiz.
const MAX_STORED_LENGTH = 20_000;
// The quiz's forms were first played in December 2026; a play dated before was not made by it.
const FIRST_DAY = '2026-12-01';
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
export const ANSWER_KEYS = ['baitCaught', 'baitAnswered', 'goodPassed', 'goodAnswered'] as const;
const PLAY_KEYS = ['form', 'day', ...ANSWER_KEYS] as const;

/** Whether `day` is a real calendar day written YYYY-MM-DD (no 31 June). */
export function isCalendarDay(day: string): boolean {
  const match = DAY.exec(day);
  if (!match) return false;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const parsed = new Date(Date.UTC(year, month - 1, date));
  return (
    parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === date
  );
}

/** The local calendar day of `date`, YYYY-MM-DD. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The day `days` after `day`, both YYYY-MM-DD. */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/** A day as the page says it: "Monday 14 December" (long) or "14 Dec" (short), in British English. */
export function dayInWords(day: string, style: 'long' | 'short'): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const options: Intl.DateTimeFormatOptions =
    style === 'long'
      ? { weekday: 'long', day: 'numeric', month: 'long' }
      : { day: 'numeric', month: 'short' };
  return new Date(year, month - 1, date).toLocaleDateString('en-GB', options);
}

export const BELOW_ZERO = 'it has a count below zero';

/**
 * Why `answers` cannot come from one play of a form of `size` posts, in words that follow "can't be right:",
 * in the terms a shared link uses (spotted of bait, kept of good); undefined when they can. The one set of
 * bounds for the history, the stored progress and shared links.
 */
export function impossibleAnswers(answers: Answers, size: number): string | undefined {
  const { baitCaught: spotted, baitAnswered: bait, goodAnswered: good } = answers;
  const kept = good - answers.goodPassed;
  if (Math.min(spotted, bait, kept, good) < 0) return BELOW_ZERO;
  if (spotted > bait) return `it says ${spotted} bait posts were spotted out of ${bait} shown`;
  if (kept > good) return `it says ${kept} good posts were kept out of ${good} shown`;
  if (bait + good > size) return `it counts ${bait + good} posts, and a play has ${size}`;
  return undefined;
}

/** Whether stored `answers` are four whole numbers that one play of a form of `size` posts could give. */
export function possibleAnswers(
  answers: Record<string, unknown>,
  size: number,
): answers is Answers & Record<string, unknown> {
  return (
    ANSWER_KEYS.every((key) => Number.isInteger(answers[key])) &&
    impossibleAnswers(answers as unknown as Answers, size) === undefined
  );
}

/** Just the four counts of `answers`, in a fresh object: what is stored and shared, nothing more. */
export function answersIn(answers: Answers): Answers {
  const { baitCaught, baitAnswered, goodPassed, goodAnswered } = answers;
  return { baitCaught, baitAnswered, goodPassed, goodAnswered };
}

function readPlay(value: unknown, sizes: FormSizes, today: string): FinishedPlay | undefined {
  if (!isRecord(value) || !hasKeys(value, PLAY_KEYS)) return undefined;
  const { form, day } = value;
  if (typeof form !== 'string' || !(FORMS as readonly string[]).includes(form)) return undefined;
  // A play is dated on the player's local day, which may run up to a day ahead of this device's.
  if (typeof day !== 'string' || !isCalendarDay(day) || day < FIRST_DAY || day > addDays(today, 1))
    return undefined;
  if (!possibleAnswers(value, sizes[form as QuizForm])) return undefined;
  return { form: form as QuizForm, day, ...answersIn(value) };
}

/**
 * Reads the stored plays strictly: every play must be possible on today's forms and dated between the forms'
 * first day and tomorrow, in order. One play out of place and the whole history is set aside, since a
 * comparison built on an edited play would mislead. Never throws.
 */
export function parseQuizHistory(
  raw: string | null | undefined,
  sizes: FormSizes,
  today: string,
): ParsedQuizHistory {
  const stored = readStoredJson(raw, MAX_STORED_LENGTH);
  if (stored.kind === 'none') return { plays: [], tampered: false };
  const tampered = { plays: [], tampered: true };
  if (stored.kind === 'bad') return tampered;
  const data = stored.value;
  if (!isRecord(data) || !hasKeys(data, ['version', 'plays']) || data['version'] !== 1) return tampered;
  const kept = data['plays'];
  if (!Array.isArray(kept) || kept.length > MAX_KEPT_PLAYS) return tampered;
  const plays: FinishedPlay[] = [];
  for (const value of kept) {
    const play = readPlay(value, sizes, today);
    const last = plays.at(-1);
    if (!play || (last && play.day < last.day)) return tampered;
    plays.push(play);
  }
  return { plays, tampered: false };
}

export function serialiseQuizHistory(plays: readonly FinishedPlay[]): string {
  return JSON.stringify({
    version: 1,
    plays: plays
      .slice(-MAX_KEPT_PLAYS)
      .map((play) => ({ form: play.form, day: play.day, ...answersIn(play) })),
  });
}

/** The plays with `play` added at the end, the oldest dropped past MAX_KEPT_PLAYS. */
export function withPlay(plays: readonly FinishedPlay[], play: FinishedPlay): FinishedPlay[] {
  return [...plays, play].slice(-MAX_KEPT_PLAYS);
}

/**
 * The two plays to set side by side: the latest, and the latest before it on the other form. Undefined until
 * both forms have been played, since a second play of the same form is partly memory.
 */
export function retestPair(
  plays: readonly FinishedPlay[],
): { before: FinishedPlay; after: FinishedPlay } | undefined {
  const after = plays.at(-1);
  if (!after) return undefined;
  const before = plays.findLast((play) => play.form !== after.form);
  return before ? { before, after } : undefined;
}
