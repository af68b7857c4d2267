// Notes under the fields of a form restored from storage or filled from a shared link, saying what taming
// (tameFields, src/lib/text/tame.ts) cut from each. Their words (restored-note-words.ts) load only when
// something was cut, which is seldom, so a tool's first view does not carry them.
import type { TamedFields } from '../../lib/text/tame';

/** A note shown under a field while the field still holds `text`, the value the note is about. */
export interface FieldNote {
  text: string;
  note: string;
}

export type FieldNotes<K extends string> = Partial<Record<K, FieldNote>>;

/** Where restored text came from: this browser's storage, or a shared link. */
export type RestoredFrom = 'storage' | 'link';

/** What taming cut from each field, in words; `room` gives each field's bound, as taming used it. */
export async function restoredNotes<K extends string>(
  tamed: TamedFields<K>,
  from: RestoredFrom,
  room: (key: K) => number,
): Promise<FieldNotes<K>> {
  if (Object.keys(tamed.cut).length === 0) return {};
  const { notesFor } = await import('./restored-note-words');
  return notesFor(tamed, from, room);
}

/** The note on field `key`, while the field still holds the text it is about. */
export function noteOn<K extends string>(notes: FieldNotes<K>, key: K, value: string): string | undefined {
  const note = notes[key];
  return note?.text === value ? note.note : undefined;
}
