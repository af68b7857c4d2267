import { SIGN_BY_ID, type SignId } from './signs';
import type { FollowerProfile } from './types';

/** A sign as a fitted model uses it: at which cut-off, worth how many points. */
export interface WeightedSign {
  id: SignId;
  cutoff: number;
  points: number;
}

/**
 * The signs one file can be checked for, given its columns, and the score from which a profile is called
 * likely fake. Each set of columns has its own cut-off, fitted by `npm run calibrate`.
 */
export interface ScoringTier {
  signs: readonly WeightedSign[];
  /** Points at or above which a profile is called likely fake. */
  cutoff: number;
}

export interface RuleHit {
  id: SignId;
  name: string;
  reason: string;
  points: number;
}

export interface ScoredProfile {
  /** 0..100 (whole number): the share of the tier's points whose signs the profile shows. */
  score: number;
  /** The points of the signs present. */
  points: number;
  flagged: boolean;
  /** The signs present, most points first. */
  hits: readonly RuleHit[];
}

/** The tier's points when every sign is present. */
export function tierPoints(tier: ScoringTier): number {
  return tier.signs.reduce((sum, sign) => sum + sign.points, 0);
}

/** The signs of `model` that a file with only `fields` can evaluate. */
export function signsFor(
  model: readonly WeightedSign[],
  fields: ReadonlySet<keyof FollowerProfile>,
): WeightedSign[] {
  return model.filter((weighted) => SIGN_BY_ID.get(weighted.id)!.fields.every((field) => fields.has(field)));
}

export type ProfileScorer = (profile: FollowerProfile) => ScoredProfile | undefined;

/**
 * Builds the scorer for one audit: the tier's signs resolved once, so that scoring a row is a few comparisons.
 * A profile for which any of the tier's signs cannot be evaluated (a value missing from its row) gets
 * `undefined`: its error rates were measured with every sign known, so a verdict on less would not be covered.
 */
export function createScorer(tier: ScoringTier): ProfileScorer {
  // At most 31 signs, one bit each; the model has a dozen at most.
  const signs = [...tier.signs]
    .sort((a, b) => b.points - a.points)
    .map((weighted) => {
      const sign = SIGN_BY_ID.get(weighted.id);
      if (!sign) throw new RangeError(`unknown sign ${weighted.id}`);
      // Built once: every hit of a sign is the same frozen object.
      const hit: RuleHit = Object.freeze({
        id: sign.id,
        name: sign.name(weighted.cutoff),
        reason: sign.reason,
        points: weighted.points,
      });
      return { test: sign.test, cutoff: weighted.cutoff, points: weighted.points, hit };
    });
  const table = signs.map((sign) => sign.hit);
  const total = tierPoints(tier);
  return (profile) => {
    let points = 0;
    let present = 0;
    for (let i = 0; i < signs.length; i++) {
      const sign = signs[i]!;
      const shows = sign.test(profile, sign.cutoff);
      if (shows === undefined) return undefined;
      if (shows) {
        points += sign.points;
        present |= 1 << i;
      }
    }
    const score = total === 0 ? 0 : Math.round((100 * points) / total);
    return new Scored(score, points, points >= tier.cutoff, present, table);
  };
}

/**
 * A scored profile that keeps the signs present as bits, and lists them only when asked: most rows of a
 * large file are counted and never listed, so they need no list of their own.
 */
class Scored implements ScoredProfile {
  constructor(
    readonly score: number,
    readonly points: number,
    readonly flagged: boolean,
    private readonly present: number,
    private readonly table: readonly RuleHit[],
  ) {}

  get hits(): readonly RuleHit[] {
    return this.table.filter((_, i) => (this.present & (1 << i)) !== 0);
  }
}

/** The ten histogram bins of the score: 0-9, 10-19, ... 80-89, 90-100 (100 joins the last bin). */
export const SCORE_BINS: readonly { low: number; high: number; label: string }[] = Array.from(
  { length: 10 },
  (_, i) => {
    const low = i * 10;
    const high = i === 9 ? 100 : low + 9;
    return { low, high, label: `${low}–${high}` };
  },
);

/** Index into SCORE_BINS for a score in 0..100. */
export function scoreBin(score: number): number {
  return Math.min(9, Math.max(0, Math.floor(score / 10)));
}
