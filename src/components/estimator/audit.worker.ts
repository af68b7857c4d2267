/// <reference lib="webworker" />
// Runs a sample audit off the main thread: the CSV reader streams the file in chunks, each row is read into a
// profile, scored by the calibrated rules and added to the summary; the corrected estimate and the owner's
// hand check are worked out here too, so no simulation runs on the main thread. Nothing leaves the browser.
import { planAudit, type AuditPlatform } from '../../lib/audit/plan';
import { columnsRead, createRecordJudge, startAudit } from '../../lib/audit/run';
import type { ColumnMapping } from '../../lib/csv/columns';
import { asUtf8, encodingOf } from '../../lib/csv/encoding';
import { CSV_LIMITS, stopMessage } from '../../lib/csv/limits';
import { createCsvTokenizer, guessDelimiter, type CsvTokenizer } from '../../lib/csv/tokenizer';
import { scoredCsvHeader, scoredCsvRow } from '../../lib/csv/scored-csv';
import { HAND_CHECK_RATES } from '../../lib/estimator/hand-check';
import { doubleSampledShare } from '../../lib/stats/double-sampling';
import { uniformFrom } from '../../lib/stats/random';
import type { AuditRequest, AuditResponse, AuditResponseBody } from './audit-protocol';

declare const self: DedicatedWorkerGlobalScope;

/** Answers a request of run `run`: every answer carries its run, so that the page can drop stale ones. */
const answer = (run: number) => (message: AuditResponseBody) =>
  self.postMessage({ ...message, run } satisfies AuditResponse);
type Post = ReturnType<typeof answer>;
const UNREADABLE = 'The file could not be read. Choose it again, or save a fresh copy.';
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
async function streamRecords(file: File, pass: Pass, post: Post): Promise<void> {
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
  let reader: ReadableStreamDefaultReader<Uint8Array>;
  // UTF-8 bytes read per byte of the file: a UTF-16 file of Latin text is about twice its UTF-8 size.
  let ratio = 1;
  try {
    const encoding = encodingOf(new Uint8Array(await file.slice(0, 2).arrayBuffer()));
    if (encoding !== 'utf-8') ratio = 0.5;
    reader = asUtf8(file.stream(), encoding).getReader();
  } catch {
    post({ type: 'failed', message: UNREADABLE });
    return;
  }
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
        pass.onProgress(Math.min(1, read / ratio / Math.max(1, file.size)), rows);
      }
    }
  } catch {
    post({ type: 'failed', message: UNREADABLE });
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

function audit(file: File, request: Extract<AuditRequest, { type: 'audit' }>, post: Post): void {
  const started = performance.now();
  let run: ReturnType<typeof startAudit> | undefined;

  void streamRecords(
    file,
    {
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
    },
    post,
  );
}

function exportScored(file: File, mapping: ColumnMapping, platform: AuditPlatform, post: Post): void {
  const parts: string[] = ['\uFEFF'];
  let judge: ReturnType<typeof createRecordJudge> | undefined;
  void streamRecords(
    file,
    {
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
    },
    post,
  );
}

self.onmessage = (event: MessageEvent<AuditRequest>) => {
  const request = event.data;
  const post = answer(request.run);
  if (request.type === 'audit') audit(request.file, request, post);
  else if (request.type === 'export') exportScored(request.file, request.mapping, request.platform, post);
  else
    post({
      type: 'hand-checked',
      estimate: doubleSampledShare(request.sample, HAND_CHECK_RATES),
      check: request.check,
    });
};
