// Fitting FSRS parameters to one student's review log: what goes in (each item's history of grades
// and days between reviews, undone answers left out), how well a set of parameters predicts the log
// (log loss and RMSE, computed here with ts-fsrs's own model), and whether the fit is worth keeping.
// The fit itself is done by an engine (fsrs-browser, the FSRS optimizer built to WebAssembly),
// passed in so that this module stays pure: a Web Worker in the app, Node in tests and the bench.
import { default_w, FSRSAlgorithm, generatorParameters } from 'ts-fsrs';
import { DAY, studyDayStart } from './day';
import { sanitizeParameters } from './settings';
import type { Grade, ReviewLogRecord } from './types';

/** Below this many counted reviews the defaults stay: too few answers to say more than FSRS's averages. */
export const MIN_REVIEWS = 400;

export const DEFAULT_PARAMETERS: readonly number[] = default_w;

/** One review as the optimizer reads it: the grade and whole study days since the previous review. */
export interface TrainingReview {
  grade: Grade;
  deltaDays: number;
}

/** The histories in the flat form the optimizer takes: item i is the first lengths[i] reviews of a history. */
export interface TrainingSet {
  ratings: Uint32Array;
  deltaDays: Uint32Array;
  lengths: Uint32Array;
  /** Answers counted (undone ones left out). */
  reviews: number;
  /** Reviews the model predicts: the ones after an item's first, the only ones that say anything. */
  predicted: number;
}

/** Each item's answers in time order, undone answers left out. */
export function reviewHistories(log: readonly ReviewLogRecord[], dayStartHour: number): TrainingReview[][] {
  const undone = new Set(log.filter((line) => line.kind === 'undo' && line.undoes).map((line) => line.undoes));
  const byKey = new Map<string, ReviewLogRecord[]>();
  for (const line of log) {
    if (line.kind !== 'answer' || line.grade === undefined || undone.has(line.uid)) continue;
    const lines = byKey.get(line.key) ?? [];
    lines.push(line);
    byKey.set(line.key, lines);
  }
  return [...byKey.values()].map((lines) => {
    lines.sort((a, b) => a.reviewedAt - b.reviewedAt);
    let previousDay: number | undefined;
    return lines.map((line) => {
      const day = studyDayStart(line.reviewedAt, dayStartHour);
      const deltaDays = previousDay === undefined ? 0 : Math.round((day - previousDay) / DAY);
      previousDay = day;
      return { grade: line.grade as Grade, deltaDays };
    });
  });
}

/** The training set of these histories: one item per review after the first, as FSRS trains. */
export function trainingSet(histories: readonly TrainingReview[][]): TrainingSet {
  const ratings: number[] = [];
  const deltaDays: number[] = [];
  const lengths: number[] = [];
  let reviews = 0;
  for (const history of histories) {
    reviews += history.length;
    for (let end = 2; end <= history.length; end++) {
      for (const review of history.slice(0, end)) {
        ratings.push(review.grade);
        deltaDays.push(review.deltaDays);
      }
      lengths.push(end);
    }
  }
  return {
    ratings: Uint32Array.from(ratings),
    deltaDays: Uint32Array.from(deltaDays),
    lengths: Uint32Array.from(lengths),
    reviews,
    predicted: lengths.length,
  };
}

export interface Fit {
  /** How far off the predicted recall is: lower is better. */
  logLoss: number;
  rmse: number;
  /** Reviews the numbers are measured on (reviews on the same day as the previous one are not). */
  measured: number;
}

/**
 * How well `parameters` predict the histories: each review one day or more after the previous one
 * is a guess (the recall probability FSRS gives it) against what happened (any grade but Again).
 */
export function evaluate(histories: readonly TrainingReview[][], parameters: readonly number[]): Fit {
  const model = new FSRSAlgorithm(generatorParameters({ w: [...parameters], enable_short_term: true }));
  let loss = 0;
  let squares = 0;
  let measured = 0;
  for (const history of histories) {
    let state = null as ReturnType<FSRSAlgorithm['next_state']> | null;
    for (const review of history) {
      if (state && review.deltaDays > 0) {
        const p = Math.min(Math.max(model.forgetting_curve(review.deltaDays, state.stability), 1e-6), 1 - 1e-6);
        const recalled = review.grade > 1 ? 1 : 0;
        loss -= recalled * Math.log(p) + (1 - recalled) * Math.log(1 - p);
        squares += (recalled - p) ** 2;
        measured++;
      }
      state = model.next_state(state, review.deltaDays, review.grade);
    }
  }
  return measured === 0 ? { logLoss: 0, rmse: 0, measured } : { logLoss: loss / measured, rmse: Math.sqrt(squares / measured), measured };
}

/** Fits parameters to a training set; onEpoch tells how far it is (done out of total passes). */
export type ParameterFitter = (set: TrainingSet, onEpoch: (done: number, total: number) => void) => readonly number[];

export type OptimizationResult =
  | { kind: 'too-few'; reviews: number; needed: number }
  | { kind: 'fitted'; parameters: number[]; before: Fit; after: Fit; reviews: number }
  /** The fit predicts the log no better than the parameters in use: they stay. */
  | { kind: 'no-better'; before: Fit; after: Fit; reviews: number };

/** Fits parameters to the log and says whether to keep them, against the parameters now in use. */
export function optimize(
  log: readonly ReviewLogRecord[],
  options: { dayStartHour: number; current?: readonly number[] },
  fit: ParameterFitter,
  onEpoch: (done: number, total: number) => void = () => {},
): OptimizationResult {
  const histories = reviewHistories(log, options.dayStartHour);
  const set = trainingSet(histories);
  if (set.reviews < MIN_REVIEWS || set.predicted === 0) return { kind: 'too-few', reviews: set.reviews, needed: MIN_REVIEWS };
  const fitted = sanitizeParameters([...fit(set, onEpoch)].map((w) => Math.round(w * 10000) / 10000));
  const before = evaluate(histories, options.current ?? DEFAULT_PARAMETERS);
  if (!fitted) return { kind: 'no-better', before, after: before, reviews: set.reviews };
  const after = evaluate(histories, fitted);
  return after.logLoss < before.logLoss
    ? { kind: 'fitted', parameters: fitted, before, after, reviews: set.reviews }
    : { kind: 'no-better', before, after, reviews: set.reviews };
}
