// Small statistics and formatting helpers for the benchmarks.
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

export const median = (values: number[]) => percentile(values, 50);

export const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** `name: value (target …, ×ratio vs baseline)` with a pass/fail mark against the target. */
export function line(name: string, value: string, details: string, ok: boolean): string {
  return `${ok ? '✓' : '✗'} ${name}: ${value} — ${details}`;
}

/** Runs `fn` `runs` times after `warmup` untimed runs and returns the durations in ms. */
export async function timeRuns(fn: () => unknown, runs: number, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    durations.push(performance.now() - start);
  }
  return durations;
}

/**
 * Times `a` and `b` in alternation, `runs` times each after `warmup` untimed rounds, so that a
 * change in the machine's load (other processes) weighs on both alike. Returns both durations in ms.
 */
export async function timeAlternating(a: () => unknown, b: () => unknown, runs: number, warmup = 1): Promise<[number[], number[]]> {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const timesA: number[] = [];
  const timesB: number[] = [];
  for (let i = 0; i < runs; i++) {
    timesA.push(...(await timeRuns(a, 1, 0)));
    timesB.push(...(await timeRuns(b, 1, 0)));
  }
  return [timesA, timesB];
}
