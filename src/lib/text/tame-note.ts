// What taming left out, in words, said next to the field: apart from tame.ts so that a box that never says it
// (a short field whose maxLength already bounds it) does not ship the words.
import { countOf } from '../numbers/format';
import { MAX_MARKS_PER_LETTER, type TamedText } from './tame';

/** Where tamed text came from, as the note names it: "that paste" and "the paste". */
export interface TamedSource {
  from: string;
  of: string;
}

export const PASTE: TamedSource = { from: 'that paste', of: 'the paste' };
export const DROP: TamedSource = { from: 'that drop', of: 'the dropped text' };
export const CHANGE: TamedSource = { from: 'that change', of: 'the text' };
export const RESTORED: TamedSource = { from: 'the text kept in this browser', of: 'it' };

/**
 * What taming left out, in words, to be said next to the field. `limit` names the field's bound: "a draft stops
 * at 1,000,000 characters, far longer than any post". Undefined when nothing was left out.
 */
export function tamedNote(tamed: TamedText, source: TamedSource, limit: string): string | undefined {
  const notes = [
    tamed.marksDropped > 0 &&
      `${countOf(tamed.marksDropped, 'accent mark')} stacked on single letters ${tamed.marksDropped === 1 ? 'was' : 'were'} left out (at most ${MAX_MARKS_PER_LETTER} are kept on a letter: more freezes the text box, and platforms hide or strip such text)`,
    tamed.charsDropped > 0 &&
      `the last ${countOf(tamed.charsDropped, 'character')} of ${source.of} ${tamed.charsDropped === 1 ? 'was' : 'were'} left out, since ${limit}`,
  ].filter(Boolean);
  return notes.length === 0 ? undefined : `From ${source.from}, ${notes.join('; and ')}.`;
}
