/// <reference lib="webworker" />
// Reads a platform's data export off the main thread: the ZIP's directory, then only the follower lists,
// streamed through their readers. The list itself stays here (500,000 names would take the page a long
// moment to receive); the page gets the counts per day, the bursts, and the names it samples. A second export
// of the same account is read on its own and compared with the first, never merged with it. Nothing leaves
// the browser.
import {
  compareExports,
  identityFromName,
  identityOf,
  type ExportToCompare,
} from '../../lib/history/compare';
import { ExportProblem, readExport } from '../../lib/history/read-export';
import { drawSample, summariseExport, type ExportSummary } from '../../lib/history/summary';
import type { HistoryRequest, HistoryResponse, HistoryResponseBody } from './history-protocol';

declare const self: DedicatedWorkerGlobalScope;

const answer = (run: number) => (message: HistoryResponseBody) =>
  self.postMessage({ ...message, run } satisfies HistoryResponse);
type Post = ReturnType<typeof answer>;
const PROGRESS_INTERVAL_MS = 120;
const UNREADABLE = 'The export could not be read. Choose it again, or download a fresh copy.';

/** The export read, kept here for samples and comparisons. */
let current: ExportToCompare | undefined;

interface Read {
  toCompare: ExportToCompare;
  summary: ExportSummary;
}

/** Posts progress a few times a second at most. */
function progressTo(post: Post): (share: number) => void {
  let last = 0;
  return (share) => {
    const now = performance.now();
    if (now - last < PROGRESS_INTERVAL_MS) return;
    last = now;
    post({ type: 'progress', share });
  };
}

async function read(files: File[], onProgress: (share: number) => void): Promise<Read> {
  const reading = await readExport(files, { onProgress });
  const label = files.map((file) => file.name).join(', ');
  const summary = summariseExport(reading, label);
  const identity = identityOf(
    files.map((file) => file.name),
    reading,
  );
  return { toCompare: { label: summary.label, identity, reading, bursts: summary.bursts }, summary };
}

const messageOf = (error: unknown) => (error instanceof ExportProblem ? error.message : UNREADABLE);

/**
 * ZIP files chosen together that are two downloads of one account (their names give two dates), not parts of
 * one: grouped by date, earliest first. Undefined when they are one download.
 */
function twoDownloads(files: readonly File[]): [File[], File[]] | undefined {
  const byDay = new Map<number, File[]>();
  for (const file of files) {
    const { day } = identityFromName(file.name);
    if (day === undefined) return undefined;
    byDay.set(day, [...(byDay.get(day) ?? []), file]);
  }
  if (byDay.size !== 2) return undefined;
  const [first, second] = [...byDay.entries()].sort(([a], [b]) => a - b);
  return [first![1], second![1]];
}

self.onmessage = async (event: MessageEvent<HistoryRequest>) => {
  const request = event.data;
  const post = answer(request.run);
  if (request.type === 'sample') {
    if (!current) {
      post({ type: 'failed', message: 'Choose the export again to draw a new sample.' });
      return;
    }
    post({
      type: 'sample',
      scope: request.scope,
      ...drawSample(current.reading, request.scope, request.size),
    });
    return;
  }
  if (request.type === 'compare') {
    if (!current) {
      post({
        type: 'compare-failed',
        message: 'Choose your export again first, then the one to compare it with.',
      });
      return;
    }
    try {
      const other = await read(request.files, progressTo(post));
      post({ type: 'compared', result: compareExports(current, other.toCompare) });
    } catch (error) {
      post({ type: 'compare-failed', message: messageOf(error) });
    }
    return;
  }
  current = undefined;
  try {
    const pair = twoDownloads(request.files);
    if (!pair) {
      const only = await read(request.files, progressTo(post));
      current = only.toCompare;
      post({ type: 'read', summary: only.summary });
      return;
    }
    // Two downloads chosen together, read side by side (inflating one while parsing the other): the later
    // one is the history, the earlier one is compared with it.
    const progress = progressTo(post);
    const shares = [0, 0];
    const half = (which: 0 | 1) => (share: number) => {
      shares[which] = share;
      progress((shares[0]! + shares[1]!) / 2);
    };
    const [earlier, later] = await Promise.all([read(pair[0], half(0)), read(pair[1], half(1))]);
    current = later.toCompare;
    post({ type: 'read', summary: later.summary });
    post({ type: 'compared', result: compareExports(current, earlier.toCompare) });
  } catch (error) {
    post({ type: 'failed', message: messageOf(error) });
  }
};
