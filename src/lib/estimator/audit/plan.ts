import { CALIBRATION } from '../calibration/calibration.generated';
import { tierFor } from '../calibration/tiers';
import type { CalibratedTier } from '../calibration/types';
import { mappedFields, mappingProblems, type ColumnMapping } from '../../csv/columns';
import { fieldName } from '../profile/field-names';
import type { FollowerProfile } from '../profile/types';
import { PLATFORM_NAMES, type Platform } from '../../platforms';

/** The platform a file of follower profiles comes from, as the owner can name it. */
export type AuditPlatform = Extract<Platform, 'x' | 'instagram'> | 'other';

export const AUDIT_PLATFORMS: readonly { id: AuditPlatform; label: string }[] = [
  { id: 'x', label: PLATFORM_NAMES.x },
  { id: 'instagram', label: PLATFORM_NAMES.instagram },
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
  const fields = mappedFields(mapping);
  const tier = tierFor(fields);
  if (tier) return { ok: true, plan: { platform, calibrated: platform !== 'other', tier } };
  return { ok: false, problems: [missingColumns(fields)] };
}

// What each column the checks read holds, in the words a file's owner knows it by.
const COLUMN_WORDS: Partial<Record<keyof FollowerProfile, string>> = {
  followers: 'how many accounts follow each follower (a column such as followers_count)',
  following: 'how many accounts each follower follows (a column such as friends_count or following_count)',
  posts: 'how many posts each follower has (a column such as statuses_count or media_count)',
};

/** What to add for the smallest calibrated check, named after what the file lacks. */
function missingColumns(fields: ReadonlySet<keyof FollowerProfile>): string {
  const [smallest] = [...CALIBRATION.tiers].sort((a, b) => a.fields.length - b.fields.length);
  const missing = smallest!.fields.filter((field) => !fields.has(field));
  const words = missing.map((field) => COLUMN_WORDS[field] ?? fieldName(field));
  const what =
    words.length === 1
      ? 'add it to the file, or choose the column that holds it below if it has another name'
      : 'add them to the file, or choose the columns that hold them below if they have other names';
  return `These columns allow too few checks to tell bought followers from people. The checks need ${words.join(' and ')}: ${what}.`;
}
