import { describe, expect, it } from 'vitest';
import { WorkerRun } from '../../../src/lib/site/worker-run';

type Request = { run: number } & ({ type: 'read'; name: string } | { type: 'more'; count: number });
type Response = { run: number; type: 'done' | 'failed'; message?: string };

/** A stand-in for a Worker: keeps what was posted, and lets a test answer or crash. */
function fakeWorker() {
  const posted: unknown[] = [];
  const worker = {
    onmessage: null as ((event: MessageEvent) => void) | null,
    onerror: null as (() => void) | null,
    terminated: false,
    postMessage: (message: unknown) => posted.push(message),
    terminate() {
      this.terminated = true;
    },
  };
  return { worker, posted };
}

describe('WorkerRun', () => {
  it('numbers every request with its run, and a crash answers for the current run', () => {
    const { worker, posted } = fakeWorker();
    const answers: Response[] = [];
    const run = new WorkerRun<Request, Response>(
      worker as unknown as Worker,
      (message) => answers.push(message),
      (number) => ({ run: number, type: 'failed', message: 'stopped' }),
    );
    run.start(7, { type: 'read', name: 'a.csv' });
    run.send({ type: 'more', count: 2 });
    expect(posted).toEqual([
      { type: 'read', name: 'a.csv', run: 7 },
      { type: 'more', count: 2, run: 7 },
    ]);
    worker.onmessage!({ data: { run: 7, type: 'done' } } as MessageEvent);
    worker.onerror!();
    expect(answers).toEqual([
      { run: 7, type: 'done' },
      { run: 7, type: 'failed', message: 'stopped' },
    ]);
    run.stop();
    expect(worker.terminated).toBe(true);
  });
});
