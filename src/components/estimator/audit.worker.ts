/// <reference lib="webworker" />
// Runs a sample audit off the main thread: the CSV reader streams the file in chunks, each row is read into a
// profile, scored by the calibrated rules and added to the summary; the corrected estimate and the owner's
// hand check are worked out here too, so no simulation runs on the main thread. Nothing leaves the browser.
import { planAudit, type AuditPlatform } from '../../lib/audit/plan';
import { columnsRead, createRecordJudge, startAudit } from '../../lib/audit/run';
import type { ColumnMapping } from '../../lib/csv/columns';
import { CSV_LIMITS, stopMessage } from '../../lib/csv/limits';
import { createCsvTokenizer, guessDelimiter, type CsvTokenizer } from '../../lib/csv/tokenizer';
import { scoredCsvHeader, scoredCsvRow } from '../../lib/csv/scored-csv';
import { HAND_CHECK_RATES } from '../../lib/estimator/hand-check';
import { doubleSampledShare } from '../../lib/stats/double-sampling';
import { uniformFrom } from '../../lib/stats/random';
import type { AuditRequest, AuditResponse } from './audit-protocol';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: AuditResponse) => self.postMessage(message);
// Progress is for people: a few updates a second is plenty and keeps the main thread idle.
const PROGRESS_INTERVAL_MS = 120;

interface Pass {
  /** Called once with the header row; returning false stops the pass. */
  onHeader(header: string[]): boolean;
  /** The columns to copy out of each later line; undefined for all of them. */
  columns?(): ReadonlySet<number> | undefined;
  onRow(cells: string[], line: number, quoteError: boolean): void;
  onDone(): void;
  /** A few times a second while reading, for the progress bar. */
  onProgress?(fraction: number, rows: number): void;
}

/**
 * Streams `file` through the CSV reader, giving each record with the line it starts on. The file is read
 * in the pieces the browser hands out, so it is never held whole.
 */
async function streamRecords(file: File, pass: Pass): Promise<void> {
  let header: string[] | undefined;
  let rows = 0;
  let stopped = false;
  let tokenizer: CsvTokenizer | undefined;
  const sink = {
    record(cells: string[], line: number, unclosedQuote: boolean) {
      if (!header) {
        header = cells.map((cell) => cell.trim());
        if (!pass.onHeader(header)) {
          stopped = true;
          return false;
        }
        return true;
      }
      rows++;
      pass.onRow(cells, line, unclosedQuote);
      return true;
    },
  };
  const reader = file.stream().getReader();
  let read = 0;
  let lastProgress = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      read += value.byteLength;
      tokenizer ??= createCsvTokenizer(guessDelimiter(value), sink, CSV_LIMITS, () => pass.columns?.());
      tokenizer.push(value);
      if (stopped || tokenizer.stopped) break;
      const now = performance.now();
      if (pass.onProgress && now - lastProgress > PROGRESS_INTERVAL_MS) {
        lastProgress = now;
        pass.onProgress(Math.min(1, read / Math.max(1, file.size)), rows);
      }
    }
  } catch {
    post({ type: 'failed', message: 'The file could not be read. Choose it again, or save a fresh copy.' });
    return;
  } finally {
    void reader.cancel().catch(() => undefined);
  }
  if (stopped) return;
  if (tokenizer && !tokenizer.stopped) tokenizer.end();
  if (tokenizer?.stopped) post({ type: 'failed', message: stopMessage(tokenizer.stopped) });
  else if (header) pass.onDone();
  else post({ type: 'failed', message: 'This file has no rows at all.' });
}

function audit(file: File, request: Extract<AuditRequest, { type: 'audit' }>): void {
  const started = performance.now();
  let run: ReturnType<typeof startAudit> | undefined;

  void streamRecords(file, {
    onHeader(header) {
      run = startAudit(header, {
        mapping: request.mapping,
        platform: request.platform,
        uniform: uniformFrom(),
      });
      if (run.ok) return true;
      const { mapping, platform, problems } = run;
      post({ type: 'needs-mapping', header, mapping, platform, problems });
      return false;
    },
    columns: () => (run?.ok ? columnsRead(run.mapping, run.plan) : undefined),
    onRow(cells, line, quoteError) {
      if (run?.ok) run.addRecord(cells, line, quoteError);
    },
    onProgress(fraction, rows) {
      post({ type: 'progress', fraction, rows });
    },
    onDone() {
      if (!run?.ok) return;
      const { header, mapping, platform } = run;
      const outcome = run.finish();
      post({ type: 'done', outcome, header, mapping, platform, milliseconds: performance.now() - started });
    },
  });
}

function exportScored(file: File, mapping: ColumnMapping, platform: AuditPlatform): void {
  const parts: string[] = ['\uFEFF'];
  let judge: ReturnType<typeof createRecordJudge> | undefined;
  void streamRecords(file, {
    onHeader(header) {
      const planned = planAudit(mapping, platform);
      if (!planned.ok) return false;
      judge = createRecordJudge(header, mapping, planned.plan);
      parts.push(scoredCsvHeader(header));
      return true;
    },
    onRow(cells, _line, quoteError) {
      const judged = quoteError ? undefined : judge!(cells);
      if (judged?.kind === 'scored') parts.push(scoredCsvRow(cells, judged.scored));
    },
    onDone() {
      post({ type: 'exported', blob: new Blob(parts, { type: 'text/csv;charset=utf-8' }) });
    },
  });
}

self.onmessage = (event: MessageEvent<AuditRequest>) => {
  const request = event.data;
  if (request.type === 'audit') audit(request.file, request);
  else if (request.type === 'export') exportScored(request.file, request.mapping, request.platform);
  else post({ type: 'hand-checked', estimate: doubleSampledShare(request.sample, HAND_CHECK_RATES) });
};
