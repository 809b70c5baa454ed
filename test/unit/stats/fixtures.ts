// Hand-made progress for the statistics tests: dates in local time, so the answers hold in any zone.
import type { CardStateRecord, Grade, MemoryState, ReviewLogRecord } from '../../../src/shared/review/types';

/** 10 June 2026 at `hour`, shifted by `dayOffset` days. */
export const at = (dayOffset: number, hour = 10, minute = 0) => new Date(2026, 5, 10 + dayOffset, hour, minute).getTime();
export const NOW = at(0, 18);
export const CLOCK = { now: NOW, dayStartHour: 4 };

let counter = 0;

export function memory(state: MemoryState['state'], scheduledDays = 0, extra: Partial<MemoryState> = {}): MemoryState {
  return { state, due: NOW, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays, learningSteps: 0, reps: 1, lapses: 0, ...extra };
}

export function answer(reviewedAt: number, grade: Grade, before?: MemoryState, extra: Partial<ReviewLogRecord> = {}): ReviewLogRecord {
  counter++;
  return { uid: `u${counter}`, key: 'd/c1', deckId: 'd', cardId: 'c1', kind: 'answer', reviewedAt, grade, before, durationMs: 10_000, ...extra };
}

export function undo(of: ReviewLogRecord, reviewedAt = of.reviewedAt + 1000): ReviewLogRecord {
  counter++;
  return { uid: `u${counter}`, key: of.key, deckId: of.deckId, cardId: of.cardId, kind: 'undo', reviewedAt, undoes: of.uid, durationMs: 0 };
}

export function cardState(key: string, memoryState: MemoryState, extra: Partial<CardStateRecord> = {}): CardStateRecord {
  const [deckId, cardId] = key.split('/');
  return { key, deckId, cardId, queue: 0, leech: false, ...memoryState, ...extra };
}
