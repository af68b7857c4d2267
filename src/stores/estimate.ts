import { atom } from 'nanostores';
import type { Estimate } from '../lib/stats/proportion';

/** One result of one estimator mode, offered to the audience comparator (on this page or the next, in this tab). */
export interface LatestEstimate {
  /** Which mode produced it, named for the reader: "Spot-check of 60 followers". */
  label: string;
  followers?: number;
  fakeShare?: Estimate;
  engagementRate?: number;
}

export type Figure = 'followers' | 'fakeShare' | 'engagementRate';
export const FIGURES: readonly Figure[] = ['followers', 'fakeShare', 'engagementRate'];

/** Everything the estimator knows about one account, gathered across its modes, and where each came from. */
export interface EstimatorResult extends Omit<LatestEstimate, 'label'> {
  /** The label of the mode each figure came from. */
  sources: Partial<Record<Figure, string>>;
}

/**
 * The estimator's modes each know part of an account: the quick check its followers and engagement rate,
 * a spot-check or an audit its fake share. A new result adds to what is known while it describes the same
 * account (the same follower count, or none given), and starts afresh when the follower count differs.
 */
export function combineEstimates(known: EstimatorResult | null, next: LatestEstimate): EstimatorResult {
  const same =
    known !== null &&
    (known.followers === undefined || next.followers === undefined || known.followers === next.followers);
  const result: EstimatorResult = same ? { ...known, sources: { ...known.sources } } : { sources: {} };
  if (next.followers !== undefined) result.followers = next.followers;
  if (next.fakeShare !== undefined) result.fakeShare = next.fakeShare;
  if (next.engagementRate !== undefined) result.engagementRate = next.engagementRate;
  for (const figure of FIGURES) if (next[figure] !== undefined) result.sources[figure] = next.label;
  return result;
}

/** The modes behind a result, for the reader: "Quick check (Instagram) and spot-check of 60 followers". */
export function estimatorResultLabel({ sources }: EstimatorResult): string {
  const labels = [...new Set(FIGURES.flatMap((figure) => sources[figure] ?? []))];
  return labels
    .map((label, index) => (index === 0 ? label : label.charAt(0).toLowerCase() + label.slice(1)))
    .join(' and ');
}

export const $latestEstimate = atom<EstimatorResult | null>(null);

/**
 * The latest result is kept for this tab only (session storage, gone when the tab closes), so the comparator's
 * own page can take it after the estimator's (kept-estimate.ts reads it back).
 */
export const LATEST_ESTIMATE_KEY = 'real-reach:latest-estimate';

/** What is kept of a result: the comparator's figures only (a fake share's estimate and range, not how it was made). */
export function keptForm(result: EstimatorResult): EstimatorResult {
  const { fakeShare } = result;
  return fakeShare
    ? {
        ...result,
        fakeShare: { share: fakeShare.share, low: fakeShare.low, high: fakeShare.high, n: fakeShare.n },
      }
    : result;
}

export function publishEstimate(estimate: LatestEstimate): void {
  const result = combineEstimates($latestEstimate.get(), estimate);
  $latestEstimate.set(result);
  try {
    sessionStorage.setItem(LATEST_ESTIMATE_KEY, JSON.stringify(keptForm(result)));
  } catch {
    // Storage off or full: the result is still offered on this page.
  }
}
