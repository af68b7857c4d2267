export { fieldList } from '../profile/field-names';
import { SIGN_BY_ID } from '../profile/signs';
import { formatPercent } from '../../numbers/format';
import { likelyRate } from '../../stats/random-effects';
import { CALIBRATION } from './calibration.generated';
import { headlineTiers } from './headline';
import { SOURCES, sourceName, type SourceId } from './sources';
import type { CalibratedTier, HeldOutFold, HeldOutTier, SourceCount } from './types';

/** What the method page prints of the calibration: tables built from the generated figures. */

/** "0.2% to 14%": how far a rate swings from one population or seller to the next. */
export function rateSpan(counts: readonly Pick<SourceCount, 'rate'>[]): string {
  const rates = counts.map((count) => count.rate);
  return `${formatPercent(Math.min(...rates))} to ${formatPercent(Math.max(...rates))}`;
}

/** "99.9% (99.2%-100%)": a measured rate with its 95% interval, to three digits so 685 of 686 is not 100%. */
export function rateText(count: Pick<SourceCount, 'rate' | 'low' | 'high'>): string {
  return `${formatPercent(count.rate, 3)} (${formatPercent(count.low, 3)}-${formatPercent(count.high, 3)})`;
}

export interface SignRow {
  name: string;
  points: number;
  people: SourceCount[];
  bought: SourceCount[];
  reason: string;
  evidence: string;
  dropped?: string;
}

export function signRows(): SignRow[] {
  return CALIBRATION.signs.map((figures) => {
    const sign = SIGN_BY_ID.get(figures.id)!;
    return {
      name: sign.name(figures.cutoff),
      points: figures.points,
      people: figures.people,
      bought: figures.bought,
      reason: sign.reason,
      evidence: sign.source,
      ...(figures.dropped ? { dropped: figures.dropped } : {}),
    };
  });
}

/** The check with every column it can use: the one the page reports in full. */
export function fullTier(): CalibratedTier {
  return headlineTiers(CALIBRATION.tiers)[0]!;
}

/** For one kind of source: each population's measured rate, and the likely range for one never measured. */
export function populationTable(tier: CalibratedTier, kind: 'people' | 'bought') {
  const counts = kind === 'people' ? tier.people : tier.bought;
  const unseen = likelyRate(kind === 'people' ? tier.falsePositive : tier.sensitivity);
  const leftOut = kind === 'people' ? tier.leftOut.people : tier.leftOut.bought;
  return {
    rows: counts.map((count) => ({
      source: SOURCES.find((s) => s.id === count.source)!,
      count,
      leftOut: leftOut.find((left) => left.source === count.source),
    })),
    unseen,
  };
}

/** The held-out pairs as a grid: a row per population of people, a column per seller. */
export function heldOutGrid(tier: CalibratedTier): {
  people: SourceId[];
  bought: SourceId[];
  /** The pair's figures; undefined where the procedure without it gave no usable check. */
  fold: (people: SourceId, bought: SourceId) => HeldOutFold | undefined;
} {
  const held = CALIBRATION.heldOut.find((figures) => figures.fields.join() === tier.fields.join())!;
  return {
    people: SOURCES.filter((source) => source.kind === 'people').map((source) => source.id),
    bought: SOURCES.filter((source) => source.kind === 'bought').map((source) => source.id),
    fold: (people, bought) => held.folds.find((f) => f.people === people && f.bought === bought),
  };
}

/**
 * The folds where the likely range held the truth in fewer than 9 audits in 10, each with what went wrong in
 * words: the left-out people flagged, or the seller caught, outside the range the fit allowed.
 */
export function weakFolds(held: HeldOutTier): string[] {
  return held.folds
    .filter((fold) => fold.coverage < 0.9)
    .map((fold) => {
      const [peopleLow, peopleHigh] = fold.predicted.falsePositive;
      const [boughtLow, boughtHigh] = fold.predicted.sensitivity;
      const people = fold.tested.people.rate;
      const bought = fold.tested.bought.rate;
      const reasons = [
        people > peopleHigh &&
          `the rules flagged ${formatPercent(people)} of the people, more than the ${formatPercent(peopleHigh)} allowed`,
        bought > boughtHigh &&
          `the seller’s accounts were caught ${formatPercent(bought)} of the time, more than the ${formatPercent(boughtHigh)} allowed`,
        bought < boughtLow &&
          `the seller’s accounts were caught ${formatPercent(bought)} of the time, less than the ${formatPercent(boughtLow)} allowed`,
        people < peopleLow && `the rules flagged fewer of the people than allowed`,
      ].filter(Boolean);
      const why = reasons.length > 0 ? reasons.join(', and ') : 'the sample noise of single audits';
      return `${sourceName(fold.people)} with ${sourceName(fold.bought)}, ${formatPercent(fold.coverage)}: ${why}`;
    });
}
