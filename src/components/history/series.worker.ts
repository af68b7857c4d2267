/// <reference lib="webworker" />
// Reads a pasted series off the main thread (2,000 lines and the burst check: 4 to 23 ms in Node), so typing in
// the box never waits for it. Each answer repeats the number of the request it answers.
import { readSeries } from '../../lib/history/series';
import type { SeriesRequest, SeriesResponse } from './series-protocol';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<SeriesRequest>) => {
  const { id, text, today } = event.data;
  self.postMessage({ id, reading: readSeries(text, today) } satisfies SeriesResponse);
};
