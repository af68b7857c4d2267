import { type SimulatedOwner } from '../audit/hand-check';
import { HAND_CHECK_RATES } from '../estimator/hand-check';
import { signsFor, type WeightedSign } from '../profiles/model';
import { SIGN_BY_ID, SIGNS } from '../profiles/signs';
import type { FollowerProfile } from '../profiles/types';
import { likelyRate, rateSpread } from '../stats/random-effects';
import { simulateCoverage, simulateHandCheck, type CoverageResult, type HeldOutVerdicts } from './coverage';
import {
  candidatesFor,
  fitPoints,
  fitTier,
  flags,
  FPR_TARGET,
  MIN_SEPARATION,
  PENALTY,
  round4,
  signCounts,
  sourceCount,
  usable,
  type Candidate,
  type TierFit,
} from './fit';
import { headlineTiers } from './headline';
import { readLabelled, type LabelledFiles, type LabelledProfile } from './labelled';
import { errorRatesOf } from './rates';
import { MIN_IMPROVEMENT, selectSigns, type Selection } from './select';
import { SOURCES, type SourceId } from './sources';
import type {
  Calibration,
  CalibratedTier,
  CoverageFigures,
  HandCheckFigures,
  HeldOutFold,
  HeldOutTier,
  SignFigures,
} from './types';

/** Audits simulated per held-out pair for the committed coverage of the automatic range. */
export const COVERAGE_SAMPLES = 200;
/** Audits simulated per held-out pair for the committed coverage of the hand check. */
export const HAND_CHECK_SAMPLES = 30;
/** After how many answered accounts the hand check is measured. */
export const HAND_CHECK_SIZES = [20, 40, 80, 100] as const;
/** The owner the hand check is tested with: right about 9 in 10 bought accounts, wrong about 3 in 100 people. */
// own: the owner named in the issue that set the target; inside the assumed ranges of HAND_CHECK_RATES.
export const TESTED_OWNER: SimulatedOwner = { sensitivity: 0.9, falsePositiveRate: 0.03 };
const COVERAGE_SEED = 2015;

const percentText = (share: number) => `${(100 * share).toFixed(1)} points`;

/** Why a sign that could be tested stayed out of the check, from the held-out error with and without it. */
function leftOutReason(withIt: number, without: number): string {
  if (!Number.isFinite(withIt))
    return 'With it, the check could no longer tell bought accounts from people on a population held out.';
  if (Math.abs(withIt - without) < 0.0005)
    return 'It changed nothing: beside the signs chosen, the fit gave it no weight.';
  const verdict =
    withIt > without
      ? 'so it made the estimate worse'
      : `less than the ${percentText(MIN_IMPROVEMENT)} a sign must gain`;
  return `With it, the estimate erred by ${percentText(withIt)} on populations held out, against ${percentText(without)} without it: ${verdict}.`;
}

/** Every sign, with how often it shows per source and why it is in the check or not. */
function signFigures(
  profiles: readonly LabelledProfile[],
  model: readonly WeightedSign[],
  selection: Selection,
): SignFigures[] {
  const measurable = new Set(candidatesFor(profiles).map((candidate) => candidate.id));
  const final = selection.steps.at(-1)?.heldOutError ?? Infinity;
  return SIGNS.map((sign): SignFigures => {
    const used = model.find((weighted) => weighted.id === sign.id);
    const step = selection.steps.find((chosen) => chosen.id === sign.id);
    if (used && step) {
      const figures = {
        id: sign.id,
        cutoff: used.cutoff,
        points: used.points,
        heldOutError: round4(step.heldOutError),
      };
      return { ...figures, ...signCounts(used, profiles) };
    }
    const tried = selection.leftOut.find((left) => left.id === sign.id);
    if (tried && measurable.has(sign.id))
      return {
        id: sign.id,
        cutoff: tried.cutoff,
        points: 0,
        ...(Number.isFinite(tried.heldOutError) ? { heldOutError: round4(tried.heldOutError) } : {}),
        ...signCounts(tried, profiles),
        dropped: leftOutReason(tried.heldOutError, final),
      };
    const recorded = new Set(
      profiles.filter((e) => sign.test(e.profile, sign.cutoffs[0] ?? 0) !== undefined).map((e) => e.source),
    );
    const dataSets = new Set(
      SOURCES.filter((source) => recorded.has(source.id)).map((source) => source.dataSet),
    );
    const cutoff = sign.cutoffs[0] ?? 0;
    return {
      id: sign.id,
      cutoff,
      points: 0,
      ...signCounts({ id: sign.id, cutoff }, profiles),
      dropped: `Only ${dataSets.size} of the ${new Set(SOURCES.map((s) => s.dataSet)).size} data sets record it, so how it holds from one population to the next cannot be measured.`,
    };
  });
}

/** A tier's fit with the spread of its two rates over the populations it was fitted on. */
function withSpreads(fields: (keyof FollowerProfile)[], fit: TierFit): CalibratedTier {
  return {
    fields,
    ...fit,
    falsePositive: rateSpread(fit.people),
    sensitivity: rateSpread(fit.bought),
  };
}

/** The checks a file's columns allow: for every set of fields the model reads, the signs they give, refitted. */
function calibratedTiers(
  model: readonly WeightedSign[],
  profiles: readonly LabelledProfile[],
): CalibratedTier[] {
  const fields = [...new Set(model.flatMap((sign) => SIGN_BY_ID.get(sign.id)!.fields))];
  const subsets = Array.from({ length: 2 ** fields.length }, (_, mask) =>
    fields.filter((_, bit) => mask & (1 << bit)),
  ).sort((a, b) => a.length - b.length);
  const seen = new Set<string>();
  const tiers: CalibratedTier[] = [];
  for (const subset of subsets) {
    const signs = signsFor(model, new Set(subset));
    const key = signs.map((sign) => sign.id).join();
    if (signs.length === 0 || seen.has(key)) continue;
    seen.add(key);
    const fit = fitTier(signs, profiles);
    if (usable(fit)) tiers.push(withSpreads(subset, fit));
  }
  return tiers;
}

/** A pair of populations held out of the fit: the chosen signs refitted on the rest, for the tier's fields. */
export interface PairFold {
  people: SourceId;
  bought: SourceId;
  tier: CalibratedTier;
  verdicts: HeldOutVerdicts;
}

/** Every population of people paired with every source of bought accounts, both held out in turn. */
export function pairFolds(
  chosen: readonly Candidate[],
  fields: readonly (keyof FollowerProfile)[],
  profiles: readonly LabelledProfile[],
): PairFold[] {
  const present = new Set(fields);
  const of = (kind: 'people' | 'bought') => SOURCES.filter((source) => source.kind === kind).map((s) => s.id);
  return of('people').flatMap((people) =>
    of('bought').map((bought): PairFold => {
      const training = profiles.filter((entry) => entry.source !== people && entry.source !== bought);
      const tier = withSpreads(
        [...fields],
        fitTier(signsFor(fitPoints(chosen, training), present), training),
      );
      const flagged = flags(tier.signs, tier.cutoff);
      const verdictsOf = (source: SourceId) =>
        profiles.filter((entry) => entry.source === source).map((entry) => flagged(entry.profile));
      return { people, bought, tier, verdicts: { people: verdictsOf(people), bought: verdictsOf(bought) } };
    }),
  );
}

const median = (sorted: readonly number[]) => sorted[Math.floor(sorted.length / 2)] ?? 1;

function coverageFigures(results: readonly CoverageResult[]): CoverageFigures {
  const samples = results.reduce((sum, r) => sum + r.samples, 0);
  const widths = results.flatMap((r) => r.widths).sort((a, b) => a - b);
  return {
    samples,
    coverage: round4(results.reduce((sum, r) => sum + r.coverage * r.samples, 0) / samples),
    meanAbsoluteError: round4(results.reduce((sum, r) => sum + r.meanAbsoluteError * r.samples, 0) / samples),
    medianWidth: round4(median(widths)),
  };
}

const countOf = (source: SourceId, verdicts: readonly boolean[]) =>
  sourceCount(source, verdicts.filter(Boolean).length, verdicts.length);

/** The automatic range on every held-out pair: how often it held the truth, how far off, how wide. */
function heldOutTier(folds: readonly PairFold[], samples: number): HeldOutTier {
  const results = folds.map((fold, f) =>
    simulateCoverage(errorRatesOf(fold.tier), fold.verdicts, { samples, seed: COVERAGE_SEED + f }),
  );
  const range = (spread: CalibratedTier['falsePositive']): [number, number] => {
    const { low, high } = likelyRate(spread);
    return [round4(low), round4(high)];
  };
  return {
    fields: folds[0]!.tier.fields,
    ...coverageFigures(results),
    folds: folds.map((fold, f): HeldOutFold => {
      const people = countOf(fold.people, fold.verdicts.people);
      const bought = countOf(fold.bought, fold.verdicts.bought);
      return {
        people: fold.people,
        bought: fold.bought,
        predicted: {
          falsePositive: range(fold.tier.falsePositive),
          sensitivity: range(fold.tier.sensitivity),
        },
        tested: { people, bought },
        ...coverageFigures([results[f]!]),
      };
    }),
  };
}

/** The hand check on every held-out pair, after each number of accounts in HAND_CHECK_SIZES. */
function handCheckFigures(folds: readonly PairFold[], samples: number): HandCheckFigures[] {
  const results = folds.map((fold, f) =>
    simulateHandCheck(
      errorRatesOf(fold.tier),
      HAND_CHECK_RATES,
      TESTED_OWNER,
      fold.verdicts,
      HAND_CHECK_SIZES,
      {
        samples,
        seed: COVERAGE_SEED + 100 + f,
      },
    ),
  );
  return HAND_CHECK_SIZES.map((accounts, i): HandCheckFigures => {
    const atSize = results.map((perSize) => perSize[i]!);
    const populations = [...new Set(folds.map((fold) => fold.people))].map((people) => ({
      people,
      ...coverageFigures(atSize.filter((_, f) => folds[f]!.people === people)),
    }));
    return {
      accounts,
      ...coverageFigures(atSize),
      widestMedianWidth: round4(Math.max(...atSize.map((r) => median(r.widths)))),
      lowestPopulationCoverage: Math.min(...populations.map((p) => p.coverage)),
      populations,
    };
  });
}

/** Everything `npm run calibrate` writes, from the text of the labelled files. */
export function calibrate(files: LabelledFiles): Calibration {
  const profiles = readLabelled(files);
  const selection = selectSigns(profiles);
  const model = fitPoints(selection.steps, profiles).filter((sign) => sign.points > 0);
  const tiers = calibratedTiers(model, profiles);
  const foldsOf = (tier: CalibratedTier) => pairFolds(selection.steps, tier.fields, profiles);
  const [richest] = headlineTiers(tiers);
  const richestFolds = foldsOf(richest!);
  return {
    procedure: {
      fprTarget: FPR_TARGET,
      penalty: PENALTY,
      minImprovement: MIN_IMPROVEMENT,
      minSeparation: MIN_SEPARATION,
    },
    selection: selection.steps.map((step) => ({ ...step, heldOutError: round4(step.heldOutError) })),
    signs: signFigures(profiles, model, selection),
    tiers,
    heldOut: tiers.map((tier) =>
      heldOutTier(tier === richest ? richestFolds : foldsOf(tier), COVERAGE_SAMPLES),
    ),
    handCheck: handCheckFigures(richestFolds, HAND_CHECK_SAMPLES),
  };
}

/** The held-out pairs of the shipped model for a tier's fields, from the labelled files: for the bench. */
export function heldOutPairs(files: LabelledFiles, fields: readonly (keyof FollowerProfile)[]): PairFold[] {
  const profiles = readLabelled(files);
  return pairFolds(selectSigns(profiles).steps, fields, profiles);
}
