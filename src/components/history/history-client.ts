import type { SampleScope } from '../../lib/history/saved';
import type { HistoryRequest, HistoryResponse } from './history-protocol';

/**
 * The export worker for one reading: choosing another export, cancelling, or leaving the panel terminates
 * it. Every request carries its run number and every answer repeats it, so a late answer from an earlier
 * run is dropped by the page.
 */
export class HistoryRun {
  #run = 0;

  readonly #worker = new Worker(new URL('./history.worker.ts', import.meta.url), {
    type: 'module',
    name: 'follower-history',
  });

  constructor(onMessage: (message: HistoryResponse) => void) {
    this.#worker.onmessage = (event: MessageEvent<HistoryResponse>) => onMessage(event.data);
    this.#worker.onerror = () =>
      onMessage({
        type: 'failed',
        run: this.#run,
        message: 'Reading stopped unexpectedly. Try the export again.',
      });
  }

  read(run: number, files: File[]): void {
    this.#run = run;
    this.#send({ type: 'read', run, files });
  }

  sample(scope: SampleScope, size: number): void {
    this.#send({ type: 'sample', run: this.#run, scope, size });
  }

  stop(): void {
    this.#worker.terminate();
  }

  #send(request: HistoryRequest): void {
    this.#worker.postMessage(request);
  }
}
