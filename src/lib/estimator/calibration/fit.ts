import { createScorer, type WeightedSign } from '../profile/model';
import { SIGN_BY_ID, SIGNS, type SignId } from '../profile/signs';
import type { FollowerProfile } from '../profile/types';
import { wilsonInterval } from '../../stats/proportion';
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

/**
 * The accounts of each source, counted by which of `candidates` they show: pattern p has bit j set when
 * candidate j shows. Every fit on any set of these sources reads the counts, not the accounts, so the folds of a
 * held-out test cost one pass over the data between them.
 */
export interface SignHistogram {
  candidates: readonly Candidate[];
  sources: { source: SourceId; bought: boolean; n: number; patterns: Map<number, number> }[];
}

export function signHistogram(
  candidates: readonly Candidate[],
  profiles: readonly LabelledProfile[],
): SignHistogram {
  const tests = candidates.map(testOf);
  const bySource = new Map<SourceId, SignHistogram['sources'][number]>();
  for (const { profile, source, bought } of profiles) {
    let pattern = 0;
    for (let j = 0; j < tests.length; j++) {
      const shows = tests[j]!(profile);
      if (shows === undefined)
        throw new RangeError(`a calibrated sign could not be evaluated for ${profile.handle}`);
      if (shows) pattern += 2 ** j;
    }
    const entry = bySource.get(source) ?? { source, bought, n: 0, patterns: new Map<number, number>() };
    entry.n++;
    entry.patterns.set(pattern, (entry.patterns.get(pattern) ?? 0) + 1);
    bySource.set(source, entry);
  }
  return { candidates, sources: [...bySource.values()] };
}

const showsIn = (pattern: number, j: number) => Math.floor(pattern / 2 ** j) % 2;
// A pattern's score at `points` (one per candidate of the histogram), as the audit's scorer adds them.
const scoreOf = (points: readonly WeightedSign[], pattern: number) =>
  points.reduce((sum, sign, j) => sum + (showsIn(pattern, j) ? Math.max(0, sign.points) : 0), 0);

function flaggedIn(entry: SignHistogram['sources'][number], points: readonly WeightedSign[], cutoff: number) {
  let flagged = 0;
  for (const [pattern, count] of entry.patterns) if (scoreOf(points, pattern) >= cutoff) flagged += count;
  return flagged;
}

/** The share of one source's accounts whose score at `points` reaches `cutoff`. */
export function flaggedShareOn(
  histogram: SignHistogram,
  points: readonly WeightedSign[],
  cutoff: number,
  source: SourceId,
): number {
  const entry = histogram.sources.find((e) => e.source === source);
  if (!entry) throw new RangeError(`no accounts of ${source}`);
  return flaggedIn(entry, points, cutoff) / entry.n;
}

/** The points of the histogram's signs fitted to the sources `included` keeps; a sign given no weight has 0. */
export function fitPointsOn(
  histogram: SignHistogram,
  included: (source: SourceId) => boolean = () => true,
): WeightedSign[] {
  const { candidates } = histogram;
  const sources = histogram.sources.filter((entry) => included(entry.source));
  const kinds = {
    people: sources.filter((e) => !e.bought).length,
    bought: sources.filter((e) => e.bought).length,
  };
  // Rows with the same signs and label are fitted as one row of summed weight: the fit then takes milliseconds.
  // Each source carries the same share of its class's half of the weight, spread over its accounts.
  const rows = new Map<number, { pattern: number; bought: number; weight: number }>();
  for (const { bought, n, patterns } of sources) {
    const each = 0.5 / (bought ? kinds.bought : kinds.people) / n;
    for (const [pattern, count] of patterns) {
      const key = 2 * pattern + (bought ? 1 : 0);
      const row = rows.get(key) ?? { pattern, bought: bought ? 1 : 0, weight: 0 };
      row.weight += each * count;
      rows.set(key, row);
    }
  }
  const list = [...rows.values()];
  const { weights } = fitNonNegativeLogistic(
    {
      columns: candidates.map((_, j) => Uint8Array.from(list, (row) => showsIn(row.pattern, j))),
      outcome: Uint8Array.from(list, (row) => row.bought),
      weight: Float64Array.from(list, (row) => row.weight),
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
 * The score's cut-off for the histogram's signs at `points` (one per candidate), set on the people of the
 * sources `included` keeps, and what it flags of each of them. A profile's score is the sum of the points of
 * the signs it shows, as the audit's scorer adds them (a unit test holds the two together).
 */
export function fitTierOn(
  histogram: SignHistogram,
  points: readonly WeightedSign[],
  included: (source: SourceId) => boolean = () => true,
): TierFit {
  const sources = histogram.sources.filter((entry) => included(entry.source));
  const flaggedAt = (entry: (typeof sources)[number], cutoff: number) => flaggedIn(entry, points, cutoff);
  const people = sources.filter((entry) => !entry.bought);
  const total = points.reduce((sum, sign) => sum + Math.max(0, sign.points), 0);
  // Every score some account reaches is a possible cut-off; 0 would flag everyone.
  const reached = new Set<number>();
  for (const entry of sources)
    for (const pattern of entry.patterns.keys()) reached.add(scoreOf(points, pattern));
  const cutoff =
    [...reached]
      .filter((score) => score > 0)
      .sort((a, b) => a - b)
      .find((candidate) => people.every((entry) => flaggedAt(entry, candidate) <= FPR_TARGET * entry.n)) ??
    total + 1;
  const counts = (bought: boolean) =>
    sources
      .filter((entry) => entry.bought === bought)
      .map((entry) => sourceCount(entry.source, flaggedAt(entry, cutoff), entry.n));
  return {
    signs: points.filter((sign) => sign.points > 0),
    cutoff,
    people: counts(false),
    bought: counts(true),
  };
}

/** The points of `candidates` fitted to `training`; a sign the fit gives no weight keeps 0 points. */
export function fitPoints(
  candidates: readonly Candidate[],
  training: readonly LabelledProfile[],
): WeightedSign[] {
  return fitPointsOn(signHistogram(candidates, training));
}

/** The score's cut-off for `signs`, set on `training`'s people, and what it flags of every source there. */
export function fitTier(signs: readonly WeightedSign[], training: readonly LabelledProfile[]): TierFit {
  const weighted = signs.filter((sign) => sign.points > 0);
  return fitTierOn(signHistogram(weighted, training), weighted);
}

/**
 * The verdict of a tier by the scorer the audit ships: whether a profile's points reach its cut-off. Every sign
 * in a check was measured on every labelled account, so a profile it cannot score is a bug in the caller.
 */
export function flags(signs: readonly WeightedSign[], cutoff: number): (profile: FollowerProfile) => boolean {
  const scorer = createScorer({ signs, cutoff });
  return (profile) => {
    const scored = scorer(profile);
    if (!scored) throw new RangeError(`a calibrated sign could not be evaluated for ${profile.handle}`);
    return scored.points >= cutoff;
  };
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
