import { atom } from 'nanostores';
import type { Estimate } from '../lib/stats/proportion';

/** One result of one estimator mode, offered to the audience comparator on the same page. */
export interface LatestEstimate {
  /** Which mode produced it, named for the reader: "Spot-check of 60 followers". */
  label: string;
  followers?: number;
  fakeShare?: Estimate;
  engagementRate?: number;
}

type Figure = 'followers' | 'fakeShare' | 'engagementRate';
const FIGURES: readonly Figure[] = ['followers', 'fakeShare', 'engagementRate'];

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

export function publishEstimate(estimate: LatestEstimate): void {
  $latestEstimate.set(combineEstimates($latestEstimate.get(), estimate));
}
