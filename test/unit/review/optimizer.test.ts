import { beforeAll, describe, expect, it } from 'vitest';
import { nodeFitter } from '../../../src/node/fsrsOptimizer';
import { EPOCHS } from '../../../src/shared/review/fsrsEngine';
import { DEFAULT_PARAMETERS, evaluate, MIN_REVIEWS, optimize, reviewHistories, trainingSet, type ParameterFitter } from '../../../src/shared/review/optimizer';
import { simulatedLog } from '../../../src/shared/review/simulatedLog';
import type { ReviewLogRecord } from '../../../src/shared/review/types';

// A student who forgets first views faster than FSRS's average and remembers Good/Easy ones longer.
const TRUE_PARAMETERS = DEFAULT_PARAMETERS.map((w, i) => ({ 0: 0.6, 1: 3, 2: 8, 3: 25, 8: 1.0, 10: 1.2 })[i] ?? w);
const studentLog = simulatedLog({ parameters: TRUE_PARAMETERS, desiredRetention: 0.85, cards: 800, newPerDay: 10, days: 150 });

/** Distance between parameter sets on the initial stabilities (w0–w3), which the log pins down best, on a log scale. */
function initialStabilityDistance(parameters: readonly number[]): number {
  return Math.hypot(...[0, 1, 2, 3].map((i) => Math.log(parameters[i] / TRUE_PARAMETERS[i])));
}
const distance = (parameters: readonly number[]) => Math.hypot(...parameters.map((w, i) => w - TRUE_PARAMETERS[i]));

const day = (n: number) => new Date(2026, 2, 1 + n, 10).getTime();
const answer = (uid: string, key: string, when: number, grade: 1 | 2 | 3 | 4): ReviewLogRecord => ({
  uid, key, deckId: 'd', cardId: key, kind: 'answer', reviewedAt: when, grade, durationMs: 1000,
});

describe('training set from the review log', () => {
  it('orders each item by time, counts whole study days between reviews and leaves undone answers out', () => {
    const log: ReviewLogRecord[] = [
      answer('b2', 'b', day(3), 3),
      answer('a1', 'a', day(0), 3),
      answer('a2', 'a', day(2), 1),
      answer('a3', 'a', day(2) + 3600_000, 3),
      answer('a4', 'a', day(7), 4),
      answer('b1', 'b', day(0), 2),
      { ...answer('u', 'a', day(2) + 7200_000, 3), kind: 'undo', grade: undefined, undoes: 'a3' },
    ];
    const histories = reviewHistories(log, 4);
    expect(histories).toEqual([
      [{ grade: 2, deltaDays: 0 }, { grade: 3, deltaDays: 3 }],
      [{ grade: 3, deltaDays: 0 }, { grade: 1, deltaDays: 2 }, { grade: 4, deltaDays: 5 }],
    ]);
    const set = trainingSet(histories);
    expect(set.reviews).toBe(5);
    expect([...set.lengths]).toEqual([2, 2, 3]);
    expect([...set.ratings]).toEqual([2, 3, 3, 1, 3, 1, 4]);
    expect([...set.deltaDays]).toEqual([0, 3, 0, 2, 0, 2, 5]);
  });

  it('counts a review before the day-start hour in the previous study day', () => {
    const log = [answer('a1', 'a', day(0), 3), answer('a2', 'a', new Date(2026, 2, 3, 2).getTime(), 3)];
    expect(reviewHistories(log, 4)[0][1].deltaDays).toBe(1);
  });
});

describe('fit of a set of parameters', () => {
  it('predicts the log of a simulated student better with their true parameters than with the defaults', () => {
    const histories = reviewHistories(studentLog, 4);
    const truth = evaluate(histories, TRUE_PARAMETERS);
    const defaults = evaluate(histories, DEFAULT_PARAMETERS);
    expect(truth.measured).toBeGreaterThan(1000);
    expect(truth.logLoss).toBeLessThan(defaults.logLoss);
    expect(truth.rmse).toBeLessThan(defaults.rmse);
  });
});

describe('optimizing the parameters (fsrs-browser in Node)', () => {
  let fitter: ParameterFitter;
  beforeAll(async () => {
    fitter = await nodeFitter();
  });

  it('fits parameters closer to the true ones than the defaults, with a lower log loss, reporting each pass', () => {
    const progress: number[] = [];
    const result = optimize(studentLog, { dayStartHour: 4 }, fitter, (done, total) => {
      expect(total).toBe(EPOCHS);
      progress.push(done);
    });
    expect(result.kind).toBe('fitted');
    if (result.kind !== 'fitted') return;
    expect(result.reviews).toBe(studentLog.length);
    expect(result.parameters).toHaveLength(21);
    expect(initialStabilityDistance(result.parameters)).toBeLessThan(initialStabilityDistance(DEFAULT_PARAMETERS) / 1.5);
    expect(distance(result.parameters)).toBeLessThan(distance(DEFAULT_PARAMETERS));
    expect(result.after.logLoss).toBeLessThan(result.before.logLoss);
    expect(result.after.rmse).toBeLessThan(result.before.rmse);
    expect(progress).toEqual([1, 2, 3, 4, 5]);
  }, 60_000);

  it('keeps the defaults below the minimum number of reviews and says how many are needed', () => {
    const few = studentLog.slice(0, MIN_REVIEWS - 1);
    let called = false;
    const result = optimize(few, { dayStartHour: 4 }, (set, onEpoch) => {
      called = true;
      return fitter(set, onEpoch);
    });
    expect(result).toEqual({ kind: 'too-few', reviews: MIN_REVIEWS - 1, needed: MIN_REVIEWS });
    expect(called).toBe(false);
  });

  it('keeps the parameters in use when the fit predicts the log no better', () => {
    const result = optimize(studentLog, { dayStartHour: 4, current: TRUE_PARAMETERS }, () => DEFAULT_PARAMETERS);
    expect(result.kind).toBe('no-better');
  });
});
