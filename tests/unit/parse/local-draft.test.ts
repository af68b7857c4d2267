import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDraft, textFields } from '../../../src/lib/parse/local-draft';

/** A Storage held in memory; `quota` makes setItem throw past that many characters, as a full browser does. */
function memoryStorage(quota = Infinity): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem(key, value) {
      if (value.length > quota) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, String(value));
    },
  };
}

const FIELDS = ['followers', 'likes'] as const;

describe('localDraft', () => {
  it('gives back exactly what was typed, valid or not, blank space and hidden characters included', () => {
    const storage = memoryStorage();
    const draft = localDraft('k', 1, textFields(FIELDS), () => storage);
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), fc.string({ maxLength: 100 }), (followers, likes) => {
        expect(draft.write({ followers, likes })).toBe(true);
        expect(draft.read()).toEqual({ followers, likes });
      }),
    );
  });

  it('ignores what another version, a hand edit or another script left under the key', () => {
    const storage = memoryStorage();
    const draft = localDraft('k', 2, textFields(FIELDS), () => storage);
    for (const raw of [
      '{',
      'null',
      '[]',
      '"text"',
      JSON.stringify({ version: 1, value: { followers: '1', likes: '2' } }),
      JSON.stringify({ version: 2, value: { followers: 1, likes: '2' } }),
      JSON.stringify({ version: 2, value: { followers: '1' } }),
      JSON.stringify({ version: 2, value: { followers: '1', likes: '2', extra: '<img src=x>' } }),
      '{"version":2,"value":{"followers":"1","likes":"2","__proto__":{"a":"1"}}}',
    ]) {
      storage.setItem('k', raw);
      expect(draft.read(), raw).toBeUndefined();
    }
  });

  it('reads back a field of any length, for the tool to tame and say so, rather than losing the whole form', () => {
    const storage = memoryStorage();
    const draft = localDraft('k', 1, textFields(FIELDS), () => storage);
    storage.setItem(
      'k',
      JSON.stringify({ version: 1, value: { followers: '9'.repeat(1_000_000), likes: '2' } }),
    );
    expect(draft.read()).toEqual({ followers: '9'.repeat(1_000_000), likes: '2' });
  });

  it('says so when the browser will not store it, and never throws', () => {
    const full = localDraft('k', 1, textFields(FIELDS), () => memoryStorage(50));
    expect(full.write({ followers: '1', likes: 'x'.repeat(100) })).toBe(false);
    const blocked = localDraft('k', 1, textFields(FIELDS), () => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(blocked.write({ followers: '1', likes: '2' })).toBe(false);
    expect(blocked.read()).toBeUndefined();
    expect(() => blocked.clear()).not.toThrow();
  });

  it('clears what it stored', () => {
    const storage = memoryStorage();
    const draft = localDraft('k', 1, textFields(FIELDS), () => storage);
    draft.write({ followers: '1', likes: '2' });
    draft.clear();
    expect(draft.read()).toBeUndefined();
    expect(storage.length).toBe(0);
  });
});
