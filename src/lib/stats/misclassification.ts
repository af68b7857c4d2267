import { quantileOfSorted, shareDraw, type Uniform } from './draws';
import { wilsonInterval, type Estimate } from './proportion';
import { drawRate, likelyRate, type RateSpread } from './random-effects';
import { mulberry32, seedFrom } from './seeded';

/** A rate nobody has measured, bounded by assumption: anywhere from `low` to `high`, all equally likely. */
export interface AssumedRate {
  low: number;
  high: number;
}

/** What is believed of a rate: an assumed range, or how it was seen to vary between measured populations. */
export type RateBelief = AssumedRate | RateSpread;

/** How a check errs: what the correction of its raw share rests on. */
export interface ErrorRates {
  /** How often real people are called fake. */
  falsePositive: RateBelief;
  /** How often fake accounts are caught. */
  sensitivity: RateBelief;
}

export interface CorrectedEstimate extends Estimate {
  /** The share the check flagged, before any correction, with its Wilson interval. */
  raw: Estimate;
  /** The catch rate and the false-positive rate the point estimate used: the typical ones (see typicalRate). */
  sensitivity: number;
  falsePositiveRate: number;
}

/** Simulated draws per interval: the 2.5% and 97.5% points then move by well under a percentage point. */
export const INTERVAL_DRAWS = 4000;

// Below this gap between catch rate and false-positive rate a check cannot tell fakes from people at all.
const MIN_SEPARATION = 0.02;

const isSpread = (belief: RateBelief): belief is RateSpread => 'centre' in belief;

function requireRates(rates: ErrorRates): void {
  for (const belief of [rates.falsePositive, rates.sensitivity]) {
    const valid = isSpread(belief)
      ? Number.isFinite(belief.centre) && belief.spread >= 0 && Number.isFinite(belief.spread)
      : 0 <= belief.low && belief.low <= belief.high && belief.high <= 1;
    if (!valid) throw new RangeError(`not a rate: ${JSON.stringify(belief)}`);
  }
}

function beliefDraw(belief: RateBelief, uniform: Uniform): number {
  return isSpread(belief) ? drawRate(belief, uniform) : belief.low + uniform() * (belief.high - belief.low);
}

const clampShare = (value: number) => Math.min(1, Math.max(0, value));

/**
 * Rogan and Gladen's correction (Am J Epidemiol 107, 1978): a check that catches a share `sensitivity` of the
 * fakes and wrongly flags a share `falsePositiveRate` of the people flags apparent = p·Se + (1 − p)·FPR, so
 * p = (apparent − FPR) / (Se − FPR), kept in 0..1 since noise can push it past either end.
 */
export function roganGladen(apparent: number, sensitivity: number, falsePositiveRate: number): number {
  if (!(sensitivity - falsePositiveRate >= MIN_SEPARATION))
    throw new RangeError(
      `a check with sensitivity ${sensitivity} and FPR ${falsePositiveRate} tells nothing`,
    );
  return clampShare((apparent - falsePositiveRate) / (sensitivity - falsePositiveRate));
}

/** Error rates known only as ranges: every rate in each range is possible, and none is more likely. */
export interface AssumedErrorRates {
  falsePositive: AssumedRate;
  sensitivity: AssumedRate;
}

/**
 * The corrected share when the error rates are only known to lie in their ranges: the Wilson interval of the
 * flagged share, corrected at whichever rates in the ranges push each end furthest (the low end at the highest
 * false-positive and catch rates, the high end at the lowest). For any true rates in the ranges the corrected
 * interval then contains the share whenever the Wilson interval contains the flagged share, so it covers about
 * 95% of the time wherever in the ranges the checker's own rates lie, not just on average over them. The best
 * guess corrects the flagged share at the middle of both ranges, kept inside the interval.
 */
export function boxCorrectedShare(flagged: number, n: number, rates: AssumedErrorRates): CorrectedEstimate {
  const { falsePositive: fp, sensitivity: se } = rates;
  if (!(
    0 <= fp.low &&
    fp.low <= fp.high &&
    se.low <= se.high &&
    se.high <= 1 &&
    se.low - fp.high >= MIN_SEPARATION
  ))
    throw new RangeError(`error-rate ranges that overlap tell nothing: ${JSON.stringify(rates)}`);
  const raw = wilsonInterval(flagged, n);
  const low = roganGladen(raw.low, se.high, fp.high);
  const high = roganGladen(raw.high, se.low, fp.low);
  const sensitivity = (se.low + se.high) / 2;
  const falsePositiveRate = (fp.low + fp.high) / 2;
  const share = Math.min(high, Math.max(low, roganGladen(raw.share, sensitivity, falsePositiveRate)));
  return { share, low, high, n, raw, sensitivity, falsePositiveRate };
}

/** Draws of both error rates, made once per set of beliefs and shared by every sample corrected with them. */
export interface RateDraws {
  falsePositive: Float64Array;
  sensitivity: Float64Array;
  /** The typical rates, what the best guess uses: the middle of each belief. */
  typicalFalsePositive: number;
  typicalSensitivity: number;
}

/** The middle of what is believed of a rate: the median of its spread, or the middle of its assumed range. */
export function typicalRate(belief: RateBelief): number {
  return isSpread(belief) ? likelyRate(belief).typical : (belief.low + belief.high) / 2;
}

/**
 * Draws the error rates: each draw is one audience's false-positive rate and one seller's catch rate, from the
 * assumed range or from the spread seen between the populations measured (a population never measured is as
 * likely to be any of theirs, or beyond them, as the spread says). Seeded by the beliefs themselves, so the
 * same beliefs give the same draws.
 */
export function drawRates(rates: ErrorRates, draws: number = INTERVAL_DRAWS): RateDraws {
  requireRates(rates);
  const uniform = mulberry32(seedFrom([rates.falsePositive, rates.sensitivity].flatMap(Object.values)));
  const falsePositive = new Float64Array(draws);
  const sensitivity = new Float64Array(draws);
  for (let i = 0; i < draws; i++) {
    falsePositive[i] = beliefDraw(rates.falsePositive, uniform);
    sensitivity[i] = beliefDraw(rates.sensitivity, uniform);
  }
  return {
    falsePositive,
    sensitivity,
    typicalFalsePositive: typicalRate(rates.falsePositive),
    typicalSensitivity: typicalRate(rates.sensitivity),
  };
}

/**
 * The corrected share and its 95% interval from draws of the apparent share (one per rate draw, overwritten):
 * each draw is corrected with its own rates, the interval is the middle 95% of the results, and the point
 * estimate corrects `apparent` with the typical rates, kept inside the interval. A draw of rates in which the
 * rules would not flag bought accounts even a little more often than people (by MIN_SEPARATION) is left out:
 * the rules were chosen because they do, and on such an audience no count of flags could say anything. Should
 * every draw be left out, the interval is all of 0 to 1.
 */
export function correctDraws(
  apparentDraws: Float64Array,
  apparent: number,
  rates: RateDraws,
): { share: number; low: number; high: number } {
  let kept = 0;
  for (let i = 0; i < apparentDraws.length; i++) {
    const fpr = rates.falsePositive[i]!;
    const se = rates.sensitivity[i]!;
    const value = apparentDraws[i]!;
    if (se - fpr >= MIN_SEPARATION) apparentDraws[kept++] = clampShare((value - fpr) / (se - fpr));
  }
  const corrected = apparentDraws.subarray(0, kept).sort();
  const low = kept === 0 ? 0 : quantileOfSorted(corrected, 0.025);
  const high = kept === 0 ? 1 : quantileOfSorted(corrected, 0.975);
  const point = roganGladen(apparent, rates.typicalSensitivity, rates.typicalFalsePositive);
  return { share: Math.min(high, Math.max(low, point)), low, high };
}

export type Correction = (flagged: number, n: number) => CorrectedEstimate;

/**
 * The corrector for one check's error rates. The true share behind `flagged` of `n` checked accounts comes
 * with a 95% interval that carries the sample's own noise and how far this audience's error rates may lie from
 * what is believed of them (see `drawRates`). A
 * parametric bootstrap: each draw takes the apparent share from its posterior and corrects it with one draw
 * of the rates. The sample's draws are seeded by its counts, so one file always gives one answer.
 */
export function correctionFor(rates: ErrorRates, draws: number = INTERVAL_DRAWS): Correction {
  const rateDraws = drawRates(rates, draws);
  const apparentDraws = new Float64Array(draws);
  return (flagged, n) => {
    const raw = wilsonInterval(flagged, n);
    const sample = mulberry32(seedFrom([flagged, n]));
    for (let i = 0; i < draws; i++) apparentDraws[i] = shareDraw(flagged, n, sample);
    return {
      ...correctDraws(apparentDraws, raw.share, rateDraws),
      n,
      raw,
      sensitivity: rateDraws.typicalSensitivity,
      falsePositiveRate: rateDraws.typicalFalsePositive,
    };
  };
}

/** `correctionFor(rates)` applied once: see there. */
export function correctedShare(flagged: number, n: number, rates: ErrorRates): CorrectedEstimate {
  return correctionFor(rates)(flagged, n);
}
