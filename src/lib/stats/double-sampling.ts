import { shareDraw } from './draws';
import { correctDraws, drawRates, INTERVAL_DRAWS, type ErrorRates } from './misclassification';
import { wilsonInterval, type Estimate } from './proportion';
import { mulberry32, seedFrom } from './seeded';

/** What the owner found among the accounts checked by hand in one group: how many looked fake, how many real. */
export interface HandCount {
  fake: number;
  real: number;
}

export interface DoubleSample {
  /** Rows the rules flagged, and did not flag, in the whole file. */
  flagged: number;
  notFlagged: number;
  /** The owner's verdicts on a random subsample of each group ("can't tell" left out). */
  checkedFlagged: HandCount;
  checkedNotFlagged: HandCount;
}

export interface DoubleSampleEstimate extends Estimate {
  /** The share the rules flagged, with its Wilson interval. */
  raw: Estimate;
  /** How the rules did on this audience, as the owner's checks measured it (point values). */
  sensitivity: number;
  falsePositiveRate: number;
}

/**
 * Double sampling (Tenenbein, JASA 65, 1970): the fallible check (the rules) judges every row, the better one
 * (the owner, by hand) a random subsample, and the two combine. Here the subsample is drawn within each of
 * the rules' two verdicts (two-phase sampling for stratification): the share the owner would call fake is
 * π·q₁ + (1 − π)·q₀, with π the share of the file flagged (known exactly: every row was scored) and q₁, q₀ the
 * shares the owner called fake among the flagged and the unflagged accounts checked. The rules' own error
 * rates never enter: they are measured on this very audience. The owner's errors do, through `hand` (see
 * HAND_CHECK_RATES). The interval is a parametric bootstrap over q₁ and q₀ (Jeffreys posteriors) and the
 * owner's error rates; the best guess uses the shares as counted.
 */
export function doubleSampledShare(
  sample: DoubleSample,
  hand: ErrorRates,
  draws: number = INTERVAL_DRAWS,
): DoubleSampleEstimate {
  const { flagged, notFlagged, checkedFlagged: one, checkedNotFlagged: zero } = sample;
  const rows = flagged + notFlagged;
  const raw = wilsonInterval(flagged, rows);
  const pi = flagged / rows;
  const share = (count: HandCount) =>
    count.fake + count.real === 0 ? 0 : count.fake / (count.fake + count.real);
  // With no row in a group, that group's share does not matter: its weight is exactly 0.
  const pointHand = pi * share(one) + (1 - pi) * share(zero);
  const uniform = mulberry32(seedFrom([flagged, notFlagged, one.fake, one.real, zero.fake, zero.real]));
  const handDraws = new Float64Array(draws);
  for (let i = 0; i < draws; i++) {
    const fakeAmongFlagged = flagged === 0 ? 0 : shareDraw(one.fake, one.fake + one.real, uniform);
    const fakeAmongOthers = notFlagged === 0 ? 0 : shareDraw(zero.fake, zero.fake + zero.real, uniform);
    handDraws[i] = pi * fakeAmongFlagged + (1 - pi) * fakeAmongOthers;
  }
  const corrected = correctDraws(handDraws, pointHand, drawRates(hand, draws));
  const calledFake = Math.max(pointHand, Number.EPSILON);
  return {
    ...corrected,
    n: rows,
    raw,
    sensitivity: (pi * share(one)) / calledFake,
    falsePositiveRate: (pi * (1 - share(one))) / Math.max(1 - pointHand, Number.EPSILON),
  };
}
