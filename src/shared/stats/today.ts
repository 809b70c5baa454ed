// "Today": what was studied since the study day began, in all and per card type.
import type { CardType } from '../decks/types';
import type { ReviewLogRecord } from '../review/types';
import { dayStarts, rate, type StatsClock } from './input';

export interface TodayRow {
  /** Distinct cards answered, and answers given (a card in learning is answered several times). */
  cards: number;
  answers: number;
  timeMs: number;
  again: number;
  /** Answers other than Again, as a share of all answers (undefined with no answer). */
  correctRate: number | undefined;
}

export interface TodayStats {
  total: TodayRow;
  /** Per card type, only the types answered today. */
  byType: { type: CardType; row: TodayRow }[];
}

function row(answers: readonly ReviewLogRecord[]): TodayRow {
  const cards = new Set(answers.map((answer) => answer.key)).size;
  const again = answers.filter((answer) => answer.grade === 1).length;
  const timeMs = answers.reduce((sum, answer) => sum + answer.durationMs, 0);
  return { cards, answers: answers.length, timeMs, again, correctRate: rate(answers.length - again, answers.length) };
}

/** `typeOf` gives a card's type from its item key (undefined for cards no longer in a deck). */
export function todayStats(answers: readonly ReviewLogRecord[], clock: StatsClock, typeOf: (key: string) => CardType | undefined): TodayStats {
  const [start] = dayStarts(clock, 0, 0);
  const today = answers.filter((answer) => answer.reviewedAt >= start && answer.reviewedAt <= clock.now);
  const byType = new Map<CardType, ReviewLogRecord[]>();
  for (const answer of today) {
    const type = typeOf(answer.key);
    if (type) byType.set(type, [...(byType.get(type) ?? []), answer]);
  }
  return {
    total: row(today),
    byType: [...byType].sort(([a], [b]) => a.localeCompare(b)).map(([type, list]) => ({ type, row: row(list) })),
  };
}
