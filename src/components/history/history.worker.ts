/// <reference lib="webworker" />
// Reads a platform's data export off the main thread: the ZIP's directory, then only the follower lists,
// streamed through their readers. The list itself stays here (500,000 names would take the page a long
// moment to receive); the page gets the counts per day, the bursts, and the names it samples. Nothing
// leaves the browser.
import { ExportProblem, readExport, type ExportReading } from '../../lib/history/read-export';
import { drawSample, summariseExport } from '../../lib/history/summary';
import type { HistoryRequest, HistoryResponse, HistoryResponseBody } from './history-protocol';

declare const self: DedicatedWorkerGlobalScope;

const answer = (run: number) => (message: HistoryResponseBody) =>
  self.postMessage({ ...message, run } satisfies HistoryResponse);
const PROGRESS_INTERVAL_MS = 120;

let reading: ExportReading | undefined;

self.onmessage = async (event: MessageEvent<HistoryRequest>) => {
  const request = event.data;
  const post = answer(request.run);
  if (request.type === 'sample') {
    if (!reading) {
      post({ type: 'failed', message: 'Choose the export again to draw a new sample.' });
      return;
    }
    post({ type: 'sample', scope: request.scope, ...drawSample(reading, request.scope, request.size) });
    return;
  }
  reading = undefined;
  let last = 0;
  try {
    reading = await readExport(request.files, {
      onProgress(share) {
        const now = performance.now();
        if (now - last < PROGRESS_INTERVAL_MS) return;
        last = now;
        post({ type: 'progress', share });
      },
    });
    const label = request.files.map((file) => file.name).join(', ');
    post({ type: 'read', summary: summariseExport(reading, label) });
  } catch (error) {
    post({
      type: 'failed',
      message:
        error instanceof ExportProblem
          ? error.message
          : 'The export could not be read. Choose it again, or download a fresh copy.',
    });
  }
};
