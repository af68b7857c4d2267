/// <reference lib="webworker" />
// Runs a sample audit off the main thread: papaparse streams the file in chunks, each row is read into a
// profile, scored by the published rules and added to the summary. Nothing leaves the browser.
import Papa from 'papaparse';
import { judgeRow } from '../../lib/audit/judge-row';
import { createAuditAccumulator } from '../../lib/audit/summary';
import { detectColumns, mappingProblems, type ColumnMapping } from '../../lib/csv/columns';
import { lineBreaksIn } from '../../lib/csv/lines';
import { createRowReader } from '../../lib/csv/row';
import { scoredCsvHeader, scoredCsvRow } from '../../lib/csv/scored-csv';
import type { AuditRequest, AuditResponse } from './audit-protocol';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: AuditResponse) => self.postMessage(message);
// Progress is for people: a few updates a second is plenty and keeps the main thread idle.
const PROGRESS_INTERVAL_MS = 120;
const CHUNK_BYTES = 2 * 1024 * 1024;

interface Pass {
  /** Called once with the header row; returning false stops the pass. */
  onHeader(header: string[]): boolean;
  onRow(cells: string[], line: number, quoteError: boolean): void;
  onDone(): void;
  /** A few times a second while reading, for the progress bar. */
  onProgress?(fraction: number, rows: number): void;
}

/** Streams `file` through papaparse, giving each record with its 1-based starting line in the source. */
function streamRecords(file: File, pass: Pass): void {
  let header: string[] | undefined;
  let nextLine = 1;
  let rows = 0;
  let lastProgress = 0;
  let stopped = false;
  Papa.parse<string[]>(file, {
    chunkSize: CHUNK_BYTES,
    delimitersToGuess: [',', ';', '\t'],
    chunk(results, parser) {
      const badRows = new Set(
        results.errors.filter((error) => error.type === 'Quotes').map((error) => error.row),
      );
      for (let index = 0; index < results.data.length; index++) {
        const cells = results.data[index]!;
        const line = nextLine;
        nextLine += 1 + lineBreaksIn(cells);
        if (!header) {
          header = cells.map((cell) => cell.trim());
          if (!pass.onHeader(header)) {
            stopped = true;
            parser.abort();
            return;
          }
          continue;
        }
        rows++;
        pass.onRow(cells, line, badRows.has(index));
      }
      const now = performance.now();
      if (pass.onProgress && now - lastProgress > PROGRESS_INTERVAL_MS) {
        lastProgress = now;
        pass.onProgress(Math.min(1, results.meta.cursor / Math.max(1, file.size)), rows);
      }
    },
    complete() {
      if (stopped) return;
      if (header) pass.onDone();
      else post({ type: 'failed', message: 'This file has no rows at all.' });
    },
    error(error) {
      post({ type: 'failed', message: `The file could not be read: ${error.message}` });
    },
  });
}

function audit(file: File, givenMapping: ColumnMapping | undefined): void {
  const started = performance.now();
  const now = new Date();
  const summary = createAuditAccumulator();
  let header: string[] = [];
  let mapping: ColumnMapping = {};
  let readRow: ReturnType<typeof createRowReader> | undefined;

  streamRecords(file, {
    onHeader(cells) {
      header = cells;
      mapping = givenMapping ?? detectColumns(cells).mapping;
      const problems = mappingProblems(mapping);
      if (problems.length > 0) {
        post({ type: 'needs-mapping', header, mapping, problems });
        return false;
      }
      readRow = createRowReader(header, mapping);
      return true;
    },
    onRow(cells, line, quoteError) {
      if (quoteError) {
        summary.addSkipped(
          line,
          'a quotation mark is opened but never closed, so this row runs into the next ones',
        );
        return;
      }
      const judged = judgeRow(readRow!(cells), now);
      if (judged.kind === 'scored') summary.addScored(judged.profile, judged.scored, line);
      else if (judged.kind === 'skipped') summary.addSkipped(line, judged.reason);
    },
    onProgress(fraction, rows) {
      post({ type: 'progress', fraction, rows });
    },
    onDone() {
      post({
        type: 'done',
        summary: summary.summary(),
        header,
        mapping,
        milliseconds: performance.now() - started,
      });
    },
  });
}

function exportScored(file: File, mapping: ColumnMapping): void {
  const now = new Date();
  const parts: string[] = ['\uFEFF'];
  let readRow: ReturnType<typeof createRowReader> | undefined;
  streamRecords(file, {
    onHeader(header) {
      readRow = createRowReader(header, mapping);
      parts.push(scoredCsvHeader(header));
      return true;
    },
    onRow(cells, _line, quoteError) {
      const judged = quoteError ? undefined : judgeRow(readRow!(cells), now);
      if (judged?.kind === 'scored') parts.push(scoredCsvRow(cells, judged.scored));
    },
    onDone() {
      post({ type: 'exported', blob: new Blob(parts, { type: 'text/csv;charset=utf-8' }) });
    },
  });
}

self.onmessage = (event: MessageEvent<AuditRequest>) => {
  const request = event.data;
  if (request.type === 'audit') audit(request.file, request.mapping);
  else exportScored(request.file, request.mapping);
};
