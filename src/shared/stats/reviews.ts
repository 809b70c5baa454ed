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

export function reviewsPerDay(answers: readonly ReviewLogRecord[], clock: StatsClock, days: number): ReviewsStats {
  const starts = dayStarts(clock, -(days - 1), 1);
  const count = perKind(days);
  const timeMs = perKind(days);
  let totalCount = 0;
  let totalTimeMs = 0;
  for (const answer of answers) {
    const index = dayIndex(starts, answer.reviewedAt);
    if (index < 0 || index >= days) continue;
    const kind = answerKind(answer);
    count[kind][index]++;
    timeMs[kind][index] += answer.durationMs;
    totalCount++;
    totalTimeMs += answer.durationMs;
  }
  return { days: starts.slice(0, days), count, timeMs, totalCount, totalTimeMs };
}
