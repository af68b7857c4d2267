import { normalDraw, type Uniform } from './draws';
import { Z_95 } from './proportion';

/** A rate measured on one population: `hits` of `n` accounts. */
export interface RateCount {
  hits: number;
  n: number;
}

/**
 * How a rate varies from one population to the next, and so what it may be for a population nobody measured.
 * Rates are compared on Anscombe's arcsine scale (Biometrika 35, 1948), asin(√((hits + 3/8) / (n + 3/4))), where
 * a population of n accounts has a sampling variance of about 1 / (4n + 2) whatever its rate. Near 0% and
 * 100% that scale stays moderate: a seller caught 99.9% of the time is not made to look infinitely far from
 * one caught 90% of the time, as on the logit scale, and 0.3% and 5% are not as far apart as 5% and 50%.
 */
export interface RateSpread {
  /** The mean over populations, on the arcsine scale. */
  centre: number;
  /** The standard deviation of a new population's rate about `centre`: between populations plus the mean's own. */
  spread: number;
  /** The between-population standard deviation alone (DerSimonian and Laird's τ). */
  between: number;
  /** How many populations it rests on. */
  populations: number;
  /**
   * How far populations left out of the fit fell from what it predicted, each in turn with the signs chosen
   * again without it: the root mean square, on the same scale. `spread` is at least this.
   */
  heldOut?: number;
}

const QUARTER_TURN = Math.PI / 2;
const toRate = (angle: number) => Math.sin(Math.min(QUARTER_TURN, Math.max(0, angle))) ** 2;

/**
 * The spread of a rate over populations, from one count per population. The between-population variance is
 * DerSimonian and Laird's moment estimate (Controlled Clinical Trials 7, 1986), weighted by each count's own
 * precision; the mean weights populations by their total variance, so one large population cannot swamp the
 * rest. A new population is then taken to be normal about that mean with the between variance plus the mean's
 * own (Higgins, Thompson and Spiegelhalter, J R Stat Soc A 172, 2009), with normal rather than t quantiles:
 * on populations held out of the fit that already held the truth about 95% of the time (see calibration).
 */
export function rateSpread(counts: readonly RateCount[]): RateSpread {
  if (counts.length === 0) throw new RangeError('a spread needs at least one population');
  for (const { hits, n } of counts)
    if (!(Number.isInteger(hits) && Number.isInteger(n) && 0 <= hits && hits <= n && n > 0))
      throw new RangeError(`not a count: ${hits} of ${n}`);
  const angles = counts.map(({ hits, n }) => Math.asin(Math.sqrt((hits + 3 / 8) / (n + 3 / 4))));
  const variances = counts.map(({ n }) => 1 / (4 * n + 2));
  const weights = variances.map((variance) => 1 / variance);
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  const totalWeight = sum(weights);
  const fixedMean = sum(angles.map((angle, i) => weights[i]! * angle)) / totalWeight;
  const q = sum(angles.map((angle, i) => weights[i]! * (angle - fixedMean) ** 2));
  const k = counts.length;
  const scale = totalWeight - sum(weights.map((weight) => weight * weight)) / totalWeight;
  const between2 = k > 1 && scale > 0 ? Math.max(0, (q - (k - 1)) / scale) : 0;
  const randomWeights = variances.map((variance) => 1 / (variance + between2));
  const randomTotal = sum(randomWeights);
  const centre = sum(angles.map((angle, i) => randomWeights[i]! * angle)) / randomTotal;
  return {
    centre,
    spread: Math.sqrt(between2 + 1 / randomTotal),
    between: Math.sqrt(between2),
    populations: k,
  };
}

/** The rate of one new population drawn from the spread. */
export function drawRate(spread: RateSpread, uniform: Uniform): number {
  return toRate(spread.centre + spread.spread * normalDraw(uniform));
}

/** The rate's likely range for a new population: the middle 95% of what `drawRate` gives, and its median. */
export function likelyRate(spread: RateSpread): { low: number; typical: number; high: number } {
  return {
    low: toRate(spread.centre - Z_95 * spread.spread),
    typical: toRate(spread.centre),
    high: toRate(spread.centre + Z_95 * spread.spread),
  };
}
