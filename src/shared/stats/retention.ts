// "True retention": pass rates on review cards (young and mature apart) per period, as Anki's
// True Retention table. Only answers to cards in the review state count: learning steps do not
// measure memory over time. Passed = any grade but Again.
import type { ReviewLogRecord } from '../review/types';
import { answerKind, dayStarts, rate, type StatsClock } from './input';

export const RETENTION_PERIODS = ['today', 'yesterday', 'week', 'month', 'year'] as const;
export type RetentionPeriod = (typeof RETENTION_PERIODS)[number];

export interface RetentionCell {
  passed: number;
  failed: number;
  rate: number | undefined;
}

export interface RetentionRow {
  period: RetentionPeriod;
  young: RetentionCell;
  mature: RetentionCell;
  total: RetentionCell;
}

const cell = (passed: number, failed: number): RetentionCell => ({ passed, failed, rate: rate(passed, passed + failed) });

/** Today; yesterday; the last 7, 30 and 365 study days, today included. */
export function trueRetention(answers: readonly ReviewLogRecord[], clock: StatsClock): RetentionRow[] {
  const starts = dayStarts(clock, -364, 1);
  const today = starts.length - 2;
  const bounds: Record<RetentionPeriod, [number, number]> = {
    today: [starts[today], starts[today + 1]],
    yesterday: [starts[today - 1], starts[today]],
    week: [starts[today - 6], starts[today + 1]],
    month: [starts[today - 29], starts[today + 1]],
    year: [starts[0], starts[today + 1]],
  };
  // One pass over the answers: each adds to every period that contains it.
  const tally = RETENTION_PERIODS.map(() => ({ young: [0, 0], mature: [0, 0] }));
  for (const answer of answers) {
    if (answer.reviewedAt < starts[0] || answer.reviewedAt >= starts[today + 1]) continue;
    const kind = answerKind(answer);
    if (kind !== 'young' && kind !== 'mature') continue;
    const outcome = answer.grade === 1 ? 1 : 0;
    RETENTION_PERIODS.forEach((period, i) => {
      const [from, to] = bounds[period];
      if (answer.reviewedAt >= from && answer.reviewedAt < to) tally[i][kind][outcome]++;
    });
  }
  return RETENTION_PERIODS.map((period, i) => {
    const { young, mature } = tally[i];
    return { period, young: cell(young[0], young[1]), mature: cell(mature[0], mature[1]), total: cell(young[0] + mature[0], young[1] + mature[1]) };
  });
}
