import { createScorer, type ProfileScorer, type WeightedSign } from '../profiles/model';
import { SIGN_BY_ID, SIGNS, type SignId } from '../profiles/signs';
import type { FollowerProfile } from '../profiles/types';
import { wilsonInterval } from '../stats/proportion';
import type { LabelledProfile } from './labelled';
import { fitNonNegativeLogistic } from './logistic';
import type { SourceId } from './sources';
import type { SourceCount } from './types';

/*
 * How a set of signs is turned into a check, the same way for every set of signs, every fold and every set
 * of columns, so that the held-out figures measure the procedure, not luck:
 *
 * - Points: a logistic regression over the signs, weights never negative, lightly penalised (L2) so that signs
 *   which say the same thing share the credit. Every population of people, and every source of bought
 *   accounts, carries the same total weight, so the largest data set does not dominate. Points are tenths of
 *   log-odds, rounded.
 * - Cut-off of the score: the lowest score that at most FPR_TARGET of the people of every population reach.
 *   It is set on people alone, so it does not depend on how one seller's accounts happen to look.
 */

/** The largest share of real people, in any population fitted on, that the score's cut-off may flag. */
// own: fixed before the data were looked at, like every constant of the procedure below.
export const FPR_TARGET = 0.12;
/** L2 penalty on the weights, with the rows' weights summing to 1. */
// own: mild, so that signs saying the same thing share the credit.
export const PENALTY = 0.01;
/** Points per unit of log-odds. */
// own: tenths of log-odds, so points are whole numbers.
export const POINTS_PER_LOGIT = 10;
/** A check is usable only if it catches bought accounts this much more often than it flags people, on average. */
// own: below this the correction divides by a gap too small to trust.
export const MIN_SEPARATION = 0.5;

/** A sign at one of its cut-offs: what the fit chooses between. */
export interface Candidate {
  id: SignId;
  cutoff: number;
}

export interface TierFit {
  signs: WeightedSign[];
  cutoff: number;
  people: SourceCount[];
  bought: SourceCount[];
}

type Groups = { people: Map<SourceId, LabelledProfile[]>; bought: Map<SourceId, LabelledProfile[]> };

export function groupBySource(profiles: readonly LabelledProfile[]): Groups {
  const groups: Groups = { people: new Map(), bought: new Map() };
  for (const entry of profiles) {
    const map = entry.bought ? groups.bought : groups.people;
    const list = map.get(entry.source) ?? [];
    list.push(entry);
    map.set(entry.source, list);
  }
  return groups;
}

export const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

export function sourceCount(source: SourceId, hits: number, n: number): SourceCount {
  const { share, low, high } = wilsonInterval(hits, n);
  return { source, hits, n, rate: round4(share), low: round4(low), high: round4(high) };
}

function countWhere(
  group: Map<SourceId, LabelledProfile[]>,
  hit: (profile: FollowerProfile) => boolean,
): SourceCount[] {
  return [...group].map(([source, entries]) =>
    sourceCount(
      source,
      entries.reduce((sum, entry) => sum + (hit(entry.profile) ? 1 : 0), 0),
      entries.length,
    ),
  );
}

const testOf = (candidate: Candidate) => {
  const sign = SIGN_BY_ID.get(candidate.id)!;
  return (profile: FollowerProfile) => sign.test(profile, candidate.cutoff);
};

/** Every sign at every cut-off it offers that can be told, present or absent, on every profile given. */
export function candidatesFor(profiles: readonly LabelledProfile[]): Candidate[] {
  return SIGNS.flatMap((sign) =>
    (sign.cutoffs.length > 0 ? sign.cutoffs : [0])
      .map((cutoff) => ({ id: sign.id, cutoff }))
      .filter((candidate) => {
        const test = testOf(candidate);
        return profiles.every((entry) => test(entry.profile) !== undefined);
      }),
  );
}

/** How often each sign shows, per population of people and per source of bought accounts. */
export function signCounts(
  candidate: Candidate,
  profiles: readonly LabelledProfile[],
): { people: SourceCount[]; bought: SourceCount[] } {
  const groups = groupBySource(profiles.filter((entry) => testOf(candidate)(entry.profile) !== undefined));
  const hit = (profile: FollowerProfile) => testOf(candidate)(profile) === true;
  return { people: countWhere(groups.people, hit), bought: countWhere(groups.bought, hit) };
}

/** The points of `candidates` fitted to `training`; a sign the fit gives no weight keeps 0 points. */
export function fitPoints(
  candidates: readonly Candidate[],
  training: readonly LabelledProfile[],
): WeightedSign[] {
  const groups = groupBySource(training);
  const tests = candidates.map(testOf);
  // Rows with the same signs and label are fitted as one row of summed weight: the fit then takes milliseconds.
  const patterns = new Map<string, { bits: number[]; bought: number; weight: number }>();
  const add = (map: Map<SourceId, LabelledProfile[]>, bought: number) => {
    for (const entries of map.values()) {
      // Each source carries the same share of its class's half of the weight, spread over its accounts.
      const each = 0.5 / map.size / entries.length;
      for (const { profile } of entries) {
        const bits = tests.map((test) => (test(profile) ? 1 : 0));
        const key = `${bought}:${bits.join('')}`;
        const row = patterns.get(key) ?? { bits, bought, weight: 0 };
        row.weight += each;
        patterns.set(key, row);
      }
    }
  };
  add(groups.people, 0);
  add(groups.bought, 1);
  const rows = [...patterns.values()];
  const { weights } = fitNonNegativeLogistic(
    {
      columns: candidates.map((_, j) => Uint8Array.from(rows, (row) => row.bits[j]!)),
      outcome: Uint8Array.from(rows, (row) => row.bought),
      weight: Float64Array.from(rows, (row) => row.weight),
    },
    PENALTY,
  );
  return candidates.map(({ id, cutoff }, j) => ({
    id,
    cutoff,
    points: Math.round(POINTS_PER_LOGIT * weights[j]!),
  }));
}

/**
 * The points a profile scores on `signs`, by the scorer the audit ships. Every sign in a model was measured
 * on every training account, so a profile it cannot score is a bug in the caller.
 */
function pointsOf(scorer: ProfileScorer, profile: FollowerProfile): number {
  const scored = scorer(profile);
  if (!scored) throw new RangeError(`a calibrated sign could not be evaluated for ${profile.handle}`);
  return scored.points;
}

/** The score's cut-off for `signs`, set on `training`'s people, and what it flags of every source there. */
export function fitTier(signs: readonly WeightedSign[], training: readonly LabelledProfile[]): TierFit {
  const weighted = signs.filter((sign) => sign.points > 0);
  const groups = groupBySource(training);
  const scorer = createScorer({ signs: weighted, cutoff: 0 });
  const scoresOf = (entries: readonly LabelledProfile[]) => entries.map((e) => pointsOf(scorer, e.profile));
  const people = [...groups.people.values()].map(scoresOf);
  const total = weighted.reduce((sum, sign) => sum + sign.points, 0);
  const flaggedShare = (values: number[], cutoff: number) =>
    values.filter((value) => value >= cutoff).length / values.length;
  // Every score some account reaches is a possible cut-off; 0 would flag everyone.
  const reached = [...people.flat(), ...[...groups.bought.values()].flatMap(scoresOf)];
  const candidates = [...new Set(reached)].filter((points) => points > 0).sort((a, b) => a - b);
  const cutoff =
    candidates.find((candidate) => people.every((values) => flaggedShare(values, candidate) <= FPR_TARGET)) ??
    total + 1;
  return { signs: weighted, cutoff, ...countsAt(weighted, cutoff, training) };
}

/** The verdict of a tier: whether a profile's points reach its cut-off. */
export function flags(signs: readonly WeightedSign[], cutoff: number): (profile: FollowerProfile) => boolean {
  const scorer = createScorer({ signs, cutoff });
  return (profile) => pointsOf(scorer, profile) >= cutoff;
}

/** How many people of each population and bought accounts of each source a tier flags. */
export function countsAt(
  signs: readonly WeightedSign[],
  cutoff: number,
  profiles: readonly LabelledProfile[],
): { people: SourceCount[]; bought: SourceCount[] } {
  const groups = groupBySource(profiles);
  const flagged = flags(signs, cutoff);
  return { people: countWhere(groups.people, flagged), bought: countWhere(groups.bought, flagged) };
}

const meanRate = (counts: readonly SourceCount[]) =>
  counts.reduce((sum, count) => sum + count.hits / count.n, 0) / counts.length;

/** The mean catch rate minus the mean rate of people flagged, over the sources a tier was fitted on. */
export function separation(tier: Pick<TierFit, 'people' | 'bought'>): number {
  return meanRate(tier.bought) - meanRate(tier.people);
}

/** Whether a tier tells fakes from people well enough to be used at all (see MIN_SEPARATION). */
export function usable(tier: Pick<TierFit, 'people' | 'bought'>): boolean {
  return separation(tier) >= MIN_SEPARATION;
}
