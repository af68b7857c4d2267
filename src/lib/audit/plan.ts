import { tierFor } from '../calibration/tiers';
import type { CalibratedTier } from '../calibration/types';
import { mappedFields, mappingProblems, type ColumnMapping } from '../csv/columns';

/** The platform a file of follower profiles comes from, as the owner can name it. */
export type AuditPlatform = 'x' | 'instagram' | 'other';

export const AUDIT_PLATFORMS: readonly { id: AuditPlatform; label: string }[] = [
  { id: 'x', label: 'X (Twitter)' },
  { id: 'instagram', label: 'Instagram' },
  { id: 'other', label: 'Another platform' },
];

export interface AuditPlan {
  platform: AuditPlatform;
  /** Whether any labelled accounts came from this platform. */
  calibrated: boolean;
  tier: CalibratedTier;
}

export type PlanResult = { ok: true; plan: AuditPlan } | { ok: false; problems: string[] };

/** The platform the header names give away: X and Instagram exports have names of their own. */
export function platformOf(source: 'twitter' | 'instagram' | 'mixed' | 'unknown'): AuditPlatform {
  return source === 'twitter' ? 'x' : source === 'instagram' ? 'instagram' : 'other';
}

/**
 * How a file will be scored: the signs its columns allow, with the cut-off and the error rates measured for
 * exactly that set. The signs are the same on every platform: they were chosen because they hold across the
 * X and Instagram populations measured. With too few columns for a calibrated set there is no plan, and the
 * problems say what to add, so that no estimate is ever shown without measured error rates behind it.
 */
export function planAudit(mapping: ColumnMapping, platform: AuditPlatform): PlanResult {
  const problems = mappingProblems(mapping);
  if (problems.length > 0) return { ok: false, problems };
  const tier = tierFor(mappedFields(mapping));
  if (tier) return { ok: true, plan: { platform, calibrated: platform !== 'other', tier } };
  return {
    ok: false,
    problems: [
      'These columns allow too few checks to tell bought followers from people: the checks need how many accounts each follower follows and how many follow it. Add those columns, and the post count if the file has it.',
    ],
  };
}
