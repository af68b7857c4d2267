import { MOST_FOLLOWERS } from '../lib/numbers/count';
import { hasKeys, isRecord, isWholeBetween } from '../lib/parse/untrusted';
import type { Estimate } from '../lib/stats/proportion';
import { $latestEstimate, FIGURES, LATEST_ESTIMATE_KEY, type EstimatorResult, type Figure } from './estimate';

// Reading back the estimator's result kept for this tab (estimate.ts keeps it), for the comparator alone: the
// estimator's own pages never read it, so they do not carry this code.

const MAX_LABEL = 120;

const isShare = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;

function readEstimate(value: unknown): Estimate | undefined {
  if (!isRecord(value) || !hasKeys(value, ['share', 'low', 'high', 'n'])) return undefined;
  const { share, low, high, n } = value;
  if (!isShare(share) || !isShare(low) || !isShare(high) || !(low <= share && share <= high))
    return undefined;
  return isWholeBetween(n, 0, MOST_FOLLOWERS) ? { share, low, high, n } : undefined;
}

/** A kept result, read strictly: anything out of shape is no result. */
export function readKeptEstimate(text: string | null): EstimatorResult | null {
  let value: unknown;
  try {
    value = JSON.parse(text ?? 'null');
  } catch {
    return null;
  }
  if (!isRecord(value) || !hasKeys(value, ['sources'], FIGURES) || !isRecord(value['sources'])) return null;
  const sources: EstimatorResult['sources'] = {};
  for (const [figure, label] of Object.entries(value['sources'])) {
    if (!FIGURES.includes(figure as Figure) || typeof label !== 'string' || label.length > MAX_LABEL)
      return null;
    sources[figure as Figure] = label;
  }
  const result: EstimatorResult = { sources };
  const { followers, fakeShare, engagementRate } = value;
  if (followers !== undefined) {
    if (!isWholeBetween(followers, 1, MOST_FOLLOWERS)) return null;
    result.followers = followers;
  }
  if (fakeShare !== undefined) {
    const estimate = readEstimate(fakeShare);
    if (!estimate) return null;
    result.fakeShare = estimate;
  }
  if (engagementRate !== undefined) {
    if (typeof engagementRate !== 'number' || !Number.isFinite(engagementRate) || engagementRate < 0)
      return null;
    result.engagementRate = engagementRate;
  }
  // Every figure names the mode it came from, and only figures it holds.
  const held = FIGURES.filter((figure) => result[figure] !== undefined);
  return held.length > 0 && held.length === Object.keys(sources).length && held.every((f) => sources[f])
    ? result
    : null;
}

/** Brings back the tab's kept result, after hydration, unless this page already has one. */
export function restoreLatestEstimate(): void {
  if ($latestEstimate.get() !== null) return;
  try {
    $latestEstimate.set(readKeptEstimate(sessionStorage.getItem(LATEST_ESTIMATE_KEY)));
  } catch {
    // Storage off: nothing kept.
  }
}
