// "True retention": pass rates on review cards (young and mature apart) per period, as Anki's
// True Retention table. Only answers to cards in the review state count: learning steps do not
// measure memory over time. Passed = any grade but Again.
import type { ReviewLogRecord } from '../review/types';
import { answerKind, dayIndex, rate, YEAR_DAYS, yearDays, type AnswerKind, type StatsClock } from './input';

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

const TODAY = YEAR_DAYS - 1;
/** Each period as [first, last] day indexes of the year (see yearDays): yesterday alone, the last 7, 30 and 365 days with today. */
const PERIOD_DAYS: Record<RetentionPeriod, [number, number]> = {
  today: [TODAY, TODAY],
  yesterday: [TODAY - 1, TODAY - 1],
  week: [TODAY - 6, TODAY],
  month: [TODAY - 29, TODAY],
  year: [0, TODAY],
};

/** Answers added with their day index in the year (see yearDays). */
export class RetentionTally {
  private tally = RETENTION_PERIODS.map(() => ({ young: [0, 0], mature: [0, 0] }));

  add(answer: ReviewLogRecord, day: number, kind: AnswerKind): void {
    if (kind !== 'young' && kind !== 'mature') return;
    const outcome = answer.grade === 1 ? 1 : 0;
    for (let i = 0; i < RETENTION_PERIODS.length; i++) {
      const [from, to] = PERIOD_DAYS[RETENTION_PERIODS[i]];
      if (day >= from && day <= to) this.tally[i][kind][outcome]++;
    }
  }

  result(): RetentionRow[] {
    return RETENTION_PERIODS.map((period, i) => {
      const { young, mature } = this.tally[i];
      return { period, young: cell(young[0], young[1]), mature: cell(mature[0], mature[1]), total: cell(young[0] + mature[0], young[1] + mature[1]) };
    });
  }
}

/** Today; yesterday; the last 7, 30 and 365 study days, today included. */
export function trueRetention(answers: readonly ReviewLogRecord[], clock: StatsClock): RetentionRow[] {
  const starts = yearDays(clock);
  const tally = new RetentionTally();
  for (const answer of answers) tally.add(answer, dayIndex(starts, answer.reviewedAt), answerKind(answer));
  return tally.result();
}
