import type { WeightedSign } from '../profile/model';
import type { SignId } from '../profile/signs';
import type { FollowerProfile } from '../profile/types';
import type { RateSpread } from '../../stats/random-effects';
import type { SelectionStep } from './select';
import type { SourceId } from './sources';

export interface SourceCount {
  source: SourceId;
  hits: number;
  n: number;
  /** hits / n and its Wilson 95% interval, rounded to 4 decimals: the figures the method page prints. */
  rate: number;
  low: number;
  high: number;
}

export interface SignFigures {
  id: SignId;
  /** The cut-off chosen, or for a sign left out the one that came closest (0 for a sign without one). */
  cutoff: number;
  /** How often it shows in each population of people and each source of bought accounts that records it. */
  people: SourceCount[];
  bought: SourceCount[];
  /** Points in the fitted check; 0 when left out. */
  points: number;
  /** The held-out error of the check with this sign (see select.ts); absent where it could not be measured. */
  heldOutError?: number;
  /** Why a sign has no points, in plain words; absent when it has some. */
  dropped?: string;
}

export interface CalibratedTier {
  /** The fewest profile fields that give this set of signs; a file with more columns may give it too. */
  fields: (keyof FollowerProfile)[];
  signs: WeightedSign[];
  /** Points at or above which a profile is called likely fake. */
  cutoff: number;
  /** What it flags of each population of people and each source of bought accounts. */
  people: SourceCount[];
  bought: SourceCount[];
  /**
   * What the check flagged of each population and seller when its whole data set was left out of the
   * procedure (signs chosen again without it): the record a new audience's rates are predicted from.
   */
  leftOut: { people: SourceCount[]; bought: SourceCount[] };
  /** The rate of people flagged, and of bought accounts caught, predicted for a new audience from `leftOut`. */
  falsePositive: RateSpread;
  sensitivity: RateSpread;
}

/** Audits simulated on accounts held out of the fit: how often the likely range held the truth. */
export interface CoverageFigures {
  samples: number;
  /** Share of the audits whose likely range held the true share. */
  coverage: number;
  meanAbsoluteError: number;
  medianWidth: number;
}

/** One population of people and one source of bought accounts, both held out of the fit. */
export interface HeldOutFold extends CoverageFigures {
  people: SourceId;
  bought: SourceId;
  /** What the fit on the other sources gave as the likely range of each rate for a population it never saw. */
  predicted: { falsePositive: [number, number]; sensitivity: [number, number] };
  /** What the held-out accounts then showed. */
  tested: { people: SourceCount; bought: SourceCount };
}

export interface HeldOutTier extends CoverageFigures {
  fields: (keyof FollowerProfile)[];
  /** Coverage by the share bought, to the nearest 10%: 0%, 10%, ... 90%. */
  byMix: number[];
  /** Coverage by the population of people left out, with every seller. */
  byPopulation: { people: SourceId; coverage: number }[];
  folds: HeldOutFold[];
  /** Pairs for which the procedure, run without them, gave no usable check for these columns. */
  withoutEstimate: { people: SourceId; bought: SourceId }[];
}

/** The hand check simulated on every held-out pair, after a number of accounts answered. */
export interface HandCheckFigures extends CoverageFigures {
  accounts: number;
  /** The widest of the median widths over the pairs of populations. */
  widestMedianWidth: number;
  /** The lowest coverage over the populations of people (each with every seller). */
  lowestPopulationCoverage: number;
  /** Each population of people, with every seller. */
  populations: (CoverageFigures & { people: SourceId })[];
}

/** The hand check simulated for one owner: her judgement, and the results after each number of accounts. */
export interface HandCheckSimulation {
  owner: { sensitivity: number; falsePositiveRate: number };
  results: HandCheckFigures[];
}

export interface Calibration {
  procedure: { fprTarget: number; penalty: number; minImprovement: number; minSeparation: number };
  /** The signs in the order they were chosen, with the held-out error after each. */
  selection: SelectionStep[];
  signs: SignFigures[];
  tiers: CalibratedTier[];
  /** Every population of people with every seller, both left out of the whole procedure. */
  heldOut: HeldOutTier[];
  /** Each data set left out whole (its people with each of its sellers): a new study, as a real audience is. */
  heldOutDataSets: HeldOutTier[];
  /** The owner the target was set for first, then one at the edge of what the range assumes. */
  handCheck: HandCheckSimulation[];
}
