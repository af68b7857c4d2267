import type { AuditPlatform } from '../../../lib/estimator/audit/plan';
import type { ColumnMapping } from '../../../lib/csv/columns';
import type { DoubleSample } from '../../../lib/stats/double-sampling';
import type { AuditRequest, AuditResponse } from './audit-protocol';

/**
 * One worker per audit: choosing another file, cancelling, or leaving the panel terminates the old one so a
 * large file never keeps a core busy for nothing. The worker's code (and the CSV reader in it) is fetched
 * only here, when the sample-audit panel opens. Every request carries the number of the run it belongs to
 * and every answer repeats it, so that the page can drop an answer that arrives after a newer run began.
 */
export class AuditRun {
  #run = 0;

  readonly #worker = new Worker(new URL('./audit.worker.ts', import.meta.url), {
    type: 'module',
    name: 'sample-audit',
  });

  constructor(onMessage: (message: AuditResponse) => void) {
    this.#worker.onmessage = (event: MessageEvent<AuditResponse>) => onMessage(event.data);
    this.#worker.onerror = () =>
      onMessage({
        type: 'failed',
        run: this.#run,
        message: 'The audit stopped unexpectedly. Try the file again.',
      });
  }

  /** Starts run number `run` on `file`; later requests to this worker belong to the same run. */
  audit(
    run: number,
    file: File,
    options: { mapping?: ColumnMapping | undefined; platform?: AuditPlatform | undefined },
  ): void {
    this.#run = run;
    this.#send({ type: 'audit', run, file, ...options });
  }

  exportScored(file: File, mapping: ColumnMapping, platform: AuditPlatform): void {
    this.#send({ type: 'export', run: this.#run, file, mapping, platform });
  }

  handCheck(sample: DoubleSample, check: number): void {
    this.#send({ type: 'hand-check', run: this.#run, sample, check });
  }

  stop(): void {
    this.#worker.terminate();
  }

  #send(request: AuditRequest): void {
    this.#worker.postMessage(request);
  }
}
