import { createScorer, type ProfileScorer, type WeightedSign } from '../profiles/model';
import { SIGN_BY_ID, SIGNS, type Sign } from '../profiles/signs';
import type { FollowerProfile } from '../profiles/types';
import { wilsonInterval } from '../stats/proportion';
import type { LabelledProfile } from './labelled';
import { fitNonNegativeLogistic } from './logistic';
import type { SignFigures, SourceCount } from './types';

/*
 * How the rules are fitted to labelled accounts. Every choice below is fixed in advance and the same for
 * every platform, fold and set of columns, so that the held-out figures measure the procedure, not luck:
 *
 * 1. Cut-off of each sign: of its round-number cut-offs, the one that best separates people from the bought
 *    accounts of *every* source (the largest worst-case difference of hit rates, Youden's J).
 * 2. A sign is kept only if the bought accounts of every source show it clearly more often than the people
 *    of every source: the lower end of the first's Wilson 95% interval above the upper end of the second's.
 * 3. Points: a logistic regression over the kept signs, weights never negative, lightly penalised (L2) so
 *    that signs which say the same thing share the credit, with people and each source of bought accounts
 *    given equal total weight so that no vendor's style dominates. Points are tenths of log-odds, rounded;
 *    a sign that ends with 0 points is dropped.
 * 4. Cut-off of the score, for each set of signs a file's columns allow: the lowest score that at most
 *    FPR_TARGET of the people of every source reach. It is set on people alone, so it does not depend on
 *    how one vendor's accounts happen to look; bought accounts of a style never seen are then still caught
 *    whenever they show a good part of the signs. The correction removes the people it flags.
 */

/** The largest share of real people the score's cut-off may flag. */
export const FPR_TARGET = 0.12;
/** L2 penalty on the weights, with the rows' weights summing to 1. */
export const PENALTY = 0.01;
/** Points per unit of log-odds. */
export const POINTS_PER_LOGIT = 10;
/** A set of columns is usable only if its score catches every source's fakes this much more often than people. */
export const MIN_SEPARATION = 0.5;

export interface FittedModel {
  signs: SignFigures[];
  weighted: WeightedSign[];
}

export interface TierFit {
  signs: WeightedSign[];
  cutoff: number;
  people: SourceCount[];
  bought: SourceCount[];
}

type Groups = { people: Map<string, LabelledProfile[]>; bought: Map<string, LabelledProfile[]> };

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

function countWhere(
  group: Map<string, LabelledProfile[]>,
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

export const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

export function sourceCount(source: string, hits: number, n: number): SourceCount {
  const { share, low, high } = wilsonInterval(hits, n);
  return { source, hits, n, rate: round4(share), low: round4(low), high: round4(high) };
}

const rate = (count: SourceCount) => count.hits / count.n;
const worstGap = (bought: SourceCount[], people: SourceCount[]) =>
  Math.min(...bought.map(rate)) - Math.max(...people.map(rate));

/** Whether every labelled profile lets the sign be evaluated; a sign some rows cannot show is not measured. */
function measurable(sign: Sign, profiles: readonly LabelledProfile[]): boolean {
  return profiles.every((entry) => sign.test(entry.profile, sign.cutoffs[0] ?? 0) !== undefined);
}

function signFigures(sign: Sign, groups: Groups): Omit<SignFigures, 'points'> | undefined {
  const all = [...groups.people.values(), ...groups.bought.values()].flat();
  if (!measurable(sign, all)) return undefined;
  const options = sign.cutoffs.length > 0 ? sign.cutoffs : [0];
  let best: Omit<SignFigures, 'points'> | undefined;
  let bestGap = -Infinity;
  for (const cutoff of options) {
    const hit = (profile: FollowerProfile) => sign.test(profile, cutoff) === true;
    const people = countWhere(groups.people, hit);
    const bought = countWhere(groups.bought, hit);
    const gap = worstGap(bought, people);
    if (gap > bestGap) {
      bestGap = gap;
      best = { id: sign.id, cutoff, people, bought };
    }
  }
  const chosen = best!;
  const clear = chosen.bought.every((b) =>
    chosen.people.every((p) => wilsonInterval(b.hits, b.n).low > wilsonInterval(p.hits, p.n).high),
  );
  return clear
    ? chosen
    : {
        ...chosen,
        dropped: 'Not clearly more common among the bought accounts of every source than among people.',
      };
}

/** Rows with the same signs and label fitted as one row of summed weight: the fit then takes milliseconds. */
function logisticFit(signs: readonly Omit<SignFigures, 'points'>[], groups: Groups): number[] {
  const patterns = new Map<string, { bits: number[]; bought: number; weight: number }>();
  const add = (map: Map<string, LabelledProfile[]>, bought: number) => {
    for (const entries of map.values()) {
      // Each source carries half the total weight of its class, shared equally by its accounts.
      const each = 0.5 / map.size / entries.length;
      for (const { profile } of entries) {
        const bits = signs.map((figures) => {
          const sign = SIGN_BY_ID.get(figures.id)!;
          return sign.test(profile, figures.cutoff) ? 1 : 0;
        });
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
  const fit = fitNonNegativeLogistic(
    {
      columns: signs.map((_, j) => Uint8Array.from(rows, (row) => row.bits[j]!)),
      outcome: Uint8Array.from(rows, (row) => row.bought),
      weight: Float64Array.from(rows, (row) => row.weight),
    },
    PENALTY,
  );
  return fit.weights;
}

/** Steps 1 to 3: cut-offs, which signs stay, and their points. */
export function fitModel(training: readonly LabelledProfile[]): FittedModel {
  const groups = groupBySource(training);
  const measured = SIGNS.flatMap((sign) => signFigures(sign, groups) ?? []);
  const kept = measured.filter((figures) => figures.dropped === undefined);
  const weights = logisticFit(kept, groups);
  const points = new Map(kept.map((figures, i) => [figures.id, Math.round(POINTS_PER_LOGIT * weights[i]!)]));
  const signs = measured.map((figures): SignFigures => {
    const fitted = points.get(figures.id) ?? 0;
    if (figures.dropped !== undefined || fitted > 0) return { ...figures, points: fitted };
    return { ...figures, points: 0, dropped: 'The fit gave it no weight: the other signs already say it.' };
  });
  return {
    signs,
    weighted: signs
      .filter((figures) => figures.points > 0)
      .map(({ id, cutoff, points: value }) => ({ id, cutoff, points: value })),
  };
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

/** Step 4 for the signs `signs`: the score's cut-off, set on `training`'s people, and the counts it gives. */
export function fitTier(signs: readonly WeightedSign[], training: readonly LabelledProfile[]): TierFit {
  const groups = groupBySource(training);
  const scorer = createScorer({ signs, cutoff: 0 });
  const scores = (map: Map<string, LabelledProfile[]>) =>
    [...map].map(([source, entries]) => ({
      source,
      values: entries.map((e) => pointsOf(scorer, e.profile)),
    }));
  const people = scores(groups.people);
  const candidates = [...new Set(people.flatMap((group) => group.values))].sort((a, b) => a - b);
  const total = signs.reduce((sum, sign) => sum + sign.points, 0);
  const flaggedShare = (values: number[], cutoff: number) =>
    values.filter((value) => value >= cutoff).length / values.length;
  const cutoff =
    [...candidates, total + 1].find((candidate) =>
      people.every((group) => flaggedShare(group.values, candidate) <= FPR_TARGET),
    ) ?? total + 1;
  return { signs: [...signs], cutoff, ...countsAt(signs, cutoff, training) };
}

/** The verdict of a tier: whether a profile's points reach its cut-off. */
export function flags(signs: readonly WeightedSign[], cutoff: number): (profile: FollowerProfile) => boolean {
  const scorer = createScorer({ signs, cutoff });
  return (profile) => pointsOf(scorer, profile) >= cutoff;
}

/** How many people and bought accounts of each source a tier flags. */
export function countsAt(
  signs: readonly WeightedSign[],
  cutoff: number,
  profiles: readonly LabelledProfile[],
): { people: SourceCount[]; bought: SourceCount[] } {
  const groups = groupBySource(profiles);
  const flagged = flags(signs, cutoff);
  return { people: countWhere(groups.people, flagged), bought: countWhere(groups.bought, flagged) };
}

/** Whether a tier tells fakes from people well enough to be used at all (see MIN_SEPARATION). */
export function usable(tier: Pick<TierFit, 'people' | 'bought'>): boolean {
  return worstGap(tier.bought, tier.people) >= MIN_SEPARATION;
}
