import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAuditAccumulator } from '../../../src/lib/audit/summary';
import type { RuleHit, ScoredProfile, Verdict } from '../../../src/lib/profiles/rules';

const HIT: RuleHit = {
  id: 'few-followers',
  name: 'Fewer than 30 followers',
  reason: 'Almost nobody follows it.',
  weight: 77,
};

function scored(
  score: number,
  verdict: Verdict = score >= 60 ? 'likely-fake' : score >= 35 ? 'suspicious' : 'looks-real',
): ScoredProfile {
  return { score, verdict, hits: score > 0 ? [HIT] : [], evaluatedWeight: 200 };
}

describe('createAuditAccumulator', () => {
  it('starts with an empty summary', () => {
    expect(createAuditAccumulator().summary()).toEqual({
      rows: 0,
      scored: 0,
      counts: { 'likely-fake': 0, suspicious: 0, 'looks-real': 0 },
      histogram: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      mostSuspicious: [],
      skipped: 0,
      skippedExamples: [],
    });
  });

  it('counts verdicts and fills the score histogram', () => {
    const audit = createAuditAccumulator();
    [0, 9, 10, 35, 59, 60, 99, 100].forEach((score, i) =>
      audit.addScored({ handle: `a${i}` }, scored(score), i + 2),
    );
    audit.addSkipped(20, 'no usable values');
    const summary = audit.summary();
    expect(summary.rows).toBe(9);
    expect(summary.scored).toBe(8);
    expect(summary.counts).toEqual({ 'likely-fake': 3, suspicious: 2, 'looks-real': 3 });
    expect(summary.histogram).toEqual([2, 1, 0, 1, 0, 1, 1, 0, 0, 2]);
  });

  it('lists the most suspicious accounts highest score first, ties by line, with rule names as reasons', () => {
    const audit = createAuditAccumulator({ topN: 3 });
    audit.addScored({ handle: 'c' }, scored(70), 5);
    audit.addScored({ handle: 'a' }, scored(90), 9);
    audit.addScored({ handle: 'b' }, scored(70), 3);
    audit.addScored({ handle: 'd' }, scored(40), 2);
    audit.addScored({ handle: 'e' }, scored(70), 7);
    expect(audit.summary().mostSuspicious).toEqual([
      { handle: 'a', line: 9, score: 90, verdict: 'likely-fake', reasons: ['Fewer than 30 followers'] },
      { handle: 'b', line: 3, score: 70, verdict: 'likely-fake', reasons: ['Fewer than 30 followers'] },
      { handle: 'c', line: 5, score: 70, verdict: 'likely-fake', reasons: ['Fewer than 30 followers'] },
    ]);
  });

  it('never lists an account that looks real, even when there is room', () => {
    const audit = createAuditAccumulator();
    audit.addScored({ handle: 'real' }, scored(30), 2);
    audit.addScored({ handle: 'verified' }, scored(80, 'suspicious'), 3);
    expect(audit.summary().mostSuspicious.map((a) => a.handle)).toEqual(['verified']);
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

  it('takes 100 skipped examples and 10 accounts by default', () => {
    const audit = createAuditAccumulator();
    for (let line = 2; line < 300; line++) {
      audit.addSkipped(line, 'no usable values');
      audit.addScored({ handle: `h${line}` }, scored(90), line);
    }
    expect(audit.summary().skippedExamples).toHaveLength(100);
    expect(audit.summary().mostSuspicious).toHaveLength(10);
  });

  it('returns a snapshot that later rows do not change', () => {
    const audit = createAuditAccumulator();
    audit.addScored({ handle: 'a' }, scored(90), 2);
    const before = audit.summary();
    audit.addScored({ handle: 'b' }, scored(95), 3);
    audit.addSkipped(4, 'empty');
    expect(before.scored).toBe(1);
    expect(before.histogram[9]).toBe(1);
    expect(before.counts['likely-fake']).toBe(1);
    expect(before.mostSuspicious).toHaveLength(1);
    expect(before.skippedExamples).toHaveLength(0);
  });

  it('lists the same accounts as sorting every suspicious row would', () => {
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
            .filter((r) => r.score >= 35)
            .sort((a, b) => b.score - a.score || a.line - b.line)
            .slice(0, topN)
            .map((r) => r.line);
          expect(audit.summary().mostSuspicious.map((a) => a.line)).toEqual(expected);
        },
      ),
    );
  });
});
