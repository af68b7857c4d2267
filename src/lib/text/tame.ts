/**
 * The one way in for text: whatever a field keeps (typed, pasted, dropped, restored from storage, read from a
 * shared address) passes through `tameText` first, so no way in can freeze the page or outgrow the field.
 */

/**
 * The most combining marks kept on one letter. Unicode's Stream-Safe Text Format allows no more than 30
 * non-starters in a row, a bound every real script fits in; "Zalgo" text stacks thousands on one letter, and a
 * browser's text box takes seconds a keystroke to lay out such a letter, or hangs.
 */
// source: Unicode Standard Annex #15, Unicode Normalization Forms, for Unicode 16.0 (2024), definition UAX15-D4 (Stream-Safe Text Format: at most 30 non-starters in a row)
export const MAX_MARKS_PER_LETTER = 30;

export interface TamedText {
  text: string;
  /** Marks dropped from runs longer than MAX_MARKS_PER_LETTER. */
  marksDropped: number;
  /** Characters left off the end, past the room given. */
  charsDropped: number;
}

const MARK_RUN = new RegExp(`(\\p{M}{${MAX_MARKS_PER_LETTER}})\\p{M}+`, 'gu');

/**
 * Text as a field may keep it: runs of combining marks cut to MAX_MARKS_PER_LETTER, and the whole cut to fit in
 * `room` characters (UTF-16 units; a character made of two units is never split). The caller tells the owner
 * what was left out.
 */
export function tameText(text: string, room: number): TamedText {
  let marksDropped = 0;
  let tamed = text.replace(MARK_RUN, (run: string, kept: string) => {
    marksDropped += [...run].length - [...kept].length;
    return kept;
  });
  let charsDropped = 0;
  const fits = Math.max(0, room);
  if (tamed.length > fits) {
    let end = fits;
    const last = tamed.charCodeAt(end - 1);
    if (end > 0 && last >= 0xd800 && last <= 0xdbff) end--;
    charsDropped = tamed.length - end;
    tamed = tamed.slice(0, end);
  }
  return { text: tamed, marksDropped, charsDropped };
}

/** A form's text fields, tamed: what each field keeps, and what taming cut from those it cut. */
export interface TamedFields<K extends string> {
  fields: Record<K, string>;
  cut: Partial<Record<K, TamedText>>;
}

/**
 * Every field of a form restored from storage or read from a shared link, tamed as typing would tame it:
 * `room(key)` is the most characters that field keeps.
 */
export function tameFields<K extends string>(
  fields: Record<K, string>,
  room: (key: K) => number,
): TamedFields<K> {
  const tamed = { fields: { ...fields }, cut: {} } as TamedFields<K>;
  for (const key of Object.keys(fields) as K[]) {
    const field = tameText(fields[key], room(key));
    tamed.fields[key] = field.text;
    if (!untouched(field)) tamed.cut[key] = field;
  }
  return tamed;
}

/** True when taming changed nothing. */
export const untouched = (tamed: TamedText): boolean => tamed.marksDropped === 0 && tamed.charsDropped === 0;
