// Runs one optimizer request in a fresh worker; cancel ends the worker at once, mid-fit included.
import type { OptimizationResult } from '../../../shared/review/optimizer';
import type { Workload } from '../../../shared/review/simulation';
import { runInWorker, type ReplyOutcome, type Running } from '../lib/workerTask';
import type { OptimizerReply, OptimizerRequest } from './protocol';

export { Cancelled, type Running } from '../lib/workerTask';

function run<T>(request: OptimizerRequest, pick: (reply: OptimizerReply) => T | undefined, onProgress?: (done: number, total: number) => void): Running<T> {
  const worker = new Worker(new URL('./optimizerWorker.ts', import.meta.url), { type: 'module' });
  return runInWorker(worker, request, (reply: OptimizerReply): ReplyOutcome<T> => {
    if (reply.kind === 'progress') onProgress?.(reply.done, reply.total);
    else if (reply.kind === 'failed') return { error: new Error(reply.error) };
    else {
      const value = pick(reply);
      if (value !== undefined) return { value };
    }
    return undefined;
  });
}

export function runOptimization(request: Extract<OptimizerRequest, { kind: 'optimize' }>, onProgress: (done: number, total: number) => void): Running<OptimizationResult> {
  return run(request, (reply) => (reply.kind === 'optimized' ? reply.result : undefined), onProgress);
}

export function runWorkload(request: Extract<OptimizerRequest, { kind: 'workload' }>): Running<Workload[]> {
  return run(request, (reply) => (reply.kind === 'workload' ? reply.workload : undefined));
}
