// Intervals, stability, difficulty and retrievability: how the FSRS memory states of the cards
// studied so far (new cards left out) are spread, in fixed buckets.
import { default_w } from 'ts-fsrs';
import { QUEUE_SUSPENDED, type CardStateRecord, STATE_NEW, STATE_REVIEW } from '../review/types';
import { DAY } from '../review/day';

export interface Bucket {
  /** Lower bound, included. */
  from: number;
  /** Upper bound, excluded (Infinity for the last bucket). */
  to: number;
  count: number;
}

export interface Distribution {
  buckets: Bucket[];
  /** Number of values counted, their mean and median (undefined without values). */
  total: number;
  mean: number | undefined;
  median: number | undefined;
}

/** Counts `values` into buckets [edges[i], edges[i+1]), the last one open-ended. */
export function distribution(values: ArrayLike<number> & Iterable<number>, edges: readonly number[]): Distribution {
  const buckets = edges.map((from, i) => ({ from, to: edges[i + 1] ?? Infinity, count: 0 }));
  let sum = 0;
  for (const value of values) {
    let i = buckets.length - 1;
    while (i > 0 && value < buckets[i].from) i--;
    buckets[i].count++;
    sum += value;
  }
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  const median = sorted.length === 0 ? undefined : sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { buckets, total: values.length, mean: values.length ? sum / values.length : undefined, median };
}

/** Day edges for intervals and stability: a day at a time first, then wider and wider. */
export const DAY_EDGES = [0, 1, 2, 3, 4, 5, 6, 7, 14, 21, 30, 60, 90, 180, 365];
/** FSRS difficulty runs from 1 to 10. */
export const DIFFICULTY_EDGES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
/** Retrievability in tenths (0 to 1). */
export const RETRIEVABILITY_EDGES = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

const DEFAULT_DECAY = default_w[20];

export interface MemoryDistributions {
  intervals: Distribution;
  stability: Distribution;
  difficulty: Distribution;
  retrievability: Distribution;
}

/**
 * Probability of recall now for each studied card, by the FSRS forgetting curve with the default
 * decay: R = (1 + factor · t / S)^decay where factor = 0.9^(1/decay) − 1, worked out once here
 * (ts-fsrs's forgetting_curve works it out, and rounds, on every call).
 */
function retrievabilities(states: readonly CardStateRecord[], now: number, decay = DEFAULT_DECAY): Float64Array {
  const factor = Math.pow(0.9, 1 / decay) - 1;
  const values = new Float64Array(states.length);
  states.forEach((state, i) => {
    const elapsedDays = Math.max(0, (now - (state.lastReview ?? now)) / DAY);
    values[i] = Math.pow(1 + (factor * elapsedDays) / state.stability, decay);
  });
  return values;
}

/** Suspended cards are left out, like new ones: they are not being remembered on purpose. */
export function memoryDistributions(states: readonly CardStateRecord[], now: number): MemoryDistributions {
  const studied = states.filter((state) => state.state !== STATE_NEW && state.queue !== QUEUE_SUSPENDED && state.stability > 0);
  const reviews = studied.filter((state) => state.state === STATE_REVIEW);
  return {
    intervals: distribution(reviews.map((state) => state.scheduledDays), DAY_EDGES),
    stability: distribution(studied.map((state) => state.stability), DAY_EDGES),
    difficulty: distribution(studied.map((state) => state.difficulty), DIFFICULTY_EDGES),
    retrievability: distribution(retrievabilities(studied, now), RETRIEVABILITY_EDGES),
  };
}
