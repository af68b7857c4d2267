import { WorkerRun } from '../../lib/site/worker-run';
import type { HistoryRequest, HistoryResponse } from './history-protocol';

export type HistoryWorker = WorkerRun<HistoryRequest, HistoryResponse>;

/** Follower history's worker, which reads the export and draws samples of names from it. */
export const startHistoryWorker = (onMessage: (message: HistoryResponse) => void): HistoryWorker =>
  new WorkerRun<HistoryRequest, HistoryResponse>(
    new Worker(new URL('./history.worker.ts', import.meta.url), { type: 'module', name: 'follower-history' }),
    onMessage,
    (run) => ({ type: 'failed', run, message: 'Reading stopped unexpectedly. Try the export again.' }),
  );
