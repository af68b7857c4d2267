import { scoreBin, SCORE_BINS, type ScoredProfile } from '../profile/model';
import type { FollowerProfile } from '../profile/types';
import type { Uniform } from '../../stats/draws';
import { createReservoir } from '../../stats/reservoir';
import { clip } from '../../text/clip';
import { MAX_HAND_CHECK } from '../hand/audit-check';

export interface SkippedRow {
  line: number;
  reason: string;
}

/** An account as the result lists it: where it is in the file and what the checks found. */
export interface ListedAccount {
  handle: string;
  line: number;
  score: number;
  flagged: boolean;
  /** The names of the signs present, most points first. */
  reasons: string[];
}

export interface AuditSummary {
  /** Data records seen, excluding empty ones. */
  rows: number;
  scored: number;
  flagged: number;
  /** Scored rows per score bin: 0-9, 10-19, ... 90-100 (see SCORE_BINS). */
  histogram: number[];
  /** Up to topN flagged accounts, highest score first, ties by line. */
  mostSuspicious: ListedAccount[];
  skipped: number;
  /** The first maxSkippedExamples skipped rows, in the order they were added. */
  skippedExamples: SkippedRow[];
  /** Random samples of the flagged and of the unflagged accounts, for the owner to check by hand. */
  handCheckPool: { flagged: ListedAccount[]; notFlagged: ListedAccount[] };
}

export interface AuditAccumulator {
  addScored(profile: FollowerProfile, scored: ScoredProfile, line: number): void;
  /** A row that could not be scored. Callers skip empty rows (reason EMPTY_ROW) without adding them. */
  addSkipped(line: number, reason: string): void;
  /** A snapshot: later additions do not change it. */
  summary(): AuditSummary;
}

// Longer names are cut when listed: a 20 MB "user name" must not reach the page whole.
const MAX_HANDLE_CHARS = 60;

function listed(profile: FollowerProfile, scored: ScoredProfile, line: number): ListedAccount {
  return {
    handle: clip(profile.handle, MAX_HANDLE_CHARS),
    line,
    score: scored.score,
    flagged: scored.flagged,
    reasons: scored.hits.map((h) => h.name),
  };
}

/**
 * Collects the audit of a file row by row in constant memory. The most suspicious accounts are kept in a
 * short sorted array: most rows are rejected by one comparison with its last entry, so the cost is
 * O(rows + hits x topN) instead of a sort of every row. Accounts the rules did not flag are never listed as
 * suspicious, however few flagged ones there are. The hand-check pools are reservoir samples, so every
 * flagged (and every unflagged) account has the same chance to be offered for checking.
 */
export function createAuditAccumulator(
  options: { topN?: number; maxSkippedExamples?: number; handCheckPool?: number; uniform?: Uniform } = {},
): AuditAccumulator {
  const {
    topN = 10,
    maxSkippedExamples = 100,
    handCheckPool = MAX_HAND_CHECK,
    uniform = Math.random,
  } = options;
  const histogram = SCORE_BINS.map(() => 0);
  const mostSuspicious: ListedAccount[] = [];
  const skippedExamples: SkippedRow[] = [];
  const pools = {
    flagged: createReservoir<ListedAccount>(handCheckPool, uniform),
    notFlagged: createReservoir<ListedAccount>(handCheckPool, uniform),
  };
  let scored = 0;
  let flagged = 0;
  let skipped = 0;

  function ranksAbove(score: number, line: number, account: ListedAccount): boolean {
    return score > account.score || (score === account.score && line < account.line);
  }

  return {
    addScored(profile, result, line) {
      scored++;
      histogram[scoreBin(result.score)]!++;
      if (!result.flagged) {
        if (pools.notFlagged.takes()) pools.notFlagged.put(listed(profile, result, line));
        return;
      }
      flagged++;
      if (pools.flagged.takes()) pools.flagged.put(listed(profile, result, line));
      if (topN <= 0) return;
      const last = mostSuspicious[mostSuspicious.length - 1];
      if (mostSuspicious.length === topN && last && !ranksAbove(result.score, line, last)) return;
      let at = mostSuspicious.length;
      while (at > 0 && ranksAbove(result.score, line, mostSuspicious[at - 1]!)) at--;
      mostSuspicious.splice(at, 0, listed(profile, result, line));
      if (mostSuspicious.length > topN) mostSuspicious.pop();
    },
    addSkipped(line, reason) {
      skipped++;
      if (skippedExamples.length < maxSkippedExamples) skippedExamples.push({ line, reason });
    },
    summary() {
      const copy = (account: ListedAccount) => ({ ...account, reasons: [...account.reasons] });
      return {
        rows: scored + skipped,
        scored,
        flagged,
        histogram: [...histogram],
        mostSuspicious: mostSuspicious.map(copy),
        skipped,
        skippedExamples: skippedExamples.map((row) => ({ ...row })),
        handCheckPool: {
          flagged: pools.flagged.items().map(copy),
          notFlagged: pools.notFlagged.items().map(copy),
        },
      };
    },
  };
}
