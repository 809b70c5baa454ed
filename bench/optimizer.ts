// The FSRS optimizer (fsrs-browser's wasm, in Node as in the app's worker: one thread) on 100,000
// reviews of a simulated student, against a baseline measured in the same run: one pass of the FSRS
// model over the same log (ts-fsrs, what the log loss before/after costs). Also the workload estimate.
import { nodeFitter } from '../src/node/fsrsOptimizer';
import { DEFAULT_PARAMETERS, evaluate, optimize, reviewHistories } from '../src/shared/review/optimizer';
import { simulatedLog } from '../src/shared/review/simulatedLog';
import { estimateWorkload } from '../src/shared/review/simulation';
import { line, median, ms, timeRuns } from './stats';

const REVIEWS = 100_000;

export async function benchOptimizer(): Promise<string[]> {
  const parameters = DEFAULT_PARAMETERS.map((w, i) => (i < 4 ? w * 0.6 : w));
  const log = simulatedLog({ parameters, desiredRetention: 0.9, cards: 20_000, newPerDay: 40, days: 500 }).slice(0, REVIEWS);
  if (log.length < REVIEWS) throw new Error(`the simulated log has only ${log.length} reviews`);
  const fitter = await nodeFitter();
  const histories = reviewHistories(log, 4);
  const baseline = median(await timeRuns(() => evaluate(histories, DEFAULT_PARAMETERS), 3));
  let epochs = 0;
  let outcome = '';
  const [fit] = await timeRuns(() => {
    const result = optimize(log, { dayStartHour: 4 }, fitter, (done) => (epochs = done));
    outcome = result.kind === 'too-few' ? 'too few reviews' : `${result.kind}, log loss ${result.before.logLoss.toFixed(4)} → ${result.after.logLoss.toFixed(4)}`;
  }, 1, 0);
  const workload = median(await timeRuns(() => estimateWorkload(DEFAULT_PARAMETERS, { newPerDay: 20 }), 3));
  return [
    `  ${log.length} reviews of ${histories.length} cards; ${epochs} passes; ${outcome}`,
    line('optimize the FSRS parameters (100,000 reviews)', `${(fit / 1000).toFixed(1)} s`, `target < 60 s; one FSRS pass over the log (baseline) ${ms(baseline)}, ×${(fit / baseline).toFixed(0)}`, fit < 60_000),
    line('estimated workload (4 retentions, 20 new cards a day, 365 days)', ms(workload), `target < 2 s (in the worker); ×${(workload / baseline).toFixed(1)} of the baseline`, workload < 2000),
  ];
}
