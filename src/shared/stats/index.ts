// Everything the statistics page shows, prepared in one call from card states and the review
// log (both unfiltered: the scope is applied here).
import type { CardType } from '../decks/types';
import { STATE_NEW, type CardStateRecord, type ReviewLogRecord } from '../review/types';
import { ButtonsTally, HourlyTally, type ButtonsStats, type HourRow } from './buttons';
import { CalendarTally, type CalendarStats } from './calendar';
import { cardCounts } from './counts';
import { memoryDistributions, type MemoryDistributions } from './distributions';
import { forecast, type ForecastStats } from './forecast';
import { answerKind, dayIndex, inScope, statesInScope, YEAR_DAYS, yearDays, type StatsClock, type StatsScope } from './input';
import { RetentionTally, type RetentionRow } from './retention';
import { ReviewsTally, type ReviewsStats } from './reviews';
import { TodayTally, type TodayStats } from './today';

/** Days the period selector offers: the past (reviews, buttons, hours) and the future (forecast). */
export const PERIODS = [30, 90, 365] as const;
export type PeriodDays = (typeof PERIODS)[number];

export interface StatsInput extends StatsClock {
  states: readonly CardStateRecord[];
  /** The log, or at least its lines since the first day of yearDays: no graph looks further back. */
  logs: readonly ReviewLogRecord[];
  scope: StatsScope;
  days: PeriodDays;
  typeOf: (key: string) => CardType | undefined;
}

export interface Stats {
  today: TodayStats;
  forecast: ForecastStats;
  calendar: CalendarStats;
  reviews: ReviewsStats;
  counts: ReturnType<typeof cardCounts>;
  memory: MemoryDistributions;
  retention: RetentionRow[];
  buttons: ButtonsStats;
  hourly: HourRow[];
  /** Counted answers in scope, in the lines given. */
  answerCount: number;
  /** Some answer counted, or some card in scope no longer new: false means nothing was studied yet. */
  studied: boolean;
}

/**
 * One pass over the log: the undo lines first (what they cancel), then every answer in scope is
 * placed on its day of the year once and added to each graph that shows it. Answers older than a
 * year, or after "now" (a clock set back), only count towards `answerCount`.
 */
export function prepareStats(input: StatsInput): Stats {
  const { logs, scope, now, days } = input;
  const clock = { now, dayStartHour: input.dayStartHour };
  const undone = new Set<string>();
  let undoneInScope = 0;
  for (const line of logs) {
    if (line.kind !== 'undo' || !line.undoes) continue;
    undone.add(line.undoes);
    // An undo line carries the key and deck of the answer it cancels, and each answer is undone at most once.
    if (inScope(scope, line)) undoneInScope++;
  }
  const starts = yearDays(clock);
  const today = YEAR_DAYS - 1;
  const periodStart = YEAR_DAYS - days;
  const todayTally = new TodayTally();
  const calendarTally = new CalendarTally(starts);
  const retentionTally = new RetentionTally();
  const reviewsTally = new ReviewsTally(starts.slice(periodStart));
  const buttonsTally = new ButtonsTally();
  const hourlyTally = new HourlyTally();
  let answersInScope = 0;
  for (const line of logs) {
    if (line.kind !== 'answer' || line.grade === undefined || !inScope(scope, line)) continue;
    answersInScope++;
    if (line.reviewedAt < starts[0] || line.reviewedAt > now || undone.has(line.uid)) continue;
    const day = dayIndex(starts, line.reviewedAt);
    const kind = answerKind(line);
    calendarTally.add(day);
    retentionTally.add(line, day, kind);
    if (day === today) todayTally.add(line, input.typeOf(line.key));
    if (day >= periodStart) {
      reviewsTally.add(line, day - periodStart, kind);
      buttonsTally.add(line, kind);
      hourlyTally.add(line);
    }
  }
  const states = statesInScope(input.states, scope);
  const answerCount = Math.max(0, answersInScope - undoneInScope);
  return {
    today: todayTally.result(),
    forecast: forecast(states, clock, days),
    calendar: calendarTally.result(),
    reviews: reviewsTally.result(),
    counts: cardCounts(states),
    memory: memoryDistributions(states, now),
    retention: retentionTally.result(),
    buttons: buttonsTally.result(),
    hourly: hourlyTally.result(),
    answerCount,
    // A card studied before the lines given (read from a year ago) is still studied.
    studied: answerCount > 0 || states.some((state) => state.state !== STATE_NEW),
  };
}

/** For the scope selector and "Today" per type: the keys carrying each topic, and each item's card type. */
export function indexItems(items: readonly { key: string; tags: readonly string[]; card: { type: CardType } }[]): { tags: Map<string, Set<string>>; types: Map<string, CardType> } {
  const tags = new Map<string, Set<string>>();
  const types = new Map<string, CardType>();
  for (const item of items) {
    types.set(item.key, item.card.type);
    for (const tag of item.tags) tags.set(tag, (tags.get(tag) ?? new Set()).add(item.key));
  }
  return { tags, types };
}
