import { atom } from 'nanostores';
import type { Estimate } from '../lib/stats/proportion';

/** The estimator's latest result, offered to the audience comparator on the same page. */
export interface LatestEstimate {
  /** Which mode produced it, named for the reader: "Spot-check of 60 followers". */
  label: string;
  followers?: number;
  fakeShare?: Estimate;
  engagementRate?: number;
}

export const $latestEstimate = atom<LatestEstimate | null>(null);

export function publishEstimate(estimate: LatestEstimate): void {
  $latestEstimate.set(estimate);
}
