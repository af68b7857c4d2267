import { WorkerRun } from '../../../lib/site/worker-run';
import type { AuditRequest, AuditResponse } from './audit-protocol';

export type AuditWorker = WorkerRun<AuditRequest, AuditResponse>;

/** The sample audit's worker, with the CSV reader in it: fetched only when the panel opens. */
export const startAuditWorker = (onMessage: (message: AuditResponse) => void): AuditWorker =>
  new WorkerRun<AuditRequest, AuditResponse>(
    new Worker(new URL('./audit.worker.ts', import.meta.url), { type: 'module', name: 'sample-audit' }),
    onMessage,
    (run) => ({ type: 'failed', run, message: 'The audit stopped unexpectedly. Try the file again.' }),
  );
