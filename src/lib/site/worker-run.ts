/** A message without the run number, which `WorkerRun` adds (each member of a union keeps its own fields). */
export type WithoutRun<T> = T extends unknown ? Omit<T, 'run'> : never;

/**
 * One worker for one run of a tool: choosing another file, cancelling, or leaving the panel calls `stop`, which
 * terminates it, so a large file never keeps a core busy for nothing. Every request carries the number of the
 * run it belongs to and every answer repeats it, so the page can drop an answer that arrives after a newer
 * run began. The worker is made by the caller (`new Worker(new URL(...))` must be written where the bundler
 * can see it), and its code is fetched only then.
 */
export class WorkerRun<Request extends { run: number }, Response extends { run: number }> {
  #run = 0;
  readonly #worker: Worker;

  /** `crashed` is the answer given, for the current run, when the worker itself fails. */
  constructor(worker: Worker, onMessage: (message: Response) => void, crashed: (run: number) => Response) {
    this.#worker = worker;
    worker.onmessage = (event: MessageEvent<Response>) => onMessage(event.data);
    worker.onerror = () => onMessage(crashed(this.#run));
  }

  /** Starts run number `run`; later requests to this worker belong to the same run. */
  start(run: number, request: WithoutRun<Request>): void {
    this.#run = run;
    this.send(request);
  }

  /** A further request within the current run. */
  send(request: WithoutRun<Request>): void {
    this.#worker.postMessage({ ...request, run: this.#run });
  }

  stop(): void {
    this.#worker.terminate();
  }
}
