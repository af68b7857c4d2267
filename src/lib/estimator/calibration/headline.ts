import type { CalibratedTier } from './types';

const COUNTS_ONLY = ['followers', 'following', 'posts'].sort().join();

/** The tiers reported in full: every column the platform can use, and the three counts alone. */
export function headlineTiers(tiers: readonly CalibratedTier[]): CalibratedTier[] {
  const richest = tiers.reduce((a, b) => (b.signs.length > a.signs.length ? b : a));
  const countsOnly = tiers.find((tier) => [...tier.fields].sort().join() === COUNTS_ONLY);
  return countsOnly && countsOnly !== richest ? [richest, countsOnly] : [richest];
}
