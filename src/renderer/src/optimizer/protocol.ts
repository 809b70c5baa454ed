// Messages between the settings screen and the optimizer's Web Worker.
import type { OptimizationResult } from '../../../shared/review/optimizer';
import type { Workload } from '../../../shared/review/simulation';
import type { ReviewLogRecord } from '../../../shared/review/types';

export type OptimizerRequest =
  | { kind: 'optimize'; log: ReviewLogRecord[]; dayStartHour: number; current?: number[] }
  | { kind: 'workload'; parameters: readonly number[]; newPerDay: number; maximumIntervalDays: number };

export type OptimizerReply =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'optimized'; result: OptimizationResult }
  | { kind: 'workload'; workload: Workload[] }
  | { kind: 'failed'; error: string };
