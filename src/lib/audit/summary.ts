import { scoreBin, SCORE_BINS, type ScoredProfile, type Verdict } from '../profiles/rules';
import type { FollowerProfile } from '../profiles/types';

export interface SkippedRow {
  line: number;
  reason: string;
}

export interface SuspiciousAccount {
  handle: string;
  line: number;
  score: number;
  verdict: Verdict;
  /** The names of the rules that hit, strongest first. */
  reasons: string[];
}

export interface AuditSummary {
  /** Data records seen, excluding empty ones. */
  rows: number;
  scored: number;
  counts: Record<Verdict, number>;
  /** Scored rows per score bin: 0-9, 10-19, ... 90-100 (see SCORE_BINS). */
  histogram: number[];
  /** Up to topN accounts judged suspicious or likely fake, highest score first, ties by line. */
  mostSuspicious: SuspiciousAccount[];
  skipped: number;
  /** The first maxSkippedExamples skipped rows, in the order they were added. */
  skippedExamples: SkippedRow[];
}

export interface AuditAccumulator {
  addScored(profile: FollowerProfile, scored: ScoredProfile, line: number): void;
  /** A row that could not be scored. Callers skip empty rows (reason EMPTY_ROW) without adding them. */
  addSkipped(line: number, reason: string): void;
  /** A snapshot: later additions do not change it. */
  summary(): AuditSummary;
}

/**
 * Collects the audit of a file row by row in constant memory. The most suspicious accounts are kept in a
 * short sorted array: most rows are rejected by one comparison with its last entry, so the cost is
 * O(rows + hits x topN) instead of a sort of every row. Looks-real accounts are never listed, however
 * few suspicious ones there are: calling them "most suspicious" would mislead.
 */
export function createAuditAccumulator(
  options: { topN?: number; maxSkippedExamples?: number } = {},
): AuditAccumulator {
  const topN = options.topN ?? 10;
  const maxSkippedExamples = options.maxSkippedExamples ?? 100;
  const counts: Record<Verdict, number> = { 'likely-fake': 0, suspicious: 0, 'looks-real': 0 };
  const histogram = SCORE_BINS.map(() => 0);
  const mostSuspicious: SuspiciousAccount[] = [];
  const skippedExamples: SkippedRow[] = [];
  let scored = 0;
  let skipped = 0;

  function ranksAbove(score: number, line: number, account: SuspiciousAccount): boolean {
    return score > account.score || (score === account.score && line < account.line);
  }

  return {
    addScored(profile, result, line) {
      scored++;
      counts[result.verdict]++;
      histogram[scoreBin(result.score)]!++;
      if (result.verdict === 'looks-real' || topN <= 0) return;
      const last = mostSuspicious[mostSuspicious.length - 1];
      if (mostSuspicious.length === topN && last && !ranksAbove(result.score, line, last)) return;
      let at = mostSuspicious.length;
      while (at > 0 && ranksAbove(result.score, line, mostSuspicious[at - 1]!)) at--;
      const reasons = result.hits.map((hit) => hit.name);
      mostSuspicious.splice(at, 0, {
        handle: profile.handle,
        line,
        score: result.score,
        verdict: result.verdict,
        reasons,
      });
      if (mostSuspicious.length > topN) mostSuspicious.pop();
    },
    addSkipped(line, reason) {
      skipped++;
      if (skippedExamples.length < maxSkippedExamples) skippedExamples.push({ line, reason });
    },
    summary() {
      return {
        rows: scored + skipped,
        scored,
        counts: { ...counts },
        histogram: [...histogram],
        mostSuspicious: mostSuspicious.map((account) => ({ ...account, reasons: [...account.reasons] })),
        skipped,
        skippedExamples: skippedExamples.map((row) => ({ ...row })),
      };
    },
  };
}
