// A module of its own: every tool's page loads it, and not the list of everything kept (stored.ts).

/**
 * What every tool that keeps something says when the browser will not store it (storage full, or turned off):
 * one message, so the reader learns it once. The tool keeps what was entered on the page all the same.
 */
export const NOT_KEPT =
  'Storage is full or turned off in this browser, so what you enter here is not kept: it stays on this page until you leave it.';
