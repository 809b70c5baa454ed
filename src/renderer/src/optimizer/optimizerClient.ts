// Runs one request in a fresh optimizer worker; cancel ends the worker at once, mid-fit included.
import type { OptimizationResult } from '../../../shared/review/optimizer';
import type { Workload } from '../../../shared/review/simulation';
import type { OptimizerReply, OptimizerRequest } from './protocol';

export interface Running<T> {
  done: Promise<T>;
  cancel(): void;
}

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

function run<T>(request: OptimizerRequest, pick: (reply: OptimizerReply) => T | undefined, onProgress?: (done: number, total: number) => void): Running<T> {
  const worker = new Worker(new URL('./optimizerWorker.ts', import.meta.url), { type: 'module' });
  let settle: { reject: (error: Error) => void } | undefined;
  const done = new Promise<T>((resolve, reject) => {
    settle = { reject };
    worker.addEventListener('message', (event: MessageEvent<OptimizerReply>) => {
      const reply = event.data;
      if (reply.kind === 'progress') onProgress?.(reply.done, reply.total);
      else if (reply.kind === 'failed') reject(new Error(reply.error));
      else {
        const value = pick(reply);
        if (value !== undefined) resolve(value);
      }
    });
    worker.addEventListener('error', (event) => reject(new Error(event.message || 'worker error')));
    worker.postMessage(request);
  }).finally(() => worker.terminate());
  return {
    done,
    cancel() {
      worker.terminate();
      settle?.reject(new Cancelled());
    },
  };
}

export function runOptimization(request: Extract<OptimizerRequest, { kind: 'optimize' }>, onProgress: (done: number, total: number) => void): Running<OptimizationResult> {
  return run(request, (reply) => (reply.kind === 'optimized' ? reply.result : undefined), onProgress);
}

export function runWorkload(request: Extract<OptimizerRequest, { kind: 'workload' }>): Running<Workload[]> {
  return run(request, (reply) => (reply.kind === 'workload' ? reply.workload : undefined));
}
