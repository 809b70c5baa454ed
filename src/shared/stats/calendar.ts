// Calendar heat-map: answers per study day over the past year, days studied and streaks.
import type { ReviewLogRecord } from '../review/types';
import { dayIndex, dayStarts, type StatsClock } from './input';

export interface CalendarStats {
  /** One entry per day, oldest first; the last is today. */
  days: { start: number; count: number }[];
  daysStudied: number;
  /** Days in a row with answers, ending today (or yesterday while today has none yet). */
  currentStreak: number;
  longestStreak: number;
}

/** Answers counted by day: `starts` are the day starts, oldest first, the last one tomorrow's. */
export class CalendarTally {
  private counts: number[];

  constructor(private readonly starts: readonly number[]) {
    this.counts = new Array<number>(starts.length - 1).fill(0);
  }

  /** `day` indexes `starts`; days outside are ignored. */
  add(day: number): void {
    if (day >= 0 && day < this.counts.length) this.counts[day]++;
  }

  result(): CalendarStats {
    const { counts } = this;
    let longest = 0;
    let run = 0;
    for (const count of counts) {
      run = count > 0 ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    let current = 0;
    let index = counts[counts.length - 1] > 0 ? counts.length - 1 : counts.length - 2;
    while (index >= 0 && counts[index] > 0) {
      current++;
      index--;
    }
    return {
      days: counts.map((count, i) => ({ start: this.starts[i], count })),
      daysStudied: counts.filter((count) => count > 0).length,
      currentStreak: current,
      longestStreak: longest,
    };
  }
}

export function calendar(answers: readonly ReviewLogRecord[], clock: StatsClock, days = 365): CalendarStats {
  const starts = dayStarts(clock, -(days - 1), 1);
  const tally = new CalendarTally(starts);
  for (const answer of answers) tally.add(dayIndex(starts, answer.reviewedAt));
  return tally.result();
}
