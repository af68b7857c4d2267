export { fieldList } from '../profiles/field-names';
import { SIGN_BY_ID } from '../profiles/signs';
import { formatPercent } from '../numbers/format';
import { CALIBRATION } from './calibration.generated';
import { headlineTiers } from './headline';
import { SOURCE_SHORT } from './sources';
import type { CalibratedPlatform, CalibratedTier, SourceCount } from './types';

/** What the method page prints of the calibration: tables built from the generated figures. */

/** "TWT 93% (90%-95%)": a measured rate with its 95% interval. */
export function rateText(count: SourceCount): string {
  return `${formatPercent(count.rate)} (${formatPercent(count.low)}-${formatPercent(count.high)})`;
}

export function sourceName(source: string): string {
  return SOURCE_SHORT[source] ?? source;
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

export function signRows(platform: CalibratedPlatform): SignRow[] {
  return CALIBRATION.platforms[platform].signs.map((figures) => {
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

/** The tiers the page shows in full: all columns, and the three counts alone. */
export function reportedTiers(platform: CalibratedPlatform): CalibratedTier[] {
  return headlineTiers(CALIBRATION.platforms[platform].tiers);
}

export function coverageOf(platform: CalibratedPlatform, tier: CalibratedTier) {
  const key = tier.fields.join();
  return CALIBRATION.platforms[platform].coverage.filter((row) => row.fields.join() === key);
}
