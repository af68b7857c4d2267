import { readStoredJson } from '../parse/stored-json';
import { hasKeys, isRecord, isWholeBetween } from '../parse/untrusted';
import { FORMS, type QuizForm } from './forms';
import type { Answers } from './discernment';
import { ANSWER_KEYS, answersIn, possibleAnswers, type FormSizes } from './history';
import type { Pick } from './labels';

/** A play in progress on one form, as kept in localStorage between visits. */
export interface QuizProgress {
  version: 2;
  form: QuizForm;
  seed: number;
  /** The reader's answers by post id. */
  picks: Record<string, Pick>;
  /** Position in the shuffled form of the post on screen; the form's length once every post is done. */
  index: number;
  finished: boolean;
  /** The figures of the first pass, once it is finished (QuizRound.firstPass); null before. */
  firstPass: Answers | null;
}

export interface ParsedQuizProgress {
  progress?: QuizProgress;
  /** True when something was stored but could not be used, so the island can say why it starts afresh. */
  corrupt: boolean;
}

// A form's progress is well under 2 KB; anything far bigger was not written by the quiz.
const MAX_STORED_LENGTH = 50_000;
const MAX_SEED = 0xffff_ffff;
const POST_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KEYS = ['version', 'form', 'seed', 'picks', 'index', 'finished', 'firstPass'];
// Progress from before the two forms (version 1) was a play of the whole deck; it goes on as form A.
const V1_KEYS = ['version', 'seed', 'picks', 'index', 'finished'];

/**
 * Reads stored progress before the posts are loaded, against the forms' sizes: its shape, and no more answers
 * than its form holds. Which answers are for posts still in the form is only known once they load
 * (`progressOnForm`). Never throws.
 */
export function parseQuizProgress(raw: string | null | undefined, sizes: FormSizes): ParsedQuizProgress {
  const read = readStoredJson(raw, MAX_STORED_LENGTH);
  if (read.kind === 'none') return { corrupt: false };
  const corrupt = { corrupt: true };
  if (read.kind === 'bad') return corrupt;
  const data = read.value;
  if (!isRecord(data)) return corrupt;
  const v1 = data['version'] === 1 && hasKeys(data, V1_KEYS);
  if (!v1 && !(data['version'] === 2 && hasKeys(data, KEYS))) return corrupt;
  const form = v1 ? 'a' : data['form'];
  const { seed, index, finished, picks: stored } = data;
  const firstPass = v1 ? null : data['firstPass'];
  if (
    typeof form !== 'string' ||
    !(FORMS as readonly string[]).includes(form) ||
    !isWholeBetween(seed, 0, MAX_SEED) ||
    !isWholeBetween(index, 0, Number.MAX_SAFE_INTEGER) ||
    typeof finished !== 'boolean' ||
    !isRecord(stored)
  ) {
    return corrupt;
  }
  const size = sizes[form as QuizForm];
  if (
    firstPass !== null &&
    !(isRecord(firstPass) && hasKeys(firstPass, ANSWER_KEYS) && possibleAnswers(firstPass, size))
  ) {
    return corrupt;
  }
  const picks: Record<string, Pick> = {};
  // An answer that is not one, or under a name no post can have, is dropped, as answers to retired posts are.
  for (const [id, pick] of Object.entries(stored)) {
    if (POST_ID.test(id) && (pick === 'click' || pick === 'scroll')) picks[id] = pick;
  }
  // The first deck's 28 answers may all be there; a form's own progress holds no more than the form.
  if (Object.keys(picks).length > (v1 ? sizes.a + sizes.b : size)) return corrupt;
  return {
    progress: {
      version: 2,
      form: form as QuizForm,
      seed,
      picks,
      index: Math.min(index, size),
      finished,
      firstPass: firstPass && answersIn(firstPass),
    },
    corrupt: false,
  };
}

/** The progress with only the answers for posts of its form (`formIds`), once the posts are loaded. */
export function progressOnForm(progress: QuizProgress, formIds: readonly string[]): QuizProgress {
  const picks: Record<string, Pick> = {};
  for (const id of formIds) {
    const pick = Object.hasOwn(progress.picks, id) ? progress.picks[id] : undefined;
    if (pick) picks[id] = pick;
  }
  return { ...progress, picks, index: Math.min(progress.index, formIds.length) };
}

export function serialiseQuizProgress(progress: QuizProgress): string {
  const { version, form, seed, picks, index, finished, firstPass } = progress;
  return JSON.stringify({
    version,
    form,
    seed,
    picks,
    index,
    finished,
    firstPass: firstPass && answersIn(firstPass),
  });
}
