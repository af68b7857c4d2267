// The page address is where shared tool state lives. These are the only places tools touch its query; the
// fragment of a shared follower history (#history=) is read and cleared in components/history/history-link.ts.

/** Replaces the query string in place (no new history entry), keeping the path and any #section. */
export function replaceQuery(query: string): void {
  const { pathname, hash } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${query}${hash}`);
}

/** Removes the tool's settings from the address, for when the reader leaves a shared view. */
export function clearQuery(): void {
  replaceQuery('');
}

/** The full link to this page with `query`, for copying. */
export function shareUrl(query: string): string {
  return `${window.location.origin}${window.location.pathname}${query}`;
}
