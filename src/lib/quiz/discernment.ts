import { normalDensity, normalQuantile } from '../stats/normal';
import { Z_95 } from '../stats/proportion';

/*
 * Discernment and leaning, by signal detection theory. A bait post is the "signal" and scrolling past is
 * saying "bait": scrolling past bait is a hit, scrolling past a good post a false alarm.
 *
 * - d′ = z(H) − z(F) is discernment: how far apart she holds bait and good posts (0 is guessing).
 * - c = −(z(H) + z(F)) / 2 is her leaning: below 0 she scrolls past more readily (wary), above 0 she clicks
 *   more readily (trusting). Both as in Stanislaw and Todorov (1999), Behavior Research Methods 31(1).
 * - A′ is the non-parametric discernment of Pollack and Norman, in the form that also holds when F > H
 *   (Zhang and Mueller 2005, Psychometrika 70(1)).
 *
 * The rates are taken with the log-linear correction (Hautus 1995, Behavior Research Methods 27(1)): add ½
 * to each count and 1 to each number of posts, always, so a perfect score still gives a finite d′.
 *
 * Why both numbers matter: Modirrousta-Galian and Higham (2023, Journal of Experimental Psychology: General
 * 152(9)) found that players of misinformation games mostly grew more suspicious of everything, with little
 * gain in telling true from false. Counting only the bait caught would call that progress.
 */

/** What she did with each kind of post, answered posts only. */
export interface Answers {
  /** Bait posts scrolled past, and bait posts answered. */
  baitCaught: number;
  baitAnswered: number;
  /** Good posts scrolled past (false alarms), and good posts answered. */
  goodPassed: number;
  goodAnswered: number;
}

export interface Discernment {
  /** Corrected rates: of bait scrolled past (hits), of good posts scrolled past (false alarms). */
  hitRate: number;
  falseAlarmRate: number;
  dPrime: number;
  /** The criterion c: negative leans to scrolling past, positive to clicking. */
  criterion: number;
  aPrime: number;
  /** Standard error of d′ (Gourevitch and Galanter 1967); c's is half of it. */
  dPrimeError: number;
}

/** d′ for a hit rate and a false-alarm rate strictly between 0 and 1. */
export function dPrime(hitRate: number, falseAlarmRate: number): number {
  return normalQuantile(hitRate) - normalQuantile(falseAlarmRate);
}

/** The criterion c for a hit rate and a false-alarm rate strictly between 0 and 1. */
export function criterion(hitRate: number, falseAlarmRate: number): number {
  return -(normalQuantile(hitRate) + normalQuantile(falseAlarmRate)) / 2;
}

/** A′, from 0 to 1 with 0.5 for guessing; defined for any pair of rates but H = F = 0 or 1. */
export function aPrime(hitRate: number, falseAlarmRate: number): number {
  const gap = hitRate - falseAlarmRate;
  if (gap === 0) return 0.5;
  const top = Math.max(hitRate, falseAlarmRate);
  return 0.5 + (Math.sign(gap) * (gap * gap + Math.abs(gap))) / (4 * top - 4 * hitRate * falseAlarmRate);
}

/** A rate with the log-linear correction: (count + ½) / (of + 1). */
export function correctedRate(count: number, of: number): number {
  return (count + 0.5) / (of + 1);
}

/** The variance of z(p) estimated from n trials: p(1 − p) / (n φ(z(p))²). */
function zVariance(rate: number, n: number): number {
  const density = normalDensity(normalQuantile(rate));
  return (rate * (1 - rate)) / (n * density * density);
}

/** Every measure from her answers; throws on counts no play could give. */
export function discernment(answers: Answers): Discernment {
  const { baitCaught, baitAnswered, goodPassed, goodAnswered } = answers;
  for (const [name, count, of] of [
    ['baitCaught', baitCaught, baitAnswered],
    ['goodPassed', goodPassed, goodAnswered],
  ] as const) {
    if (!Number.isInteger(count) || !Number.isInteger(of) || count < 0 || count > of) {
      throw new RangeError(`${name} must be a whole number from 0 to ${of}, got ${count}`);
    }
  }
  const hitRate = correctedRate(baitCaught, baitAnswered);
  const falseAlarmRate = correctedRate(goodPassed, goodAnswered);
  return {
    hitRate,
    falseAlarmRate,
    dPrime: dPrime(hitRate, falseAlarmRate),
    criterion: criterion(hitRate, falseAlarmRate),
    aPrime: aPrime(hitRate, falseAlarmRate),
    dPrimeError: Math.sqrt(
      zVariance(hitRate, baitAnswered + 1) + zVariance(falseAlarmRate, goodAnswered + 1),
    ),
  };
}

// An even-handed player who gets three in four of each kind right has d′ = 2·z(0.75) ≈ 1.35: from there on,
// she tells them apart. The same three in four the quiz has always called a sharp eye (score.ts).
export const CHOOSY_D_PRIME = 2 * normalQuantile(0.75);
// A leaning of a quarter of a standard deviation either way is named; a smaller one is called even.
export const LEANING_C = 0.25;

export type Leaning = 'wary' | 'even' | 'trusting';

export function leaning(measures: Pick<Discernment, 'criterion'>): Leaning {
  if (measures.criterion <= -LEANING_C) return 'wary';
  if (measures.criterion >= LEANING_C) return 'trusting';
  return 'even';
}

export function isChoosy(measures: Pick<Discernment, 'dPrime'>): boolean {
  return measures.dPrime >= CHOOSY_D_PRIME;
}

/** How one play changed from another: a change is only called one when chance alone rarely gives it. */
export type Change = 'rose' | 'fell' | 'same';

/**
 * Whether discernment (d′) and leaning (c) changed between two plays, each judged by a two-sided 95% test on
 * the difference over its standard error. On two forms of 10 bait and 10 good posts, d′ must move by about
 * 1.5 to count: a week's retest is short, and the quiz says so rather than praise a lucky draw.
 */
export function compareDiscernment(
  before: Discernment,
  after: Discernment,
): { dPrime: Change; criterion: Change } {
  const error = Math.hypot(before.dPrimeError, after.dPrimeError);
  const judge = (difference: number, standardError: number): Change =>
    Math.abs(difference) < Z_95 * standardError ? 'same' : difference > 0 ? 'rose' : 'fell';
  return {
    dPrime: judge(after.dPrime - before.dPrime, error),
    criterion: judge(after.criterion - before.criterion, error / 2),
  };
}
