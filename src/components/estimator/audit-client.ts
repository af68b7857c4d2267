import type { AuditPlatform } from '../../lib/audit/plan';
import type { ColumnMapping } from '../../lib/csv/columns';
import type { DoubleSample } from '../../lib/stats/double-sampling';
import type { AuditRequest, AuditResponse } from './audit-protocol';

/**
 * One worker per audit: choosing another file, or leaving the panel, terminates the old one so a large
 * file never keeps a core busy for nothing. The worker's code (and the CSV reader in it) is fetched only
 * here, when the sample-audit panel opens.
 */
export class AuditRun {
  readonly #worker = new Worker(new URL('./audit.worker.ts', import.meta.url), {
    type: 'module',
    name: 'sample-audit',
  });

  constructor(onMessage: (message: AuditResponse) => void) {
    this.#worker.onmessage = (event: MessageEvent<AuditResponse>) => onMessage(event.data);
    this.#worker.onerror = () =>
      onMessage({ type: 'failed', message: 'The audit stopped unexpectedly. Try the file again.' });
  }

  audit(
    file: File,
    options: { mapping?: ColumnMapping | undefined; platform?: AuditPlatform | undefined },
  ): void {
    this.#send({ type: 'audit', file, ...options });
  }

  exportScored(file: File, mapping: ColumnMapping, platform: AuditPlatform): void {
    this.#send({ type: 'export', file, mapping, platform });
  }

  handCheck(sample: DoubleSample): void {
    this.#send({ type: 'hand-check', sample });
  }

  stop(): void {
    this.#worker.terminate();
  }

  #send(request: AuditRequest): void {
    this.#worker.postMessage(request);
  }
}
