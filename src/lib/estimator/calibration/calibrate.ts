import type { SimulatedOwner } from '../hand/owner';
import { HAND_CHECK_RATES } from '../hand/owner';
import { signsFor, type WeightedSign } from '../profile/model';
import { SIGN_BY_ID, SIGNS } from '../profile/signs';
import type { FollowerProfile } from '../profile/types';
import { likelyRate, rateSpread } from '../../stats/random-effects';
import { simulateCoverage, simulateHandCheck, type CoverageResult, type HeldOutVerdicts } from './coverage';
import {
  candidatesFor,
  countsAt,
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
} from './fit';
import { headlineTiers } from './headline';
import { readLabelled, type LabelledFiles, type LabelledProfile } from './labelled';
import { errorRatesOf } from './rates';
import { MIN_IMPROVEMENT, selectSigns, type Selection } from './select';
import { DATA_SETS, SOURCES, type SourceId } from './sources';
import type {
  Calibration,
  CalibratedTier,
  HandCheckSimulation,
  SourceCount,
  CoverageFigures,
  HandCheckFigures,
  HeldOutFold,
  HeldOutTier,
  SignFigures,
} from './types';

/** Audits simulated per held-out pair for the committed coverage of the automatic range. */
export const COVERAGE_SAMPLES = 200;
/** Audits per people-seller pair when a whole data set is left out: there are only five such pairs. */
export const DATA_SET_SAMPLES = 800;
/** Audits simulated per held-out pair for the committed coverage of the hand check. */
export const HAND_CHECK_SAMPLES = 30;
/** After how many answered accounts the hand check is measured. */
export const HAND_CHECK_SIZES = [20, 40, 80, 100] as const;
/**
 * The owners the hand check is tested with: one right about 9 in 10 bought accounts and wrong about 3 in 100
 * people, and one at the worst corner of what the range assumes of her (HAND_CHECK_RATES).
 */
// own: the first is the owner named in the issue that set the target; the second the assumption's own edge.
export const HAND_CHECK_OWNERS: readonly SimulatedOwner[] = [
  { sensitivity: 0.9, falsePositiveRate: 0.03 },
  { sensitivity: 0.8, falsePositiveRate: 0.1 },
];
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
      dropped: `Only ${dataSets.size} of the ${DATA_SETS.length} data sets record it, so how it holds from one population to the next cannot be measured.`,
    };
  });
}

/**
 * The whole procedure, signs chosen again each time, on the labelled accounts less some sources. Selections
 * are kept by the sources left out: the nested tests ask for the same ones many times.
 */
function procedureOn(profiles: readonly LabelledProfile[]) {
  const selections = new Map<string, Selection>();
  const keyOf = (excluded: readonly SourceId[]) => [...excluded].sort().join();
  const trainingWithout = (excluded: readonly SourceId[]) =>
    profiles.filter((entry) => !excluded.includes(entry.source));
  const selectionWithout = (excluded: readonly SourceId[]): Selection => {
    const key = keyOf(excluded);
    const known = selections.get(key);
    if (known) return known;
    const selection = selectSigns(trainingWithout(excluded));
    selections.set(key, selection);
    return selection;
  };
  /** The check a file with `fields` would get from a fit without `excluded`; undefined if unusable. */
  const fitWithout = (excluded: readonly SourceId[], fields: ReadonlySet<keyof FollowerProfile>) => {
    const training = trainingWithout(excluded);
    const fit = fitTier(signsFor(fitPoints(selectionWithout(excluded).steps, training), fields), training);
    return fit.signs.length > 0 && usable(fit) ? fit : undefined;
  };
  /**
   * The record a prediction for a new audience rests on: each data set left out in turn (all its sources: a new
   * audience comes with people and sellers of its own), the whole procedure run on the rest, signs chosen
   * again, and what the check then flagged of each of the left-out sources. A data set whose fold gives no
   * usable check for these columns leaves no record, and `missing` counts it.
   */
  const leftOutRecord = (excluded: readonly SourceId[], fields: ReadonlySet<keyof FollowerProfile>) => {
    const leftOut = { people: [] as SourceCount[], bought: [] as SourceCount[] };
    let missing = 0;
    for (const dataSet of DATA_SETS) {
      const sources = SOURCES.filter((s) => s.dataSet === dataSet.id && !excluded.includes(s.id));
      if (sources.length === 0) continue;
      const fit = fitWithout([...excluded, ...sources.map((source) => source.id)], fields);
      if (!fit) {
        missing++;
        continue;
      }
      const ids = sources.map((source) => source.id);
      const counts = countsAt(
        fit.signs,
        fit.cutoff,
        profiles.filter((entry) => ids.includes(entry.source)),
      );
      leftOut.people.push(...counts.people);
      leftOut.bought.push(...counts.bought);
    }
    return { leftOut, missing };
  };
  /**
   * The tier for `fields` fitted without `excluded`. Its two rates are predicted for a new audience from the
   * left-out record, not from the rates on the accounts it was fitted to: those are held low by the cut-off,
   * and an audience the fit never saw fares worse.
   */
  const tierWithout = (
    excluded: readonly SourceId[],
    fields: readonly (keyof FollowerProfile)[],
  ): CalibratedTier | undefined => {
    const present = new Set(fields);
    const fit = fitWithout(excluded, present);
    if (!fit) return undefined;
    const { leftOut, missing } = leftOutRecord(excluded, present);
    if (missing > 0 || leftOut.people.length === 0 || leftOut.bought.length === 0) return undefined;
    return {
      fields: [...fields],
      ...fit,
      leftOut,
      falsePositive: rateSpread(leftOut.people),
      sensitivity: rateSpread(leftOut.bought),
    };
  };
  return { selectionWithout, tierWithout };
}

type Procedure = ReturnType<typeof procedureOn>;

/** The checks a file's columns allow: for every set of fields the chosen signs read, the check refitted. */
function calibratedTiers(procedure: Procedure, model: readonly WeightedSign[]): CalibratedTier[] {
  const fields = [...new Set(model.flatMap((sign) => SIGN_BY_ID.get(sign.id)!.fields))];
  const subsets = Array.from({ length: 2 ** fields.length }, (_, mask) =>
    fields.filter((_, bit) => mask & (1 << bit)),
  ).sort((a, b) => a.length - b.length);
  const seen = new Set<string>();
  const tiers: CalibratedTier[] = [];
  for (const subset of subsets) {
    const key = signsFor(model, new Set(subset))
      .map((sign) => sign.id)
      .join();
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    const tier = procedure.tierWithout([], subset);
    if (tier) tiers.push(tier);
  }
  return tiers;
}

/** A pair of populations held out of the whole procedure: signs chosen, fitted and spread without them. */
export interface PairFold {
  people: SourceId;
  bought: SourceId;
  /** The check the tool would have given a file with the tier's columns; undefined if it would have given none. */
  tier: CalibratedTier | undefined;
  verdicts: HeldOutVerdicts;
}

/** The fold of one population and one seller under the check fitted without them, with its verdicts on both. */
function foldOf(
  people: SourceId,
  bought: SourceId,
  tier: CalibratedTier | undefined,
  profiles: readonly LabelledProfile[],
): PairFold {
  const flagged = tier ? flags(tier.signs, tier.cutoff) : () => false;
  const verdictsOf = (source: SourceId) =>
    profiles.filter((entry) => entry.source === source).map((entry) => flagged(entry.profile));
  return { people, bought, tier, verdicts: { people: verdictsOf(people), bought: verdictsOf(bought) } };
}

/** Every population of people paired with every source of bought accounts, both held out in turn. */
export function pairFolds(
  procedure: Procedure,
  fields: readonly (keyof FollowerProfile)[],
  profiles: readonly LabelledProfile[],
): PairFold[] {
  const of = (kind: 'people' | 'bought') => SOURCES.filter((source) => source.kind === kind).map((s) => s.id);
  return of('people').flatMap((people) =>
    of('bought').map((bought) =>
      foldOf(people, bought, procedure.tierWithout([people, bought], fields), profiles),
    ),
  );
}

/** Each data set left out whole: the procedure run on the others, tested on its people with each of its sellers. */
export function dataSetFolds(
  procedure: Procedure,
  fields: readonly (keyof FollowerProfile)[],
  profiles: readonly LabelledProfile[],
): PairFold[] {
  return DATA_SETS.flatMap((dataSet) => {
    const sources = SOURCES.filter((source) => source.dataSet === dataSet.id);
    const tier = procedure.tierWithout(
      sources.map((source) => source.id),
      fields,
    );
    return sources
      .filter((people) => people.kind === 'people')
      .flatMap((people) =>
        sources
          .filter((bought) => bought.kind === 'bought')
          .map((bought) => foldOf(people.id, bought.id, tier, profiles)),
      );
  });
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

type EstimatedFold = PairFold & { tier: CalibratedTier };
const estimated = (folds: readonly PairFold[]) => folds.filter((fold): fold is EstimatedFold => !!fold.tier);

/**
 * The automatic range on every held-out pair: how often it held the truth, how far off, how wide. A pair for
 * which the procedure, run without it, gave no usable check for these columns gets no estimate, as a file would.
 */
export function heldOutTier(
  fields: readonly (keyof FollowerProfile)[],
  allFolds: readonly PairFold[],
  samples: number,
  seed = COVERAGE_SEED,
): HeldOutTier {
  const folds = estimated(allFolds);
  const results = folds.map((fold, f) =>
    simulateCoverage(errorRatesOf(fold.tier), fold.verdicts, { samples, seed: seed + 1000 * f }),
  );
  const range = (spread: CalibratedTier['falsePositive']): [number, number] => {
    const { low, high } = likelyRate(spread);
    return [round4(low), round4(high)];
  };
  const populations = [...new Set(folds.map((fold) => fold.people))];
  return {
    fields: [...fields],
    ...coverageFigures(results),
    byMix: Array.from({ length: 10 }, (_, mix) => {
      const cells = results.map((r) => r.byMix[mix]!);
      const audits = cells.reduce((sum, cell) => sum + cell.audits, 0);
      return round4(cells.reduce((sum, cell) => sum + cell.covered, 0) / Math.max(1, audits));
    }),
    byPopulation: populations.map((people) => ({
      people,
      coverage: coverageFigures(results.filter((_, f) => folds[f]!.people === people)).coverage,
    })),
    withoutEstimate: allFolds.filter((fold) => !fold.tier).map(({ people, bought }) => ({ people, bought })),
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
export function handCheckFigures(
  allFolds: readonly PairFold[],
  owner: SimulatedOwner,
  samples: number,
  seed = COVERAGE_SEED + 500_000,
): HandCheckFigures[] {
  const folds = estimated(allFolds);
  const results = folds.map((fold, f) =>
    simulateHandCheck(errorRatesOf(fold.tier), HAND_CHECK_RATES, owner, fold.verdicts, HAND_CHECK_SIZES, {
      samples,
      seed: seed + 1000 * f,
    }),
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
  const procedure = procedureOn(profiles);
  const selection = procedure.selectionWithout([]);
  const model = fitPoints(selection.steps, profiles).filter((sign) => sign.points > 0);
  const tiers = calibratedTiers(procedure, model);
  const folds = new Map(tiers.map((tier) => [tier, pairFolds(procedure, tier.fields, profiles)]));
  const [richest] = headlineTiers(tiers);
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
    heldOut: tiers.map((tier) => heldOutTier(tier.fields, folds.get(tier)!, COVERAGE_SAMPLES)),
    heldOutDataSets: tiers.map((tier) =>
      heldOutTier(
        tier.fields,
        dataSetFolds(procedure, tier.fields, profiles),
        DATA_SET_SAMPLES,
        COVERAGE_SEED + 900_000,
      ),
    ),
    handCheck: HAND_CHECK_OWNERS.map((owner): HandCheckSimulation => ({
      owner,
      results: handCheckFigures(folds.get(richest!)!, owner, HAND_CHECK_SAMPLES),
    })),
  };
}

/** The held-out pairs for each set of fields, from the labelled files, with one procedure between them: for the bench. */
export function heldOutPairs(
  files: LabelledFiles,
  fieldSets: readonly (readonly (keyof FollowerProfile)[])[],
): { pairs: PairFold[]; dataSets: PairFold[] }[] {
  const profiles = readLabelled(files);
  const procedure = procedureOn(profiles);
  return fieldSets.map((fields) => ({
    pairs: pairFolds(procedure, fields, profiles),
    dataSets: dataSetFolds(procedure, fields, profiles),
  }));
}
