import { signsFor } from '../profiles/model';
import { SIGN_BY_ID } from '../profiles/signs';
import type { ErrorRates } from '../stats/misclassification';
import { mulberry32, shuffled } from '../stats/seeded';
import { simulateCoverage, type HeldOutVerdicts } from './coverage';
import {
  countsAt,
  fitModel,
  fitTier,
  flags,
  groupBySource,
  FPR_TARGET,
  MIN_SEPARATION,
  PENALTY,
  round4,
  usable,
} from './fit';
import { readCresci2015, readInstaFake, type LabelledProfile } from './labelled';
import { headlineTiers } from './headline';
import { errorRatesOf } from './rates';
import type {
  Calibration,
  CalibratedPlatform,
  CalibratedTier,
  CoverageFigures,
  Fold,
  HeldOutTier,
  PlatformCalibration,
  SourceCount,
} from './types';

interface FoldData extends Fold {
  train: LabelledProfile[];
  test: LabelledProfile[];
}

/** A seeded shuffle, then halves: the same split on every machine. */
function halves<T>(items: readonly T[], seed: number): [T[], T[]] {
  const order = shuffled(items, mulberry32(seed));
  const middle = Math.ceil(order.length / 2);
  return [order.slice(0, middle), order.slice(middle)];
}

const SPLIT_SEED = 20_151_001;
const bySource = (profiles: readonly LabelledProfile[], source: string) =>
  profiles.filter((entry) => entry.source === source);

/**
 * X: leave one vendor out. The people are split in halves too, so the false-positive rate is measured on
 * people the fit never saw: fit on half the people and one vendor, test on the other half and the other vendor.
 */
function vendorFolds(x: readonly LabelledProfile[]): FoldData[] {
  const [peopleA, peopleB] = halves(bySource(x, 'TFP'), SPLIT_SEED);
  const fsf = bySource(x, 'FSF');
  const twt = bySource(x, 'TWT');
  return [
    {
      name: 'fit on FSF, test on TWT',
      trainedOn: 'half the TFP people and the FSF accounts',
      testedOn: 'the other half of the people and the TWT accounts',
      train: [...peopleA, ...fsf],
      test: [...peopleB, ...twt],
    },
    {
      name: 'fit on TWT, test on FSF',
      trainedOn: 'the other half of the TFP people and the TWT accounts',
      testedOn: 'the first half of the people and the FSF accounts',
      train: [...peopleB, ...twt],
      test: [...peopleA, ...fsf],
    },
  ];
}

/** Instagram: one source only, so two halves (split within real and within fake), each way round. */
function halfFolds(instagram: readonly LabelledProfile[]): FoldData[] {
  const [realA, realB] = halves(bySource(instagram, 'real'), SPLIT_SEED);
  const [fakeA, fakeB] = halves(bySource(instagram, 'fake'), SPLIT_SEED + 1);
  return [
    {
      name: 'fit on half A, test on half B',
      trainedOn: 'half of the real and half of the fake accounts',
      testedOn: 'the other halves',
      train: [...realA, ...fakeA],
      test: [...realB, ...fakeB],
    },
    {
      name: 'fit on half B, test on half A',
      trainedOn: 'the other halves',
      testedOn: 'the first halves',
      train: [...realB, ...fakeB],
      test: [...realA, ...fakeA],
    },
  ];
}

/** Any other platform: leave one platform out, the nearest thing to a platform nobody labelled. */
function platformFolds(x: readonly LabelledProfile[], instagram: readonly LabelledProfile[]): FoldData[] {
  return [
    {
      name: 'fit on X, test on Instagram',
      trainedOn: 'every X account',
      testedOn: 'every Instagram account',
      train: [...x],
      test: [...instagram],
    },
    {
      name: 'fit on Instagram, test on X',
      trainedOn: 'every Instagram account',
      testedOn: 'every X account',
      train: [...instagram],
      test: [...x],
    },
  ];
}

const meanRate = (counts: readonly SourceCount[]) =>
  counts.reduce((sum, count) => sum + count.hits / count.n, 0) / counts.length;

const rootMeanSquare = (values: readonly number[]) =>
  round4(Math.sqrt(values.reduce((sum, value) => sum + value * value, 0) / Math.max(1, values.length)));

/**
 * How far a rate moved when a fit met accounts from a source it never saw: the root mean square, over the
 * folds and their held-out sources, of the change from the mean rate on the fit's own sources. Each change is
 * one look at how sources differ, so the estimate spreads an unseen source's rate by this much.
 */
function unseenSpread(heldOut: readonly HeldOutTier[], side: 'people' | 'bought'): number {
  return rootMeanSquare(
    heldOut.flatMap((fold) =>
      fold.tested[side].map((count) => meanRate(fold.trained[side]) - count.hits / count.n),
    ),
  );
}

function calibratePlatform(
  platform: CalibratedPlatform,
  profiles: readonly LabelledProfile[],
  folds: readonly FoldData[],
): PlatformCalibration {
  const model = fitModel(profiles);
  const foldModels = folds.map((fold) => fitModel(fold.train).weighted);
  const fields = [...new Set(model.weighted.flatMap((sign) => SIGN_BY_ID.get(sign.id)!.fields))];
  const subsets = Array.from({ length: 2 ** fields.length }, (_, mask) =>
    fields.filter((_, bit) => mask & (1 << bit)),
  ).sort((a, b) => a.length - b.length);
  const seen = new Set<string>();
  const tiers: CalibratedTier[] = [];
  for (const subset of subsets) {
    const present = new Set(subset);
    const signs = signsFor(model.weighted, present);
    const key = signs.map((sign) => sign.id).join();
    if (signs.length === 0 || seen.has(key)) continue;
    seen.add(key);
    const tier = fitTier(signs, profiles);
    if (!usable(tier)) continue;
    const heldOut = folds.map((fold, f): HeldOutTier => {
      const foldTier = fitTier(signsFor(foldModels[f]!, present), fold.train);
      return {
        fold: fold.name,
        trained: { people: foldTier.people, bought: foldTier.bought },
        tested: countsAt(foldTier.signs, foldTier.cutoff, fold.test),
      };
    });
    tiers.push({
      fields: subset,
      ...tier,
      heldOut,
      unseenSourceSpread: unseenSpread(heldOut, 'bought'),
      // Within X or Instagram the held-out people are the same population as the fitted ones, so their change
      // is sampling noise, which the estimate carries already; across platforms it is a real difference.
      unseenPopulationSpread: platform === 'any' ? unseenSpread(heldOut, 'people') : 0,
    });
  }
  return {
    platform,
    folds: folds.map(({ name, trainedOn, testedOn }) => ({ name, trainedOn, testedOn })),
    signs: model.signs,
    tiers,
    coverage: [],
  };
}

/**
 * Instagram's one source says nothing about how vendors differ, so its unseen-source spread is at least the
 * one measured between the X vendors with the richest set of signs.
 */
function withSpreadAtLeast(calibration: PlatformCalibration, floor: number): PlatformCalibration {
  return {
    ...calibration,
    tiers: calibration.tiers.map((tier) => ({
      ...tier,
      unseenSourceSpread: Math.max(tier.unseenSourceSpread, floor),
    })),
  };
}

function labelledSets(cresci2015Csv: string, instaFakeCsv: string) {
  return { x: readCresci2015(cresci2015Csv), instagram: readInstaFake(instaFakeCsv) };
}

function foldsFor(platform: CalibratedPlatform, sets: ReturnType<typeof labelledSets>): FoldData[] {
  if (platform === 'x') return vendorFolds(sets.x);
  if (platform === 'instagram') return halfFolds(sets.instagram);
  return platformFolds(sets.x, sets.instagram);
}

export interface HeldOutCheck {
  fold: string;
  /** The error rates measured on the fold's training accounts, with the shipped unseen-source spread. */
  rates: ErrorRates;
  /** What the fold's fit said of each held-out account. */
  verdicts: HeldOutVerdicts;
}

/**
 * For the coverage simulation: each fold of `platform` fitted on its training accounts with only `fields`,
 * its error rates, and its verdicts on the accounts it held out. The unseen-source spread cannot be measured
 * inside a fold with one vendor; the shipped tier's is used, the one assumption the fold did not fit itself.
 */
function foldChecks(
  folds: readonly FoldData[],
  tier: Pick<CalibratedTier, 'fields' | 'unseenSourceSpread' | 'unseenPopulationSpread'>,
): HeldOutCheck[] {
  const present = new Set(tier.fields);
  return folds.map((fold) => {
    const fitted = fitTier(signsFor(fitModel(fold.train).weighted, present), fold.train);
    const flagged = flags(fitted.signs, fitted.cutoff);
    const test = groupBySource(fold.test);
    return {
      fold: fold.name,
      rates: errorRatesOf({
        ...fitted,
        unseenSourceSpread: tier.unseenSourceSpread,
        unseenPopulationSpread: tier.unseenPopulationSpread,
      }),
      verdicts: {
        people: [...test.people.values()].flat().map((entry) => flagged(entry.profile)),
        bought: [...test.bought.values()].map((entries) => entries.map((entry) => flagged(entry.profile))),
      },
    };
  });
}

/** `foldChecks` from the labelled files' text, for tests and benchmarks that simulate more samples. */
export function heldOutChecks(
  platform: CalibratedPlatform,
  cresci2015Csv: string,
  instaFakeCsv: string,
  tier: Pick<CalibratedTier, 'fields' | 'unseenSourceSpread' | 'unseenPopulationSpread'>,
): HeldOutCheck[] {
  return foldChecks(foldsFor(platform, labelledSets(cresci2015Csv, instaFakeCsv)), tier);
}

/** Samples of known mix simulated per fold and tier for the committed coverage figures. */
export const COVERAGE_SAMPLES = 500;
const COVERAGE_SEED = 2015;
function withCoverage(calibration: PlatformCalibration, folds: readonly FoldData[]): PlatformCalibration {
  const coverage = headlineTiers(calibration.tiers).flatMap((tier) =>
    foldChecks(folds, tier).map((check, f): CoverageFigures => {
      const result = simulateCoverage(check.rates, check.verdicts, {
        samples: COVERAGE_SAMPLES,
        seed: COVERAGE_SEED + f,
      });
      return {
        fields: tier.fields,
        fold: check.fold,
        samples: result.samples,
        coverage: round4(result.coverage),
        meanAbsoluteError: round4(result.meanAbsoluteError),
        medianWidth: round4(result.medianWidth),
      };
    }),
  );
  return { ...calibration, coverage };
}

/** Everything `npm run calibrate` writes, from the text of the two labelled files. */
export function calibrate(cresci2015Csv: string, instaFakeCsv: string): Calibration {
  const sets = labelledSets(cresci2015Csv, instaFakeCsv);
  const { x, instagram } = sets;
  const xFolds = foldsFor('x', sets);
  const xCalibration = calibratePlatform('x', x, xFolds);
  const [richest] = headlineTiers(xCalibration.tiers);
  const instagramFolds = foldsFor('instagram', sets);
  const anyFolds = foldsFor('any', sets);
  return {
    procedure: { fprTarget: FPR_TARGET, penalty: PENALTY, minSeparation: MIN_SEPARATION },
    platforms: {
      x: withCoverage(xCalibration, xFolds),
      instagram: withCoverage(
        withSpreadAtLeast(
          calibratePlatform('instagram', instagram, instagramFolds),
          richest!.unseenSourceSpread,
        ),
        instagramFolds,
      ),
      any: withCoverage(calibratePlatform('any', [...x, ...instagram], anyFolds), anyFolds),
    },
  };
}
