import { correctionFor, type ErrorRates } from '../stats/misclassification';
import { mulberry32 } from '../stats/seeded';

/** The verdicts a check gave the held-out accounts: true = flagged. */
export interface HeldOutVerdicts {
  people: readonly boolean[];
  /** One list per source of bought accounts. */
  bought: readonly (readonly boolean[])[];
}

export interface CoverageOptions {
  /** How many samples to simulate. */
  samples: number;
  seed: number;
  /** Largest share of bought accounts in a sample (the smallest is 0). */
  maxMix?: number;
  /** Fewest and most rows in a sample; sizes are drawn evenly on a log scale between them. */
  minRows?: number;
  maxRows?: number;
}

export interface CoverageResult {
  samples: number;
  /** Share of samples whose 95% interval held the true share. */
  coverage: number;
  /** Mean of |estimate − truth|, as a share. */
  meanAbsoluteError: number;
  /** Median of high − low, as a share. */
  medianWidth: number;
}

/**
 * Simulates audits of known mix on accounts the error rates were not measured on: each sample draws a share of
 * bought accounts (0 to maxMix) and a size (minRows to maxRows), then that many held-out accounts with
 * replacement, bought ones from one source picked at random, counts what the check flagged, and asks the
 * estimator. The truth is the sample's own share of bought accounts, so every error is the estimator's.
 */
export function simulateCoverage(
  rates: ErrorRates,
  verdicts: HeldOutVerdicts,
  options: CoverageOptions,
): CoverageResult {
  const { samples, seed, maxMix = 0.9, minRows = 100, maxRows = 5000 } = options;
  const uniform = mulberry32(seed);
  const correct = correctionFor(rates);
  const index = (length: number) => Math.min(length - 1, Math.floor(uniform() * length));
  let covered = 0;
  let absoluteError = 0;
  const widths: number[] = [];
  for (let s = 0; s < samples; s++) {
    const rows = Math.round(minRows * (maxRows / minRows) ** uniform());
    const bought = Math.round(uniform() * maxMix * rows);
    const source = verdicts.bought[index(verdicts.bought.length)]!;
    let flagged = 0;
    for (let i = 0; i < bought; i++) if (source[index(source.length)]) flagged++;
    for (let i = bought; i < rows; i++) if (verdicts.people[index(verdicts.people.length)]) flagged++;
    const estimate = correct(flagged, rows);
    const truth = bought / rows;
    if (estimate.low <= truth && truth <= estimate.high) covered++;
    absoluteError += Math.abs(estimate.share - truth);
    widths.push(estimate.high - estimate.low);
  }
  widths.sort((a, b) => a - b);
  return {
    samples,
    coverage: covered / samples,
    meanAbsoluteError: absoluteError / samples,
    medianWidth: widths[Math.floor(samples / 2)]!,
  };
}
