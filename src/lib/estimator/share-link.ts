import type { QuickPlatform } from './quick/quick-check';

// Writing a shared estimator link, apart from reading one (share-state.ts): every visit writes the address as
// the quick check is typed, while only a visit that came by a shared link needs the reader.

/** What a shared estimator link can reopen: the quick check's inputs, or a finished spot-check's result. */
export type SharedView =
  | { mode: 'quick'; platform: QuickPlatform; followers: number; likes: number; comments: number }
  | { mode: 'spot'; followers: number; checked: number; fake: number; unsure: number };

/** The query string (with its `?`) that reopens `view`. */
export function encodeSharedView(view: SharedView): string {
  // Averages keep two decimals, the precision the parser accepts back.
  const entries = Object.entries(view).map(([key, value]) => [
    key,
    typeof value === 'number' ? String(Math.round(value * 100) / 100) : value,
  ]);
  return `?${new URLSearchParams(entries).toString()}`;
}
