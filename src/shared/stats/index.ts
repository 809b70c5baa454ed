// Everything the statistics page shows, prepared in one call from card states and the review
// log (both unfiltered: the scope is applied here).
import type { CardType } from '../decks/types';
import type { CardStateRecord, ReviewLogRecord } from '../review/types';
import { answerButtons, hourly, inPeriod, type ButtonsStats, type HourRow } from './buttons';
import { calendar, type CalendarStats } from './calendar';
import { cardCounts } from './counts';
import { memoryDistributions, type MemoryDistributions } from './distributions';
import { forecast, type ForecastStats } from './forecast';
import { countedAnswers, statesInScope, type StatsClock, type StatsScope } from './input';
import { trueRetention, type RetentionRow } from './retention';
import { reviewsPerDay, type ReviewsStats } from './reviews';
import { todayStats, type TodayStats } from './today';

/** Days the period selector offers: the past (reviews, buttons, hours) and the future (forecast). */
export const PERIODS = [30, 90, 365] as const;
export type PeriodDays = (typeof PERIODS)[number];

export interface StatsInput extends StatsClock {
  states: readonly CardStateRecord[];
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
  /** Counted answers in scope, all time: zero means nothing was studied yet. */
  answerCount: number;
}

export function prepareStats(input: StatsInput): Stats {
  const clock = { now: input.now, dayStartHour: input.dayStartHour };
  const answers = countedAnswers(input.logs, input.scope);
  const states = statesInScope(input.states, input.scope);
  const recent = inPeriod(answers, clock, input.days);
  return {
    today: todayStats(answers, clock, input.typeOf),
    forecast: forecast(states, clock, input.days),
    calendar: calendar(answers, clock),
    reviews: reviewsPerDay(recent, clock, input.days),
    counts: cardCounts(states),
    memory: memoryDistributions(states, input.now),
    retention: trueRetention(answers, clock),
    buttons: answerButtons(recent),
    hourly: hourly(recent),
    answerCount: answers.length,
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
