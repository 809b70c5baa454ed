// "Answer buttons" (how often each grade was pressed, by what the card was) and the "hourly
// breakdown" (answers and success rate by hour of the day), over the period.
import type { Grade, ReviewLogRecord } from '../review/types';
import { HOUR } from '../review/day';
import { answerKind, dayStarts, rate, type StatsClock } from './input';

export const BUTTON_GROUPS = ['learning', 'young', 'mature'] as const;
export type ButtonGroup = (typeof BUTTON_GROUPS)[number];

export interface ButtonsStats {
  /** counts[group][grade - 1]: presses of that grade. */
  counts: Record<ButtonGroup, [number, number, number, number]>;
  /** Share of answers other than Again, per group. */
  correctRate: Record<ButtonGroup, number | undefined>;
}

/** Answers of the last `days` study days, today included. */
export function inPeriod(answers: readonly ReviewLogRecord[], clock: StatsClock, days: number): ReviewLogRecord[] {
  const [from] = dayStarts(clock, -(days - 1), -(days - 1));
  return answers.filter((answer) => answer.reviewedAt >= from && answer.reviewedAt <= clock.now);
}

/** Relearning answers count with learning ones, as in Anki. */
export function answerButtons(answers: readonly ReviewLogRecord[]): ButtonsStats {
  const counts: ButtonsStats['counts'] = { learning: [0, 0, 0, 0], young: [0, 0, 0, 0], mature: [0, 0, 0, 0] };
  for (const answer of answers) {
    const kind = answerKind(answer);
    counts[kind === 'relearning' ? 'learning' : kind][(answer.grade as Grade) - 1]++;
  }
  const correct = (group: ButtonGroup) => {
    const [again, ...others] = counts[group];
    return rate(others.reduce((a, b) => a + b, 0), again + others.reduce((a, b) => a + b, 0));
  };
  return { counts, correctRate: { learning: correct('learning'), young: correct('young'), mature: correct('mature') } };
}

export interface HourRow {
  hour: number;
  count: number;
  correctRate: number | undefined;
}

/** Local hour of the day (0–23) of each answer. */
export function hourly(answers: readonly ReviewLogRecord[]): HourRow[] {
  const count = new Array<number>(24).fill(0);
  const passed = new Array<number>(24).fill(0);
  // Every answer of the same clock hour has the same local hour: one Date per hour, not per answer.
  const localHour = new Map<number, number>();
  for (const answer of answers) {
    const slot = Math.floor(answer.reviewedAt / HOUR);
    let hour = localHour.get(slot);
    if (hour === undefined) localHour.set(slot, (hour = new Date(slot * HOUR).getHours()));
    count[hour]++;
    if (answer.grade !== 1) passed[hour]++;
  }
  return count.map((total, hour) => ({ hour, count: total, correctRate: rate(passed[hour], total) }));
}
