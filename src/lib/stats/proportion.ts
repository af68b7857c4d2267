/** A share estimated from a sample: point estimate and 95% (or given z) Wilson interval, all in 0..1. */
export interface Estimate {
  share: number;
  low: number;
  high: number;
  n: number;
}

/** A share turned into whole accounts: the estimate and its interval, low <= count <= high. */
export interface CountRange {
  count: number;
  low: number;
  high: number;
}

// Two-sided 95% quantile of the standard normal distribution, Φ⁻¹(0.975).
export const Z_95 = 1.959963984540054;

// A planned size like 384.00000000000006 is 384 in exact arithmetic; rounding up must not add a follower.
const ROUNDING_SLACK = 1e-9;

function requireWholeAtLeast(value: number, minimum: number, name: string): void {
  if (!Number.isInteger(value) || value < minimum) {
    throw new RangeError(`${name} must be a whole number of at least ${minimum}, got ${value}`);
  }
}

function requireShare(value: number, name: string): void {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`${name} must be between 0 and 1, got ${value}`);
}

function requireZ(z: number): void {
  if (!(z > 0 && Number.isFinite(z))) throw new RangeError(`z must be a positive number, got ${z}`);
}

/**
 * Wilson score interval for `successes` out of `n`. Chosen over the textbook p ± z·SE because it stays
 * inside 0..1 and keeps honest width when the sample found no fakes (or only fakes), which the
 * textbook interval collapses to a single point.
 */
export function wilsonInterval(successes: number, n: number, z: number = Z_95): Estimate {
  requireWholeAtLeast(n, 1, 'n');
  requireWholeAtLeast(successes, 0, 'successes');
  if (successes > n) throw new RangeError(`successes (${successes}) cannot exceed n (${n})`);
  requireZ(z);
  const share = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (share + z2 / (2 * n)) / denominator;
  const halfWidth = (z * Math.sqrt((share * (1 - share)) / n + z2 / (4 * n * n))) / denominator;
  // At 0 or n successes the exact bound is 0 or 1; floating point can land a hair to either side.
  const low = successes === 0 ? 0 : Math.max(0, centre - halfWidth);
  const high = successes === n ? 1 : Math.min(1, centre + halfWidth);
  return { share, low, high, n };
}

/**
 * How many followers to check for the wanted margin of error. Cochran's n0 = z²·p(1−p)/margin², then the
 * finite-population correction n = n0 / (1 + (n0 − 1) / N), since checking 370 of 10,000 followers tells
 * more than checking 370 of 10 million. p = 0.5 is the worst case, so the margin holds whatever the truth.
 */
export function plannedSampleSize(options: {
  margin: number;
  population: number;
  expectedShare?: number;
  z?: number;
}): number {
  const { margin, population, expectedShare = 0.5, z = Z_95 } = options;
  if (!(margin > 0 && margin <= 0.5)) throw new RangeError(`margin must be in (0, 0.5], got ${margin}`);
  requireWholeAtLeast(population, 1, 'population');
  requireShare(expectedShare, 'expectedShare');
  requireZ(z);
  const n0 = (z * z * expectedShare * (1 - expectedShare)) / (margin * margin);
  const corrected = n0 / (1 + (n0 - 1) / population);
  return Math.min(population, Math.max(1, Math.ceil(corrected - ROUNDING_SLACK)));
}

/**
 * The margin of error a sample of `n` out of `population` actually gives: z·√(p(1−p)/n)·√((N−n)/(N−1)),
 * the exact inverse of plannedSampleSize, so the tool can say what the owner's real sample is worth.
 */
export function marginOfError(options: {
  n: number;
  population: number;
  share?: number;
  z?: number;
}): number {
  const { n, population, share = 0.5, z = Z_95 } = options;
  requireWholeAtLeast(n, 1, 'n');
  requireWholeAtLeast(population, 1, 'population');
  if (n > population) throw new RangeError(`n (${n}) cannot exceed population (${population})`);
  requireShare(share, 'share');
  requireZ(z);
  // Checking every follower leaves no sampling error (and avoids 0/0 when the population is 1).
  if (n === population) return 0;
  const finiteCorrection = (population - n) / (population - 1);
  return z * Math.sqrt(((share * (1 - share)) / n) * finiteCorrection);
}

/** Scales an estimated share up to the whole follower count, in whole accounts. */
export function extrapolateCount(estimate: Estimate, population: number): CountRange {
  requireWholeAtLeast(population, 1, 'population');
  const { share, low, high } = estimate;
  requireShare(share, 'share');
  requireShare(low, 'low');
  requireShare(high, 'high');
  if (low > share || share > high) throw new RangeError('estimate must satisfy low <= share <= high');
  // Rounding is monotone, so the order low <= count <= high survives it.
  const accounts = (fraction: number) => Math.round(fraction * population);
  return { count: accounts(share), low: accounts(low), high: accounts(high) };
}
