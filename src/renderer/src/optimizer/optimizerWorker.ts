// The optimizer's Web Worker: fits FSRS parameters (fsrs-browser's wasm, on this thread, without its
// optional thread pool) and simulates workloads, so that the page never waits on either.
import init, { Fsrs } from 'fsrs-browser';
import wasmUrl from 'fsrs-browser/fsrs_browser_bg.wasm?url';
import { fsrsFitter } from '../../../shared/review/fsrsEngine';
import { optimize } from '../../../shared/review/optimizer';
import { estimateWorkload } from '../../../shared/review/simulation';
import type { OptimizerReply, OptimizerRequest } from './protocol';

const reply = (message: OptimizerReply) => self.postMessage(message);
let ready: Promise<unknown> | undefined;

self.addEventListener('message', async (event: MessageEvent<OptimizerRequest>) => {
  const request = event.data;
  // fsrs-browser's thread-pool helper listens on this worker too, for its own message type.
  if (typeof request !== 'object' || request === null || !('kind' in request)) return;
  try {
    if (request.kind === 'optimize') {
      ready ??= init({ module_or_path: wasmUrl });
      await ready;
      const result = optimize(request.log, { dayStartHour: request.dayStartHour, current: request.current }, fsrsFitter(Fsrs), (done, total) => reply({ kind: 'progress', done, total }));
      reply({ kind: 'optimized', result });
    } else if (request.kind === 'workload') {
      reply({ kind: 'workload', workload: estimateWorkload(request.parameters, { newPerDay: request.newPerDay, maximumIntervalDays: request.maximumIntervalDays }) });
    }
  } catch (error) {
    reply({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
  }
});
