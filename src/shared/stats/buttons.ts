// "Answer buttons" (how often each grade was pressed, by what the card was) and the "hourly
// breakdown" (answers and success rate by hour of the day), over the period.
import type { Grade, ReviewLogRecord } from '../review/types';
import { HOUR } from '../review/day';
import { answerKind, dayStarts, rate, type AnswerKind, type StatsClock } from './input';

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
export class ButtonsTally {
  private counts: ButtonsStats['counts'] = { learning: [0, 0, 0, 0], young: [0, 0, 0, 0], mature: [0, 0, 0, 0] };

  add(answer: ReviewLogRecord, kind: AnswerKind): void {
    this.counts[kind === 'relearning' ? 'learning' : kind][(answer.grade as Grade) - 1]++;
  }

  result(): ButtonsStats {
    const { counts } = this;
    const correct = (group: ButtonGroup) => {
      const [again, hard, good, easy] = counts[group];
      return rate(hard + good + easy, again + hard + good + easy);
    };
    return { counts, correctRate: { learning: correct('learning'), young: correct('young'), mature: correct('mature') } };
  }
}

export function answerButtons(answers: readonly ReviewLogRecord[]): ButtonsStats {
  const tally = new ButtonsTally();
  for (const answer of answers) tally.add(answer, answerKind(answer));
  return tally.result();
}

export interface HourRow {
  hour: number;
  count: number;
  correctRate: number | undefined;
}

/** Answers and passes by local hour of the day (0–23). */
export class HourlyTally {
  private count = new Array<number>(24).fill(0);
  private passed = new Array<number>(24).fill(0);
  // Every answer of the same clock hour has the same local hour: one Date per hour, not per answer.
  private localHour = new Map<number, number>();

  add(answer: ReviewLogRecord): void {
    const slot = Math.floor(answer.reviewedAt / HOUR);
    let hour = this.localHour.get(slot);
    if (hour === undefined) this.localHour.set(slot, (hour = new Date(slot * HOUR).getHours()));
    this.count[hour]++;
    if (answer.grade !== 1) this.passed[hour]++;
  }

  result(): HourRow[] {
    return this.count.map((total, hour) => ({ hour, count: total, correctRate: rate(this.passed[hour], total) }));
  }
}

export function hourly(answers: readonly ReviewLogRecord[]): HourRow[] {
  const tally = new HourlyTally();
  for (const answer of answers) tally.add(answer);
  return tally.result();
}
