import { tierFor } from '../calibration/tiers';
import type { CalibratedPlatform, CalibratedTier } from '../calibration/types';
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
  /** Whether the error rates were measured on accounts of this platform; if not, the range is widened. */
  calibrated: boolean;
  tier: CalibratedTier;
}

export type PlanResult = { ok: true; plan: AuditPlan } | { ok: false; problems: string[] };

const CALIBRATED_AS: Readonly<Record<AuditPlatform, CalibratedPlatform>> = {
  x: 'x',
  instagram: 'instagram',
  other: 'any',
};

/** The platform the header names give away: X and Instagram exports have names of their own. */
export function platformOf(source: 'twitter' | 'instagram' | 'mixed' | 'unknown'): AuditPlatform {
  return source === 'twitter' ? 'x' : source === 'instagram' ? 'instagram' : 'other';
}

/**
 * How a file will be scored: the signs its columns allow on its platform, with the cut-off and the error
 * rates measured for exactly that set. With too few columns for a calibrated set there is no plan, and the
 * problems say what to add, so that no estimate is ever shown without measured error rates behind it.
 */
export function planAudit(mapping: ColumnMapping, platform: AuditPlatform): PlanResult {
  const problems = mappingProblems(mapping);
  if (problems.length > 0) return { ok: false, problems };
  const tier = tierFor(CALIBRATED_AS[platform], mappedFields(mapping));
  if (tier) return { ok: true, plan: { platform, calibrated: platform !== 'other', tier } };
  const name = AUDIT_PLATFORMS.find((option) => option.id === platform)!.label;
  return {
    ok: false,
    problems: [
      platform === 'other'
        ? 'For a platform the checks were not measured on, they need the follower, following and post counts of each account. Add those columns, or choose X or Instagram if the file comes from there.'
        : `These columns allow too few checks to tell bought ${name} followers from people. Add the follower, following and post counts if the file has them.`,
    ],
  };
}
