import { errorRatesOf } from '../calibration/rates';
import { detectColumns, PROFILE_KEY, type ColumnMapping, type ProfileField } from '../../csv/columns';
import { createRowReader } from '../../csv/row';
import { createScorer } from '../profile/model';
import { SIGN_BY_ID } from '../profile/signs';
import type { FollowerProfile } from '../profile/types';
import type { Uniform } from '../../stats/draws';
import { correctionFor, type CorrectedEstimate } from '../../stats/misclassification';
import { HAND_CHECK_OWNER, HAND_CHECK_RATES } from '../hand/owner';
import { handCheckAvailable, projectedWidths } from '../hand/audit-check';
import { judgeRow, type RowJudgement } from './judge-row';
import { planAudit, platformOf, type AuditPlan, type AuditPlatform } from './plan';
import { createAuditAccumulator, type AuditSummary } from './summary';

/** Below this many scored rows a share is mostly noise: the result gives the counts and no percentage. */
export const MIN_ROWS_FOR_ESTIMATE = 30;

export const UNCLOSED_QUOTE =
  'a quotation mark is opened but never closed, so this row runs into the next ones';

/** How many accounts checked by hand the result projects the range for. */
export const PROJECTED_ACCOUNTS = [20, 40, 80] as const;

export interface AuditOutcome {
  summary: AuditSummary;
  plan: AuditPlan;
  /** The corrected fake share; absent when fewer than MIN_ROWS_FOR_ESTIMATE rows could be scored. */
  estimate?: CorrectedEstimate;
  /**
   * How wide the hand check's range would likely be after each of PROJECTED_ACCOUNTS answers, as far as the
   * file has accounts to offer; a file with fewer ends at all it has (`available`).
   */
  projection?: { accounts: number; width: number }[];
  /** How many accounts the hand check can offer for this file. */
  available?: number;
}

export interface AuditSetup {
  header: string[];
  mapping: ColumnMapping;
  platform: AuditPlatform;
}

export type AuditStart =
  | (AuditSetup & { ok: false; problems: string[] })
  | (AuditSetup & {
      ok: true;
      plan: AuditPlan;
      /** One parsed record with the 1-based line it starts on; `quoteError` when its quoting is broken. */
      addRecord(cells: readonly string[], line: number, quoteError: boolean): void;
      finish(): AuditOutcome;
    });

/** The profile fields a plan's checks read, and the user name that names each account. */
export function fieldsRead(plan: AuditPlan): Set<keyof FollowerProfile> {
  return new Set<keyof FollowerProfile>([
    'handle',
    ...plan.tier.signs.flatMap((sign) => SIGN_BY_ID.get(sign.id)!.fields),
  ]);
}

/** The columns of the file that fill those fields: all the reader needs to copy out of each line. */
export function columnsRead(mapping: ColumnMapping, plan: AuditPlan): Set<number> {
  const fields = fieldsRead(plan);
  return new Set(
    (Object.entries(mapping) as [ProfileField, number][])
      .filter(([field]) => fields.has(PROFILE_KEY[field]))
      .map(([, column]) => column),
  );
}

/** The judgement of one record under a plan: read the row, then score it with the plan's tier. */
export function createRecordJudge(
  header: readonly string[],
  mapping: ColumnMapping,
  plan: AuditPlan,
): (cells: readonly string[]) => RowJudgement {
  const readRow = createRowReader(header, mapping, fieldsRead(plan));
  const scorer = createScorer(plan.tier);
  return (cells) => judgeRow(readRow(cells), scorer, plan);
}

/**
 * Starts the audit of a file once its header is read: the columns (detected unless given), the platform
 * (given, or what the header names give away) and the calibrated tier they allow. The caller streams the
 * records in and finishes; the estimate is the flagged share corrected for the tier's measured error rates.
 */
export function startAudit(
  header: string[],
  options: {
    mapping?: ColumnMapping | undefined;
    platform?: AuditPlatform | undefined;
    uniform?: Uniform;
  } = {},
): AuditStart {
  const detected = detectColumns(header);
  const mapping = options.mapping ?? detected.mapping;
  const platform = options.platform ?? platformOf(detected.source);
  const planned = planAudit(mapping, platform);
  if (!planned.ok) return { ok: false, header, mapping, platform, problems: planned.problems };
  const { plan } = planned;
  const judge = createRecordJudge(header, mapping, plan);
  const summary = createAuditAccumulator(options.uniform ? { uniform: options.uniform } : {});
  return {
    ok: true,
    header,
    mapping,
    platform,
    plan,
    addRecord(cells, line, quoteError) {
      if (quoteError) {
        summary.addSkipped(line, UNCLOSED_QUOTE);
        return;
      }
      const judged = judge(cells);
      if (judged.kind === 'scored') summary.addScored(judged.profile, judged.scored, line);
      else if (judged.kind === 'skipped') summary.addSkipped(line, judged.reason);
    },
    finish() {
      const result = summary.summary();
      if (result.scored < MIN_ROWS_FOR_ESTIMATE) return { summary: result, plan };
      const estimate = correctionFor(errorRatesOf(plan.tier))(result.flagged, result.scored);
      const available = handCheckAvailable(result);
      const sizes = [...PROJECTED_ACCOUNTS.filter((accounts) => accounts < available), available].slice(
        0,
        PROJECTED_ACCOUNTS.length,
      );
      const widths = projectedWidths(result, estimate, HAND_CHECK_RATES, HAND_CHECK_OWNER, sizes);
      const projection = sizes.map((accounts, i) => ({ accounts, width: widths[i]! }));
      return { summary: result, plan, estimate, projection, available };
    },
  };
}
