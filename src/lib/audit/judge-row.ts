import { EMPTY_ROW, type RowResult } from '../csv/row';
import { MIN_EVALUATED_WEIGHT, scoreProfile, TOO_FEW_VALUES, type ScoredProfile } from '../profiles/rules';
import type { FollowerProfile } from '../profiles/types';

export type RowJudgement =
  | { kind: 'scored'; profile: FollowerProfile; scored: ScoredProfile }
  | { kind: 'skipped'; reason: string }
  | { kind: 'empty' };

/**
 * What the audit does with one read row: score it, or skip it with the reason shown to the owner. A row
 * whose values allow too few checks is skipped rather than called "looks real" on too little evidence.
 */
export function judgeRow(row: RowResult, now: Date): RowJudgement {
  if (!row.ok) return row.reason === EMPTY_ROW ? { kind: 'empty' } : { kind: 'skipped', reason: row.reason };
  const scored = scoreProfile(row.profile, now);
  if (scored.evaluatedWeight < MIN_EVALUATED_WEIGHT) return { kind: 'skipped', reason: TOO_FEW_VALUES };
  return { kind: 'scored', profile: row.profile, scored };
}
