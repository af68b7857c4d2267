/// <reference lib="webworker" />
// Reads a pasted series off the main thread: 20,000 lines of dates take longer than a frame, and typing in the
// box must not wait for them. Each answer repeats the number of the request it answers.
import { readSeries } from '../../lib/history/series';
import type { SeriesRequest, SeriesResponse } from './series-protocol';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<SeriesRequest>) => {
  const { id, text, today } = event.data;
  self.postMessage({ id, reading: readSeries(text, today) } satisfies SeriesResponse);
};
