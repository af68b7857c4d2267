import { describe, expect, it } from 'vitest';
import { latestAnswer } from '../../../src/lib/site/latest-answer';

/** A stand-in for a Web Worker: keeps what it was sent, and answers when the test says. */
function fakeWorker() {
  const sent: { id: number; text: string }[] = [];
  const worker = {
    onmessage: undefined as ((event: MessageEvent) => void) | undefined,
    onerror: undefined as (() => void) | undefined,
    terminated: false,
    postMessage: (message: { id: number; text: string }) => sent.push(message),
    terminate() {
      this.terminated = true;
    },
    answer: (id: number, text: string) => worker.onmessage!({ data: { id, text } } as MessageEvent),
  };
  return { worker, sent };
}

describe('latestAnswer', () => {
  it('passes on only the answer to the newest question, so older text never overwrites newer', () => {
    const { worker, sent } = fakeWorker();
    const answers: string[] = [];
    const asker = latestAnswer<{ text: string }, { id: number; text: string }>(
      () => worker as unknown as Worker,
      (answer) => answers.push(answer.text),
      () => answers.push('failed'),
    );
    asker.ask({ text: 'Fresh bread' });
    asker.ask({ text: 'Fresh bread today' });
    expect(sent.map((message) => message.id)).toEqual([1, 2]);
    worker.answer(1, 'old');
    worker.answer(2, 'new');
    expect(answers).toEqual(['new']);
  });

  it('says so when the worker cannot be made, and makes another after stop', () => {
    let made = 0;
    const failures: string[] = [];
    const { worker } = fakeWorker();
    const asker = latestAnswer<{ text: string }, { id: number }>(
      () => {
        made++;
        if (made === 1) throw new Error('blocked');
        return worker as unknown as Worker;
      },
      () => undefined,
      () => failures.push('failed'),
    );
    asker.ask({ text: 'a' });
    expect(failures).toEqual(['failed']);
    asker.ask({ text: 'b' });
    asker.stop();
    expect(worker.terminated).toBe(true);
    asker.ask({ text: 'c' });
    expect(made).toBe(3);
  });
});
