import type { SignId } from '../profile/signs';
import {
  candidatesFor,
  fitPointsOn,
  fitTierOn,
  flaggedShareOn,
  separation,
  signHistogram,
  usable,
  type Candidate,
} from './fit';
import type { LabelledProfile } from './labelled';
import type { SourceId } from './sources';
import type { SourceCount } from './types';

/*
 * Which signs the audit uses, chosen by how the estimate fares on populations the fit never saw. Each source,
 * people and bought alike, is held out in turn; the signs are fitted (points and cut-off) on the others, and
 * the held-out source's rate is compared with the mean rate of the sources fitted on. A people population
 * flagged more or less often than that mean shifts the corrected share by the difference, divided by the gap
 * between catch rate and false-positive rate, times the share of people in the audience; a seller caught more
 * or less often shifts it in proportion to the share of bought accounts. Averaged over audiences 0 to 90%
 * bought, that is the held-out error of a set of signs: the mean over populations of people plus the mean over
 * sellers. Signs are added one at a time, each time the one that lowers it most, for as long as one lowers it
 * by at least MIN_IMPROVEMENT. A sign that works on some populations and misfires on others raises the error
 * and is left out, however well it fits the data as a whole.
 */

/** A sign joins the check only if it lowers the held-out error by at least this much (half a point). */
// own: a sign must earn its place; fixed before the data were looked at.
export const MIN_IMPROVEMENT = 0.005;
// own: the mean share of bought accounts over audiences 0 to 90% bought.
const MEAN_BOUGHT_SHARE = 0.45;

export interface SelectionStep extends Candidate {
  /** The held-out error with this sign and the ones before it. */
  heldOutError: number;
}

export interface Selection {
  steps: SelectionStep[];
  /** The held-out error of the chosen signs with each other sign added, at its best cut-off: why it stayed out. */
  leftOut: SelectionStep[];
}

const meanRate = (counts: readonly SourceCount[]) =>
  counts.reduce((sum, count) => sum + count.hits / count.n, 0) / counts.length;
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** The held-out error of `candidates` on `profiles` (see above); Infinity when a fold cannot tell fakes at all. */
export function heldOutError(candidates: readonly Candidate[], profiles: readonly LabelledProfile[]): number {
  const histogram = signHistogram(candidates, profiles);
  const people: number[] = [];
  const bought: number[] = [];
  for (const heldOut of histogram.sources) {
    const included = (source: SourceId) => source !== heldOut.source;
    const points = fitPointsOn(histogram, included);
    const tier = fitTierOn(histogram, points, included);
    if (tier.signs.length === 0 || !usable(tier)) return Infinity;
    const gap = separation(tier);
    const rate = flaggedShareOn(histogram, points, tier.cutoff, heldOut.source);
    if (heldOut.bought) bought.push((MEAN_BOUGHT_SHARE * Math.abs(rate - meanRate(tier.bought))) / gap);
    else people.push(((1 - MEAN_BOUGHT_SHARE) * Math.abs(rate - meanRate(tier.people))) / gap);
  }
  return mean(people) + mean(bought);
}

/** The signs, one cut-off each, chosen by held-out error (see above). */
export function selectSigns(profiles: readonly LabelledProfile[]): Selection {
  const candidates = candidatesFor(profiles);
  const steps: SelectionStep[] = [];
  let error = Infinity;
  for (;;) {
    const chosen = new Set<SignId>(steps.map((step) => step.id));
    const tried = candidates
      .filter((candidate) => !chosen.has(candidate.id))
      .map((candidate) => ({ ...candidate, heldOutError: heldOutError([...steps, candidate], profiles) }));
    const best = tried.reduce<SelectionStep | undefined>(
      (a, b) => (a === undefined || b.heldOutError < a.heldOutError ? b : a),
      undefined,
    );
    if (!best || !(best.heldOutError <= error - MIN_IMPROVEMENT)) {
      const bestPerSign = new Map<SignId, SelectionStep>();
      for (const step of tried) {
        const known = bestPerSign.get(step.id);
        if (!known || step.heldOutError < known.heldOutError) bestPerSign.set(step.id, step);
      }
      return { steps, leftOut: [...bestPerSign.values()] };
    }
    steps.push(best);
    error = best.heldOutError;
  }
}
