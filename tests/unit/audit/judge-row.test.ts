import { describe, expect, it } from 'vitest';
import { judgeRow } from '../../../src/lib/audit/judge-row';
import { TOO_FEW_VALUES } from '../../../src/lib/profiles/rules';

const now = new Date('2026-11-26T00:00:00Z');

describe('judgeRow', () => {
  it('scores a row with enough values to check', () => {
    const judged = judgeRow(
      { ok: true, profile: { handle: 'x9931', followers: 2, following: 3100, posts: 0 } },
      now,
    );
    expect(judged.kind).toBe('scored');
    if (judged.kind === 'scored') expect(judged.scored.verdict).toBe('likely-fake');
  });

  it('skips a row that allows too few checks instead of calling it real', () => {
    expect(judgeRow({ ok: true, profile: { handle: 'quiet', bio: '' } }, now)).toEqual({
      kind: 'skipped',
      reason: TOO_FEW_VALUES,
    });
  });

  it('passes on the reason a row could not be read', () => {
    expect(judgeRow({ ok: false, reason: 'followers_count is not a whole number (“lots”)' }, now)).toEqual({
      kind: 'skipped',
      reason: 'followers_count is not a whole number (“lots”)',
    });
  });

  it('lets empty rows go without a reason, as blank lines are not mistakes', () => {
    expect(judgeRow({ ok: false, reason: 'empty row' }, now)).toEqual({ kind: 'empty' });
  });
});
