/// <reference lib="webworker" />
// Runs a sample audit off the main thread: the CSV reader streams the file in chunks, each row is read into a
// profile, scored by the calibrated rules and added to the summary; the corrected estimate and the owner's
// hand check are worked out here too, so no simulation runs on the main thread. Nothing leaves the browser.
import type { ColumnMapping } from '../../../lib/csv/columns';
import { scoredCsvHeader, scoredCsvRow } from '../../../lib/csv/scored-csv';
import { streamCsv, type CsvPass, type CsvStreamEnd } from '../../../lib/csv/stream';
import { planAudit, type AuditPlatform } from '../../../lib/estimator/audit/plan';
import { columnsRead, createRecordJudge, startAudit } from '../../../lib/estimator/audit/run';
import { HAND_CHECK_RATES } from '../../../lib/estimator/hand/owner';
import { doubleSampledShare } from '../../../lib/stats/double-sampling';
import { uniformFrom } from '../../../lib/stats/random';
import type { AuditRequest, AuditResponse, AuditResponseBody } from './audit-protocol';

declare const self: DedicatedWorkerGlobalScope;

/** Answers a request of run `run`: every answer carries its run, so that the page can drop stale ones. */
const answer = (run: number) => (message: AuditResponseBody) =>
  self.postMessage({ ...message, run } satisfies AuditResponse);
type Post = ReturnType<typeof answer>;

/** Reads the file through `pass`; a failure is told to the page, and `done` runs after the last record. */
async function read(file: File, pass: CsvPass, post: Post, done: () => void): Promise<void> {
  const end: CsvStreamEnd = await streamCsv(file, pass);
  if (end.kind === 'failed') post({ type: 'failed', message: end.message });
  else if (end.kind === 'done') done();
}

function audit(file: File, request: Extract<AuditRequest, { type: 'audit' }>, post: Post): void {
  const started = performance.now();
  let run: ReturnType<typeof startAudit> | undefined;
  const pass: CsvPass = {
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
  };
  void read(file, pass, post, () => {
    if (!run?.ok) return;
    const { header, mapping, platform } = run;
    const outcome = run.finish();
    post({ type: 'done', outcome, header, mapping, platform, milliseconds: performance.now() - started });
  });
}

function exportScored(file: File, mapping: ColumnMapping, platform: AuditPlatform, post: Post): void {
  const parts: string[] = ['\uFEFF'];
  let judge: ReturnType<typeof createRecordJudge> | undefined;
  const pass: CsvPass = {
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
  };
  void read(file, pass, post, () => {
    post({ type: 'exported', blob: new Blob(parts, { type: 'text/csv;charset=utf-8' }) });
  });
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
