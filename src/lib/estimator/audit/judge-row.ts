import { EMPTY_ROW, type RowResult } from '../../csv/row';
import { fieldName } from '../profile/field-names';
import type { ProfileScorer, ScoredProfile } from '../profile/model';
import { SIGN_BY_ID } from '../profile/signs';
import type { FollowerProfile } from '../profile/types';
import type { AuditPlan } from './plan';

export type RowJudgement =
  | { kind: 'scored'; profile: FollowerProfile; scored: ScoredProfile }
  | { kind: 'skipped'; reason: string }
  | { kind: 'empty' };

/**
 * What the audit does with one read row: score it, or skip it with the reason shown to the owner. A row
 * missing a value that one of the file's checks needs is skipped rather than judged on less than its error
 * rates were measured with.
 */
export function judgeRow(row: RowResult, scorer: ProfileScorer, plan: AuditPlan): RowJudgement {
  if (!row.ok) return row.reason === EMPTY_ROW ? { kind: 'empty' } : { kind: 'skipped', reason: row.reason };
  const scored = scorer(row.profile);
  if (scored) return { kind: 'scored', profile: row.profile, scored };
  const missing = plan.tier.signs
    .flatMap((sign) => SIGN_BY_ID.get(sign.id)!.fields)
    .find((field) => row.profile[field] === undefined || (field === 'handle' && row.profile.handle === ''));
  return { kind: 'skipped', reason: `no value for ${missing ? fieldName(missing) : 'a checked column'}` };
}
