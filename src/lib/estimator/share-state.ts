import { parseQuickCheck, QUICK_PLATFORMS, type QuickCheckField } from './quick/quick-check';
import { MOST_FOLLOWERS } from '../numbers/count';
import { singleParam } from '../parse/untrusted';
import { encodeSharedView, type SharedView } from './share-link';

export type { SharedView } from './share-link';

export interface ParsedShare {
  view?: SharedView;
  /** Set when the address carried estimator settings that could not be trusted. */
  notice?: string;
}

export const DAMAGED_LINK_NOTICE =
  'This link was damaged or incomplete, so the estimator opened with its usual settings.';

// A hand spot-check beyond a few thousand accounts is not something a person does.
const MAX_CHECKED = 10_000;
const WHOLE = /^\d{1,10}$/;
// Averages per post may carry up to two decimals, as the quick check shows them.
const AVERAGE = /^\d{1,10}(?:\.\d{1,2})?$/;

/** Reads one parameter that must appear exactly once and match `pattern`; `undefined` otherwise. */
function single(params: URLSearchParams, name: string, pattern: RegExp): string | undefined {
  const value = singleParam(params, name);
  return value !== undefined && pattern.test(value) ? value : undefined;
}

function whole(params: URLSearchParams, name: string, min: number, max: number): number | undefined {
  const text = single(params, name, WHOLE);
  const value = text === undefined ? Number.NaN : Number(text);
  return value >= min && value <= max ? value : undefined;
}

function average(params: URLSearchParams, name: string): number | undefined {
  const text = single(params, name, AVERAGE);
  return text === undefined ? undefined : Number(text);
}

function parseQuick(params: URLSearchParams): SharedView | undefined {
  const platform = QUICK_PLATFORMS.find((id) => id === single(params, 'platform', /^[a-z]{1,12}$/));
  const followers = whole(params, 'followers', 1, MOST_FOLLOWERS);
  const likes = average(params, 'likes');
  const comments = average(params, 'comments');
  if (!platform || followers === undefined || likes === undefined || comments === undefined) return undefined;
  return { mode: 'quick', platform, followers, likes, comments };
}

function parseSpot(params: URLSearchParams): SharedView | undefined {
  const followers = whole(params, 'followers', 1, MOST_FOLLOWERS);
  const checked = whole(params, 'checked', 1, MAX_CHECKED);
  const fake = whole(params, 'fake', 0, MAX_CHECKED);
  const unsure = whole(params, 'unsure', 0, MAX_CHECKED);
  if (followers === undefined || checked === undefined || fake === undefined || unsure === undefined) {
    return undefined;
  }
  // A sample bigger than the audience, or more answers than accounts checked, cannot come from the tool.
  if (checked > followers || fake + unsure > checked) return undefined;
  return { mode: 'spot', followers, checked, fake, unsure };
}

// A Map, not an object literal: a hostile `mode=constructor` must not find a prototype method.
const PARSERS = new Map<string, (params: URLSearchParams) => SharedView | undefined>([
  ['quick', parseQuick],
  ['spot', parseSpot],
]);

/**
 * Reads the estimator's part of a page address. Other parameters (a platform's click id, campaign tags) are
 * left alone; an address with no `mode` is an ordinary visit, not a damaged link.
 */
export function parseSharedView(search: string): ParsedShare {
  const params = new URLSearchParams(search);
  const modes = params.getAll('mode');
  if (modes.length === 0) return {};
  const parse = modes.length === 1 ? PARSERS.get(modes[0]!) : undefined;
  const view = parse?.(params);
  return view ? { view } : { notice: DAMAGED_LINK_NOTICE };
}

/**
 * Whether a quick check as typed shows the same numbers as a shared quick view: true when the address is
 * the one the page itself wrote for those fields, so a reload brings back the fields exactly as typed
 * ("12.4k", "0.004") rather than as the address rounds them.
 */
export function isSameQuickView(fields: Record<QuickCheckField, string>, view: SharedView): boolean {
  const typed = parseQuickCheck(fields).value;
  return (
    view.mode === 'quick' &&
    typed !== undefined &&
    encodeSharedView({ mode: 'quick', ...typed }) === encodeSharedView(view)
  );
}
