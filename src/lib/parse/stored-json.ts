// Its own module rather than in untrusted.ts, whose chunk every tool's first view loads.
/** Text kept in storage, read as JSON: nothing kept, something that cannot be what was written, or the value. */
export type StoredJson = { kind: 'none' } | { kind: 'bad' } | { kind: 'json'; value: unknown };

/** Reads stored text as JSON, refusing text longer than `maxLength` unread. Never throws. */
export function readStoredJson(raw: string | null | undefined, maxLength: number): StoredJson {
  if (raw === null || raw === undefined || raw === '') return { kind: 'none' };
  if (raw.length > maxLength) return { kind: 'bad' };
  try {
    return { kind: 'json', value: JSON.parse(raw) };
  } catch {
    return { kind: 'bad' };
  }
}
