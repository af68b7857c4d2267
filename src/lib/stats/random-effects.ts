import { gammaDraw, normalDraw, type Uniform } from './draws';

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
  /**
   * How many populations it rests on, k. A new population is drawn from Student's t with k − 1 degrees of
   * freedom about `centre`, scaled by `spread`: the prediction for one more draw from a normal population whose
   * spread is itself estimated from k (normal when k is 1).
   */
  populations: number;
}

/**
 * Student's t distribution function at `t` for a whole number of degrees of freedom, in closed form
 * (Abramowitz and Stegun 26.7.3 and 26.7.4): with θ = atan(t / √ν), a finite sum in cos²θ.
 */
export function studentT(t: number, degrees: number): number {
  if (!(Number.isInteger(degrees) && degrees >= 1)) throw new RangeError(`degrees of freedom: ${degrees}`);
  const theta = Math.atan(t / Math.sqrt(degrees));
  const cos2 = Math.cos(theta) ** 2;
  let term = 1;
  let sum = 0;
  if (degrees % 2 === 0) {
    for (let j = 0; j < degrees / 2; j++) {
      sum += term;
      term *= (cos2 * (2 * j + 1)) / (2 * j + 2);
    }
    return 0.5 + 0.5 * Math.sin(theta) * sum;
  }
  for (let j = 0; j < (degrees - 1) / 2; j++) {
    sum += term;
    term *= (cos2 * (2 * j + 2)) / (2 * j + 3);
  }
  const series = degrees === 1 ? 0 : Math.sin(theta) * Math.cos(theta) * sum;
  return 0.5 + (theta + series) / Math.PI;
}

/** The point below which Student's t puts a share `p` (0.5 < p < 1), by bisection on `studentT`. */
export function studentTQuantile(p: number, degrees: number): number {
  if (!(p > 0.5 && p < 1)) throw new RangeError(`p must be in (0.5, 1), got ${p}`);
  let low = 0;
  let high = 1;
  while (studentT(high, degrees) < p) high *= 2;
  for (let step = 0; step < 100 && high - low > 1e-12; step++) {
    const middle = (low + high) / 2;
    if (studentT(middle, degrees) < p) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

// The normal's 97.5% point, for a spread resting on one population.
const Z_975 = 1.959963984540054;
const quantile975 = (spread: RateSpread) =>
  spread.populations > 1 ? studentTQuantile(0.975, spread.populations - 1) : Z_975;

const QUARTER_TURN = Math.PI / 2;
const toRate = (angle: number) => Math.sin(Math.min(QUARTER_TURN, Math.max(0, angle))) ** 2;

/**
 * The spread of a rate over populations, from one count per population. The between-population variance is
 * DerSimonian and Laird's moment estimate (Controlled Clinical Trials 7, 1986), weighted by each count's own
 * precision; the mean weights populations by their total variance, so one large population cannot swamp the
 * rest. A new population is then drawn about that mean with the between variance plus the mean's own
 * (Higgins, Thompson and Spiegelhalter, J R Stat Soc A 172, 2009), with Student's t tails since the spread is
 * itself estimated from a handful of populations.
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
  const degrees = spread.populations - 1;
  // Student's t as a normal over the root of a chi-squared with its degrees of freedom, scaled.
  const t =
    degrees >= 1
      ? normalDraw(uniform) / Math.sqrt((2 * gammaDraw(degrees / 2, uniform)) / degrees)
      : normalDraw(uniform);
  return toRate(spread.centre + spread.spread * t);
}

/** The rate's likely range for a new population: the middle 95% of what `drawRate` gives, and its median. */
export function likelyRate(spread: RateSpread): { low: number; typical: number; high: number } {
  const reach = quantile975(spread) * spread.spread;
  return {
    low: toRate(spread.centre - reach),
    typical: toRate(spread.centre),
    high: toRate(spread.centre + reach),
  };
}
