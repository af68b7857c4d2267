import type { HandAnswer } from '../hand/answers';
import {
  answeredBatches,
  canCombine,
  doubleSampleOf,
  MAX_HAND_CHECK,
  nextBatch,
  ownerAnswer,
  type CheckedAccount,
} from '../hand/audit-check';
import type { SimulatedOwner } from '../hand/owner';
import type { ListedAccount } from '../audit/summary';
import { doubleSampledShare } from '../../stats/double-sampling';
import { correctionFor, type ErrorRates } from '../../stats/misclassification';
import { mulberry32, shuffled } from '../../stats/seeded';

/** What a check said of the accounts held out of its fit: true = flagged. */
export interface HeldOutVerdicts {
  /** One population of people. */
  people: readonly boolean[];
  /** One source of bought accounts. */
  bought: readonly boolean[];
}

export interface SimulationOptions {
  samples: number;
  seed: number;
  /** Largest share of bought accounts in an audit (the smallest is 0). */
  maxMix?: number;
  /** Fewest and most rows in an audit; sizes are drawn evenly on a log scale between them. */
  minRows?: number;
  maxRows?: number;
}

export interface CoverageResult {
  samples: number;
  /** Share of audits whose likely range held the true share. */
  coverage: number;
  /** Mean of |estimate − truth|, as a share. */
  meanAbsoluteError: number;
  /** Every audit's range width, sorted. */
  widths: number[];
  /** Audits, and those whose range held the truth, by the share bought to the nearest 10%: 0%, 10%, ... */
  byMix: { audits: number; covered: number }[];
}

/** One simulated audit: each row's truth and the check's verdict. */
interface SimulatedFile {
  bought: boolean[];
  flagged: boolean[];
  truth: number;
}

/**
 * Audits of known mix drawn from held-out accounts: a share of bought accounts (0 to maxMix, in steps of 10%),
 * a size (minRows to maxRows), then that many accounts drawn with replacement. The truth is the audit's own
 * share of bought accounts, so every error is the estimator's.
 */
function simulatedFiles(verdicts: HeldOutVerdicts, options: SimulationOptions): SimulatedFile[] {
  const { samples, seed, maxMix = 0.9, minRows = 100, maxRows = 5000 } = options;
  const uniform = mulberry32(seed);
  const pick = (list: readonly boolean[]) =>
    list[Math.min(list.length - 1, Math.floor(uniform() * list.length))]!;
  const mixes = Math.round(maxMix * 10) + 1;
  return Array.from({ length: samples }, (_, s) => {
    const rows = Math.round(minRows * (maxRows / minRows) ** uniform());
    const fake = Math.round(((s % mixes) / 10) * rows);
    const bought = Array.from({ length: rows }, (_, i) => i < fake);
    return {
      bought,
      flagged: bought.map((isBought) => pick(isBought ? verdicts.bought : verdicts.people)),
      truth: fake / rows,
    };
  });
}

function summarise(results: { low: number; high: number; share: number; truth: number }[]): CoverageResult {
  const holds = (r: (typeof results)[number]) => r.low <= r.truth && r.truth <= r.high;
  const byMix = Array.from({ length: 10 }, () => ({ audits: 0, covered: 0 }));
  for (const r of results) {
    const cell = byMix[Math.min(9, Math.round(r.truth * 10))]!;
    cell.audits++;
    if (holds(r)) cell.covered++;
  }
  return {
    samples: results.length,
    coverage: results.filter(holds).length / results.length,
    meanAbsoluteError: results.reduce((sum, r) => sum + Math.abs(r.share - r.truth), 0) / results.length,
    widths: results.map((r) => r.high - r.low).sort((a, b) => a - b),
    byMix,
  };
}

const countTrue = (values: readonly boolean[]) => values.reduce((sum, value) => sum + (value ? 1 : 0), 0);

/** How the automatic estimate, with `rates` from a fit that never saw these accounts, does on audits of them. */
export function simulateCoverage(
  rates: ErrorRates,
  verdicts: HeldOutVerdicts,
  options: SimulationOptions,
): CoverageResult {
  const correct = correctionFor(rates);
  return summarise(
    simulatedFiles(verdicts, options).map((file) => ({
      ...correct(countTrue(file.flagged), file.flagged.length),
      truth: file.truth,
    })),
  );
}

/**
 * How the hand check does on the same kind of audits: the owner answers batch after batch, drawn by the tool's
 * own `nextBatch` from random pools of each group, judging as `owner` would, and after `sizes` accounts the
 * double-sampled range is compared with the truth. `hand` is what the tool assumes of her judgement.
 */
export function simulateHandCheck(
  rates: ErrorRates,
  hand: ErrorRates,
  owner: SimulatedOwner,
  verdicts: HeldOutVerdicts,
  sizes: readonly number[],
  options: SimulationOptions,
): CoverageResult[] {
  const correct = correctionFor(rates);
  // Its own stream, apart from the one the audits are drawn with.
  const uniform = mulberry32(options.seed ^ 0x5bd1e995);
  const results = sizes.map(() => [] as { low: number; high: number; share: number; truth: number }[]);
  for (const file of simulatedFiles(verdicts, options)) {
    const scored = file.flagged.length;
    const flagged = countTrue(file.flagged);
    const prior = correct(flagged, scored);
    const listed = (line: number): ListedAccount => ({
      handle: '',
      line,
      score: 0,
      flagged: file.flagged[line]!,
      reasons: [],
    });
    const lines = shuffled(
      Array.from({ length: scored }, (_, line) => line),
      uniform,
    );
    const pool = {
      flagged: lines
        .filter((line) => file.flagged[line])
        .slice(0, MAX_HAND_CHECK)
        .map(listed),
      notFlagged: lines
        .filter((line) => !file.flagged[line])
        .slice(0, MAX_HAND_CHECK)
        .map(listed),
    };
    let drawn: CheckedAccount[] = [];
    const answers: Record<number, HandAnswer> = {};
    const summary = { scored, flagged };
    sizes.forEach((size, i) => {
      while (drawn.length < size) {
        const batch = nextBatch(pool, summary, prior, drawn, answers, uniform);
        if (batch.length === 0) break;
        for (const account of batch)
          answers[account.line] = ownerAnswer(file.bought[account.line]!, owner, uniform);
        drawn = [...drawn, ...batch];
      }
      const sample = doubleSampleOf(summary, answeredBatches(drawn, answers).slice(0, size), answers);
      if (canCombine(sample)) results[i]!.push({ ...doubleSampledShare(sample, hand), truth: file.truth });
    });
  }
  return results.map(summarise);
}
