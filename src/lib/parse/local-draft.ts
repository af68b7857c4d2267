import { isRecord } from './untrusted';

/**
 * What someone has typed into a tool, kept in this browser's storage so that a reload (or a phone that
 * drops the tab) loses nothing. The stored JSON carries a version; anything that does not parse, at that
 * version, through the tool's own strict reader is ignored. Storage that is full, blocked or missing is
 * tolerated: `write` says whether it worked, and the tool carries on without it.
 */
export interface LocalDraft<T> {
  read(): T | undefined;
  /** False when the browser would not store it. */
  write(value: T): boolean;
  clear(): void;
}

const storageOf = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

export function localDraft<T>(
  key: string,
  version: number,
  parse: (value: unknown) => T | undefined,
  storage: () => Storage | undefined = storageOf,
): LocalDraft<T> {
  return {
    read() {
      try {
        const raw = storage()?.getItem(key);
        if (!raw) return undefined;
        const stored: unknown = JSON.parse(raw);
        if (!isRecord(stored) || stored['version'] !== version) return undefined;
        return parse(stored['value']);
      } catch {
        return undefined;
      }
    },
    write(value) {
      try {
        const store = storage();
        if (!store) return false;
        store.setItem(key, JSON.stringify({ version, value }));
        return true;
      } catch {
        return false;
      }
    },
    clear() {
      try {
        storage()?.removeItem(key);
      } catch {
        // Nothing stored, or nothing storable: either way nothing is left to clear.
      }
    },
  };
}

/**
 * A reader for a record of text fields, exactly `keys`, each a string: the shape of a form as typed. Any length
 * is read back: the tool tames what breaks a field's bounds (tameText) and says so, rather than losing it all.
 */
export function textFields<K extends string>(
  keys: readonly K[],
): (value: unknown) => Record<K, string> | undefined {
  return (value) => {
    if (!isRecord(value)) return undefined;
    const fields = {} as Record<K, string>;
    for (const key of keys) {
      const text = value[key];
      if (typeof text !== 'string') return undefined;
      fields[key] = text;
    }
    return Object.keys(value).length === keys.length ? fields : undefined;
  };
}
