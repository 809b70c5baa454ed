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

export function calendar(answers: readonly ReviewLogRecord[], clock: StatsClock, days = 365): CalendarStats {
  const starts = dayStarts(clock, -(days - 1), 1);
  const counts = new Array<number>(days).fill(0);
  for (const answer of answers) {
    const index = dayIndex(starts, answer.reviewedAt);
    if (index >= 0 && index < days) counts[index]++;
  }
  let longest = 0;
  let run = 0;
  for (const count of counts) {
    run = count > 0 ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  let current = 0;
  let index = counts[days - 1] > 0 ? days - 1 : days - 2;
  while (index >= 0 && counts[index] > 0) {
    current++;
    index--;
  }
  return {
    days: counts.map((count, i) => ({ start: starts[i], count })),
    daysStudied: counts.filter((count) => count > 0).length,
    currentStreak: current,
    longestStreak: longest,
  };
}
