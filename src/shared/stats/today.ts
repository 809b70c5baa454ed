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

class RowTally {
  private keys = new Set<string>();
  private answers = 0;
  private timeMs = 0;
  private again = 0;

  add(answer: ReviewLogRecord): void {
    this.keys.add(answer.key);
    this.answers++;
    this.timeMs += answer.durationMs;
    if (answer.grade === 1) this.again++;
  }

  row(): TodayRow {
    const { answers, again, timeMs } = this;
    return { cards: this.keys.size, answers, timeMs, again, correctRate: rate(answers - again, answers) };
  }
}

/** Today's answers, added one at a time (the caller keeps to today); `type` is the card's, when still in a deck. */
export class TodayTally {
  private total = new RowTally();
  private byType = new Map<CardType, RowTally>();

  add(answer: ReviewLogRecord, type: CardType | undefined): void {
    this.total.add(answer);
    if (!type) return;
    let tally = this.byType.get(type);
    if (!tally) this.byType.set(type, (tally = new RowTally()));
    tally.add(answer);
  }

  result(): TodayStats {
    return {
      total: this.total.row(),
      byType: [...this.byType].sort(([a], [b]) => a.localeCompare(b)).map(([type, tally]) => ({ type, row: tally.row() })),
    };
  }
}

/** `typeOf` gives a card's type from its item key (undefined for cards no longer in a deck). */
export function todayStats(answers: readonly ReviewLogRecord[], clock: StatsClock, typeOf: (key: string) => CardType | undefined): TodayStats {
  const [start] = dayStarts(clock, 0, 0);
  const tally = new TodayTally();
  for (const answer of answers) if (answer.reviewedAt >= start && answer.reviewedAt <= clock.now) tally.add(answer, typeOf(answer.key));
  return tally.result();
}
