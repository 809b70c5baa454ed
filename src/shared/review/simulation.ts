// A simulated student whose memory follows FSRS with given parameters: each day they learn new
// cards and review the due ones, recalling each with the probability the model gives. The estimated
// workload for a desired retention comes from it, and so do review logs with known parameters.
import { FSRSAlgorithm, generatorParameters } from 'ts-fsrs';
import type { Grade } from './types';

export interface SimulationOptions {
  parameters: readonly number[];
  desiredRetention: number;
  /** Cards to learn in all, newPerDay a day until none are left. */
  cards: number;
  newPerDay: number;
  days: number;
  maximumIntervalDays?: number;
  /** Same seed, same answers: retentions compared on one seed differ only by the retention. */
  seed?: number;
}

export interface SimulatedReview {
  card: number;
  day: number;
  grade: Grade;
}

/** A small seeded generator (mulberry32): the same sequence on every platform. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// How students grade: a first view, and a card they remember (a forgotten one is Again).
const FIRST_GRADES: [Grade, number][] = [[1, 0.25], [2, 0.1], [3, 0.55], [4, 0.1]];
const RECALLED_GRADES: [Grade, number][] = [[2, 0.1], [3, 0.8], [4, 0.1]];

function pick(grades: [Grade, number][], draw: number): Grade {
  let total = 0;
  for (const [grade, weight] of grades) {
    total += weight;
    if (draw < total) return grade;
  }
  return grades[grades.length - 1][0];
}

/** Every review of the simulated student, day by day (one review a card a day). */
export function simulate(options: SimulationOptions, onReview: (review: SimulatedReview) => void): void {
  const model = new FSRSAlgorithm(generatorParameters({
    w: [...options.parameters],
    request_retention: options.desiredRetention,
    maximum_interval: options.maximumIntervalDays ?? 36500,
    enable_fuzz: false,
  }));
  const random = seededRandom(options.seed ?? 1);
  const stability: number[] = [];
  const difficulty: number[] = [];
  const lastDay: number[] = [];
  const due: number[] = [];
  const schedule = (card: number, day: number, state: { stability: number; difficulty: number }) => {
    stability[card] = state.stability;
    difficulty[card] = state.difficulty;
    lastDay[card] = day;
    due[card] = day + Math.max(1, model.next_interval(state.stability, 0));
  };
  let learnt = 0;
  for (let day = 0; day < options.days; day++) {
    for (let card = 0; card < learnt; card++) {
      if (due[card] !== day) continue;
      const elapsed = day - lastDay[card];
      const recalled = random() < model.forgetting_curve(elapsed, stability[card]);
      const grade = recalled ? pick(RECALLED_GRADES, random()) : 1;
      onReview({ card, day, grade });
      schedule(card, day, model.next_state({ stability: stability[card], difficulty: difficulty[card] }, elapsed, grade));
    }
    for (let n = 0; n < options.newPerDay && learnt < options.cards; n++, learnt++) {
      const grade = pick(FIRST_GRADES, random());
      onReview({ card: learnt, day, grade });
      schedule(learnt, day, model.next_state(null, 0, grade));
    }
  }
}

export interface Workload {
  desiredRetention: number;
  /** Average reviews a day (first views included) over the simulated period. */
  reviewsPerDay: number;
}

/** Retentions the settings show the workload of. */
export const WORKLOAD_RETENTIONS = [0.8, 0.85, 0.9, 0.95] as const;

/** Estimated reviews a day for each retention, learning `newPerDay` new cards a day for `days` days. */
export function estimateWorkload(
  parameters: readonly number[],
  options: { newPerDay: number; days?: number; retentions?: readonly number[]; maximumIntervalDays?: number },
): Workload[] {
  const days = options.days ?? 365;
  return (options.retentions ?? WORKLOAD_RETENTIONS).map((desiredRetention) => {
    let reviews = 0;
    simulate({ parameters, desiredRetention, cards: options.newPerDay * days, newPerDay: options.newPerDay, days, maximumIntervalDays: options.maximumIntervalDays }, () => reviews++);
    return { desiredRetention, reviewsPerDay: reviews / days };
  });
}
