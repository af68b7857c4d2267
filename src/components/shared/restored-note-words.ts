// The words of restored-notes.ts, loaded when a restored field was tamed.
import { formatCount } from '../../lib/numbers/format';
import type { TamedFields, TamedText } from '../../lib/text/tame';
import { RESTORED, tamedNote, type TamedSource } from '../../lib/text/tame-note';
import type { FieldNotes, RestoredFrom } from './restored-notes';

const SOURCES: Record<RestoredFrom, TamedSource> = {
  storage: RESTORED,
  link: { from: 'the shared link', of: 'it' },
};

/** "From the text kept in this browser, the last 999,800 characters of it were left out, since ...", by field. */
export function notesFor<K extends string>(
  tamed: TamedFields<K>,
  from: RestoredFrom,
  room: (key: K) => number,
): FieldNotes<K> {
  const notes: FieldNotes<K> = {};
  for (const [key, cut] of Object.entries(tamed.cut) as [K, TamedText][]) {
    const note = tamedNote(
      cut,
      SOURCES[from],
      `a field here keeps at most ${formatCount(room(key))} characters`,
    );
    if (note) notes[key] = { text: tamed.fields[key], note };
  }
  return notes;
}
