import type { WeightedSign } from '../profiles/model';
import type { SignId } from '../profiles/signs';
import type { FollowerProfile } from '../profiles/types';

/** The platforms the audit has labelled accounts for, and 'any' for the signs that worked on both. */
export type CalibratedPlatform = 'x' | 'instagram' | 'any';

export interface SourceCount {
  source: string;
  hits: number;
  n: number;
  /** hits / n and its Wilson 95% interval, rounded to 4 decimals: the figures the method page prints. */
  rate: number;
  low: number;
  high: number;
}

export interface SignFigures {
  id: SignId;
  /** The cut-off chosen (0 for a sign without one). */
  cutoff: number;
  people: SourceCount[];
  bought: SourceCount[];
  /** Points in the fitted model; 0 when dropped. */
  points: number;
  /** Why a sign has no points, in plain words; absent when it has some. */
  dropped?: string;
}

/** One way of holding data out: fit on `trainedOn`, measure on `testedOn`. */
export interface Fold {
  name: string;
  trainedOn: string;
  testedOn: string;
}

export interface HeldOutTier {
  fold: string;
  /** The fold's own cut-off and what it flagged on the accounts it was fitted to. */
  trained: { people: SourceCount[]; bought: SourceCount[] };
  /** What it flagged on the accounts it never saw. */
  tested: { people: SourceCount[]; bought: SourceCount[] };
}

export interface CalibratedTier {
  /** The fewest profile fields that give this set of signs; a file with more columns may give it too. */
  fields: (keyof FollowerProfile)[];
  signs: WeightedSign[];
  /** Points at or above which a profile is called likely fake. */
  cutoff: number;
  people: SourceCount[];
  bought: SourceCount[];
  heldOut: HeldOutTier[];
  /** How far the catch rate moved on fakes from sources the fit never saw (see `unseenSpread`). */
  unseenSourceSpread: number;
  /** How far the false-positive rate moved on people from populations the fit never saw. */
  unseenPopulationSpread: number;
}

/** How the whole estimator did on held-out accounts in simulated audits of known mix (see coverage.ts). */
export interface CoverageFigures {
  /** The tier's fields: which set of columns was simulated. */
  fields: (keyof FollowerProfile)[];
  fold: string;
  samples: number;
  /** Share of samples whose 95% interval held the truth. */
  coverage: number;
  meanAbsoluteError: number;
  medianWidth: number;
}

export interface PlatformCalibration {
  platform: CalibratedPlatform;
  folds: Fold[];
  signs: SignFigures[];
  tiers: CalibratedTier[];
  coverage: CoverageFigures[];
}

export interface Calibration {
  procedure: { fprTarget: number; penalty: number; minSeparation: number };
  platforms: Record<CalibratedPlatform, PlatformCalibration>;
}
