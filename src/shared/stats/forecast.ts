// "Future due": reviews due on each of the coming days, with a running total, and the backlog
// (cards already overdue, due before today began).
import { QUEUE_SUSPENDED, type CardStateRecord, STATE_NEW } from '../review/types';
import { dayIndex, dayStarts, type StatsClock } from './input';

export interface ForecastStats {
  /** perDay[0] is today (overdue cards included), perDay[i] the i-th day after. */
  perDay: number[];
  /** Running total: cumulative[i] = perDay[0] + … + perDay[i]. */
  cumulative: number[];
  /** Cards due before today's study day began. */
  overdue: number;
  /** Cards due before the end of today, overdue ones included. */
  dueToday: number;
}

/** Suspended and new cards are not due; buried ones still count on their due day. */
export function forecast(states: readonly CardStateRecord[], clock: StatsClock, days: number): ForecastStats {
  const starts = dayStarts(clock, 0, days);
  const perDay = new Array<number>(days).fill(0);
  let overdue = 0;
  for (const state of states) {
    if (state.state === STATE_NEW || state.queue === QUEUE_SUSPENDED) continue;
    if (state.due < starts[0]) overdue++;
    const index = Math.max(0, dayIndex(starts, state.due));
    if (index < days) perDay[index]++;
  }
  let running = 0;
  const cumulative = perDay.map((count) => (running += count));
  return { perDay, cumulative, overdue, dueToday: perDay[0] ?? 0 };
}
