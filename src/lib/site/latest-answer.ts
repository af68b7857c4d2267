/**
 * A worker asked again and again about text that keeps changing (a draft as it is typed, a pasted series):
 * made on the first question, each question numbered, and only the answer to the newest passed on, so an
 * answer to older text never overwrites a newer one. The caller makes the worker, since
 * `new Worker(new URL(...))` must be written where the bundler can see it. `stop` ends it, and the next
 * question makes another.
 */
export function latestAnswer<Question, Answer extends { id: number }>(
  make: () => Worker,
  onAnswer: (answer: Answer) => void,
  onFail: () => void,
) {
  let worker: Worker | undefined;
  let sent = 0;
  return {
    ask(question: Question): void {
      try {
        worker ??= make();
      } catch {
        onFail();
        return;
      }
      worker.onmessage = (event: MessageEvent<Answer>) => event.data.id === sent && onAnswer(event.data);
      worker.onerror = onFail;
      worker.postMessage({ ...question, id: ++sent });
    },
    stop(): void {
      worker?.terminate();
      worker = undefined;
    },
  };
}
