/** Longest query the search box accepts; longer shared links are cut, not rejected. */
export const MAX_QUERY_LENGTH = 100;

/** The search words carried in a page address (`?q=`), cleaned: control characters removed, spaces collapsed. */
export function queryFromSearchParams(search: string): string {
  const raw = new URLSearchParams(search).get('q') ?? '';
  return normaliseQuery(raw);
}

export function normaliseQuery(raw: string): string {
  return raw
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
}
