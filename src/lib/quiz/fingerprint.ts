/** A 32-bit number as 8 hex digits: a seed in a link, or a deck's fingerprint. */
export function hex32(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0');
}

/** Ids in a fixed order (UTF-16 code units, the same in every browser). */
function canonical(deckIds: readonly string[]): string[] {
  return [...deckIds].sort();
}

/** FNV-1a hash of the deck's ids: the page checks that the posts it loads are the ones it was built with. */
export function deckFingerprint(deckIds: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const id of canonical(deckIds)) {
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0x0a, 0x01000193);
  }
  return hex32(hash);
}
