// One request run in a fresh Web Worker, so the page never waits on heavy work; cancel ends the
// worker at once (mid-computation included) and rejects with Cancelled.

export interface Running<T> {
  done: Promise<T>;
  cancel(): void;
}

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/** What one reply means: the result, a failure, or nothing yet (progress). */
export type ReplyOutcome<T> = { value: T } | { error: Error } | undefined;

export function runInWorker<Reply, T>(worker: Worker, request: unknown, onReply: (reply: Reply) => ReplyOutcome<T>, transfer: Transferable[] = []): Running<T> {
  let reject: ((error: Error) => void) | undefined;
  const done = new Promise<T>((resolve, rejectDone) => {
    reject = rejectDone;
    worker.addEventListener('message', (event: MessageEvent<Reply>) => {
      const outcome = onReply(event.data);
      if (outcome && 'value' in outcome) resolve(outcome.value);
      else if (outcome) rejectDone(outcome.error);
    });
    worker.addEventListener('error', (event) => rejectDone(new Error(event.message || 'worker error')));
    worker.postMessage(request, transfer);
  }).finally(() => worker.terminate());
  return {
    done,
    cancel() {
      worker.terminate();
      reject?.(new Cancelled());
    },
  };
}
