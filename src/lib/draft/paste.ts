import { MAX_DRAFT_LENGTH } from './limits';

/**
 * The most combining marks kept on one letter from a paste. Unicode's Stream-Safe Text Format allows no more
 * than 30 non-starters in a row, a bound every real script fits in; "Zalgo" text stacks thousands on one
 * letter, and a browser's text box takes seconds a keystroke to lay out such a letter, or hangs.
 */
// source: Unicode Standard Annex #15, Unicode Normalization Forms, for Unicode 16.0 (2024), definition UAX15-D4 (Stream-Safe Text Format: at most 30 non-starters in a row)
export const MAX_MARKS_PER_LETTER = 30;

/** The longest draft a paste may make: ten times what is checked, already far past any platform's limit. */
export const MAX_PASTED_DRAFT = 10 * MAX_DRAFT_LENGTH; // own: a bound of ours, not a platform's

export interface TamedPaste {
  text: string;
  /** Marks dropped from runs longer than MAX_MARKS_PER_LETTER. */
  marksDropped: number;
  /** Characters left off the end, past MAX_PASTED_DRAFT. */
  charsDropped: number;
}

const MARK_RUN = new RegExp(`(\\p{M}{${MAX_MARKS_PER_LETTER}})\\p{M}+`, 'gu');

/**
 * What of a paste goes into the draft: runs of combining marks cut to MAX_MARKS_PER_LETTER, and the whole cut
 * to fit in `room` characters (a character made of two units is never split). The caller tells the owner what
 * was left out.
 */
export function tamePaste(pasted: string, room: number): TamedPaste {
  let marksDropped = 0;
  let text = pasted.replace(MARK_RUN, (run: string, kept: string) => {
    marksDropped += [...run].length - [...kept].length;
    return kept;
  });
  let charsDropped = 0;
  const fits = Math.max(0, room);
  if (text.length > fits) {
    let end = fits;
    const last = text.charCodeAt(end - 1);
    if (end > 0 && last >= 0xd800 && last <= 0xdbff) end--;
    charsDropped = text.length - end;
    text = text.slice(0, end);
  }
  return { text, marksDropped, charsDropped };
}
