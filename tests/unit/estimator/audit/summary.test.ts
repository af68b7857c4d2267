import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAuditAccumulator } from '../../../../src/lib/estimator/audit/summary';
import { MAX_HAND_CHECK } from '../../../../src/lib/estimator/hand/audit-check';
import type { RuleHit, ScoredProfile } from '../../../../src/lib/estimator/profile/model';
import { mulberry32 } from '../../../../src/lib/stats/seeded';

const HIT: RuleHit = {
  id: 'few-followers',
  name: 'Fewer than 20 followers',
  reason: 'Almost nobody follows it.',
  points: 4,
};

/** A profile scored `score`, flagged from 60 up unless said otherwise. */
function scored(score: number, flagged = score >= 60): ScoredProfile {
  return { score, points: score, flagged, hits: score > 0 ? [HIT] : [] };
}

describe('createAuditAccumulator', () => {
  it('starts with an empty summary', () => {
    expect(createAuditAccumulator().summary()).toEqual({
      rows: 0,
      scored: 0,
      flagged: 0,
      histogram: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      mostSuspicious: [],
      skipped: 0,
      skippedExamples: [],
      handCheckPool: { flagged: [], notFlagged: [] },
    });
  });

  it('counts the flagged profiles and fills the score histogram', () => {
    const audit = createAuditAccumulator();
    [0, 9, 10, 35, 59, 60, 99, 100].forEach((score, i) =>
      audit.addScored({ handle: `a${i}` }, scored(score), i + 2),
    );
    audit.addSkipped(20, 'no value for followers');
    const summary = audit.summary();
    expect(summary.rows).toBe(9);
    expect(summary.scored).toBe(8);
    expect(summary.flagged).toBe(3);
    expect(summary.histogram).toEqual([2, 1, 0, 1, 0, 1, 1, 0, 0, 2]);
  });

  it('lists the most suspicious accounts highest score first, ties by line, with sign names as reasons', () => {
    const audit = createAuditAccumulator({ topN: 3 });
    audit.addScored({ handle: 'c' }, scored(70), 5);
    audit.addScored({ handle: 'a' }, scored(90), 9);
    audit.addScored({ handle: 'b' }, scored(70), 3);
    audit.addScored({ handle: 'd' }, scored(40), 2);
    audit.addScored({ handle: 'e' }, scored(70), 7);
    expect(audit.summary().mostSuspicious).toEqual([
      { handle: 'a', line: 9, score: 90, flagged: true, reasons: ['Fewer than 20 followers'] },
      { handle: 'b', line: 3, score: 70, flagged: true, reasons: ['Fewer than 20 followers'] },
      { handle: 'c', line: 5, score: 70, flagged: true, reasons: ['Fewer than 20 followers'] },
    ]);
  });

  it('never lists an account the rules did not flag, even when there is room', () => {
    const audit = createAuditAccumulator();
    audit.addScored({ handle: 'real' }, scored(30), 2);
    audit.addScored({ handle: 'flagged' }, scored(80), 3);
    expect(audit.summary().mostSuspicious.map((a) => a.handle)).toEqual(['flagged']);
  });

  it('cuts a very long name short before it can reach the page', () => {
    const audit = createAuditAccumulator();
    audit.addScored({ handle: 'x'.repeat(5_000_000) }, scored(90), 2);
    const [listed] = audit.summary().mostSuspicious;
    expect(listed!.handle.length).toBeLessThanOrEqual(61);
    expect(listed!.handle.endsWith('…')).toBe(true);
  });

  it('lists no account when topN is 0', () => {
    const audit = createAuditAccumulator({ topN: 0 });
    audit.addScored({ handle: 'x' }, scored(90), 2);
    expect(audit.summary().mostSuspicious).toEqual([]);
  });

  it('keeps the first skipped rows as examples but counts them all', () => {
    const audit = createAuditAccumulator({ maxSkippedExamples: 2 });
    audit.addSkipped(4, 'row has 3 cells but the header has 7');
    audit.addSkipped(8, 'no usable values');
    audit.addSkipped(9, 'no usable values');
    const summary = audit.summary();
    expect(summary.skipped).toBe(3);
    expect(summary.rows).toBe(3);
    expect(summary.skippedExamples).toEqual([
      { line: 4, reason: 'row has 3 cells but the header has 7' },
      { line: 8, reason: 'no usable values' },
    ]);
  });

  it('offers random flagged and unflagged accounts for the hand check, each group on its own', () => {
    const audit = createAuditAccumulator({ handCheckPool: 5, uniform: mulberry32(1) });
    for (let line = 2; line < 1000; line++)
      audit.addScored({ handle: `h${line}` }, scored(line % 3 ? 10 : 90), line);
    const { flagged, notFlagged } = audit.summary().handCheckPool;
    expect(flagged).toHaveLength(5);
    expect(notFlagged).toHaveLength(5);
    expect(flagged.every((a) => a.flagged && a.line % 3 === 0)).toBe(true);
    expect(notFlagged.every((a) => !a.flagged && a.line % 3 !== 0)).toBe(true);
    // Not simply the first ones: a reservoir over 998 rows keeps some late ones.
    expect(Math.max(...flagged.map((a) => a.line))).toBeGreaterThan(100);
  });

  it('takes 100 skipped examples, 10 accounts and pools as large as the hand check by default', () => {
    const audit = createAuditAccumulator();
    for (let line = 2; line < 400; line++) {
      audit.addSkipped(line, 'no usable values');
      audit.addScored({ handle: `h${line}` }, scored(90), line);
    }
    const summary = audit.summary();
    expect(summary.skippedExamples).toHaveLength(100);
    expect(summary.mostSuspicious).toHaveLength(10);
    expect(summary.handCheckPool.flagged).toHaveLength(MAX_HAND_CHECK);
  });

  it('returns a snapshot that later rows do not change', () => {
    const audit = createAuditAccumulator();
    audit.addScored({ handle: 'a' }, scored(90), 2);
    const before = audit.summary();
    audit.addScored({ handle: 'b' }, scored(95), 3);
    audit.addSkipped(4, 'empty');
    expect(before.scored).toBe(1);
    expect(before.histogram[9]).toBe(1);
    expect(before.flagged).toBe(1);
    expect(before.mostSuspicious).toHaveLength(1);
    expect(before.skippedExamples).toHaveLength(0);
    expect(before.handCheckPool.flagged).toHaveLength(1);
  });

  it('lists the same accounts as sorting every flagged row would', () => {
    const row = fc.record({
      score: fc.integer({ min: 0, max: 100 }),
      line: fc.integer({ min: 2, max: 1_000_000 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(row, { selector: (r) => r.line, maxLength: 60 }),
        fc.integer({ min: 1, max: 12 }),
        (rows, topN) => {
          const audit = createAuditAccumulator({ topN });
          for (const { score, line } of rows) audit.addScored({ handle: String(line) }, scored(score), line);
          const expected = rows
            .filter((r) => r.score >= 60)
            .sort((a, b) => b.score - a.score || a.line - b.line)
            .slice(0, topN)
            .map((r) => r.line);
          expect(audit.summary().mostSuspicious.map((a) => a.line)).toEqual(expected);
        },
      ),
    );
  });
});
