import { describe, expect, it } from 'vitest';
import { judgeRow } from '../../../../src/lib/estimator/audit/judge-row';
import { planAudit, type AuditPlan } from '../../../../src/lib/estimator/audit/plan';
import { createScorer } from '../../../../src/lib/estimator/profile/model';

const planned = planAudit({ handle: 0, followers: 1, following: 2, posts: 3 }, 'x');
if (!planned.ok) throw new Error(planned.problems.join());
const plan: AuditPlan = planned.plan;
const scorer = createScorer(plan.tier);

describe('judgeRow', () => {
  it('scores a row that has every value its checks need', () => {
    const judged = judgeRow(
      { ok: true, profile: { handle: 'x9931', followers: 2, following: 3100, posts: 0 } },
      scorer,
      plan,
    );
    expect(judged.kind).toBe('scored');
    if (judged.kind === 'scored') expect(judged.scored.flagged).toBe(true);
  });

  it('skips a row missing a value the checks need, naming it, instead of calling it real', () => {
    expect(
      judgeRow({ ok: true, profile: { handle: 'quiet', followers: 40, posts: 3 } }, scorer, plan),
    ).toEqual({
      kind: 'skipped',
      reason: 'no value for following',
    });
  });

  it('passes on the reason a row could not be read', () => {
    expect(
      judgeRow({ ok: false, reason: 'followers_count is not a whole number (“lots”)' }, scorer, plan),
    ).toEqual({ kind: 'skipped', reason: 'followers_count is not a whole number (“lots”)' });
  });

  it('lets empty rows go without a reason, as blank lines are not mistakes', () => {
    expect(judgeRow({ ok: false, reason: 'empty row' }, scorer, plan)).toEqual({ kind: 'empty' });
  });
});
