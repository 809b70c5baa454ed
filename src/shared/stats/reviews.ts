// "Reviews": answers per day over the period, stacked by what the card was (learning, young,
// mature, relearning), as counts and as time spent.
import type { ReviewLogRecord } from '../review/types';
import { answerKind, dayIndex, dayStarts, type AnswerKind, type StatsClock } from './input';

export const ANSWER_KINDS: readonly AnswerKind[] = ['learning', 'young', 'mature', 'relearning'];

export interface ReviewsStats {
  /** Day starts, oldest first; the last is today. */
  days: number[];
  count: Record<AnswerKind, number[]>;
  timeMs: Record<AnswerKind, number[]>;
  totalCount: number;
  totalTimeMs: number;
}

const perKind = (days: number): Record<AnswerKind, number[]> =>
  Object.fromEntries(ANSWER_KINDS.map((kind) => [kind, new Array<number>(days).fill(0)])) as Record<AnswerKind, number[]>;

/** Answers added by day: `starts` are the period's day starts, oldest first, the last one tomorrow's. */
export class ReviewsTally {
  private days: number;
  private count: Record<AnswerKind, number[]>;
  private timeMs: Record<AnswerKind, number[]>;
  private totalCount = 0;
  private totalTimeMs = 0;

  constructor(private readonly starts: readonly number[]) {
    this.days = starts.length - 1;
    this.count = perKind(this.days);
    this.timeMs = perKind(this.days);
  }

  /** `day` indexes `starts`; days outside the period are ignored. */
  add(answer: ReviewLogRecord, day: number, kind: AnswerKind): void {
    if (day < 0 || day >= this.days) return;
    this.count[kind][day]++;
    this.timeMs[kind][day] += answer.durationMs;
    this.totalCount++;
    this.totalTimeMs += answer.durationMs;
  }

  result(): ReviewsStats {
    const { count, timeMs, totalCount, totalTimeMs } = this;
    return { days: this.starts.slice(0, this.days), count, timeMs, totalCount, totalTimeMs };
  }
}

export function reviewsPerDay(answers: readonly ReviewLogRecord[], clock: StatsClock, days: number): ReviewsStats {
  const starts = dayStarts(clock, -(days - 1), 1);
  const tally = new ReviewsTally(starts);
  for (const answer of answers) tally.add(answer, dayIndex(starts, answer.reviewedAt), answerKind(answer));
  return tally.result();
}
