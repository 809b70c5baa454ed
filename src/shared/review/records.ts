// The rules that change progress records, as pure functions: the Dexie store (renderer/storage)
// reads records, calls these, and writes what they return in one transaction.
import type { StudyItem } from './items';
import type { DoneToday } from './queue';
import type { ReviewSettings } from './settings';
import {
  QUEUE_ACTIVE,
  QUEUE_BURIED,
  QUEUE_REMOVED,
  STATE_NEW,
  STATE_REVIEW,
  type CardStateRecord,
  type MemoryState,
  type ReviewLogRecord,
} from './types';

/** A never-answered item; `due` orders new items (their position in the deck). */
export function newMemory(position: number): MemoryState {
  return { state: STATE_NEW, due: position, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0 };
}

export function newRecord(item: Pick<StudyItem, 'key' | 'deckId' | 'card'>, position: number): CardStateRecord {
  return { key: item.key, deckId: item.deckId, cardId: item.card.id, queue: QUEUE_ACTIVE, leech: false, ...newMemory(position) };
}

/** The FSRS memory of a record, without where it sits in the queue. */
export function memoryOf(record: CardStateRecord): MemoryState {
  const { state, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, lastReview } = record;
  return { state, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, lastReview };
}

/**
 * The records to write so that a deck's records match its items: a new item gets a record (due =
 * its position in the deck), a record whose item left the deck is set aside (QUEUE_REMOVED, its
 * history kept), and one whose item came back is active again.
 */
export function reconcileItems(records: readonly CardStateRecord[], deckItems: readonly StudyItem[]): CardStateRecord[] {
  const known = new Set(records.map((record) => record.key));
  const current = new Set(deckItems.map((item) => item.key));
  const missing = deckItems.flatMap((item, position) => (known.has(item.key) ? [] : [newRecord(item, position)]));
  const moved = records.flatMap((record): CardStateRecord[] => {
    if (!current.has(record.key) && record.queue !== QUEUE_REMOVED) return [{ ...record, queue: QUEUE_REMOVED }];
    if (current.has(record.key) && record.queue === QUEUE_REMOVED) return [{ ...record, queue: QUEUE_ACTIVE }];
    return [];
  });
  return [...missing, ...moved];
}

/** Buried records whose day is over, back in the queue. */
export function unburied(buried: readonly CardStateRecord[], now: number): CardStateRecord[] {
  return buried
    .filter((record) => record.queue === QUEUE_BURIED && (record.buriedUntil ?? 0) <= now)
    .map((record): CardStateRecord => ({ ...record, queue: QUEUE_ACTIVE, buriedUntil: undefined }));
}

/** What today's log lines count against the daily limits: answers, minus the ones undone. */
export function countDoneToday(logs: readonly ReviewLogRecord[]): DoneToday {
  const undone = new Set(logs.filter((log) => log.kind === 'undo').map((log) => log.undoes));
  const answers = logs.filter((log) => log.kind === 'answer' && !undone.has(log.uid));
  return {
    newIntroduced: answers.filter((log) => !log.before || log.before.state === STATE_NEW).length,
    reviews: answers.filter((log) => log.before?.state === STATE_REVIEW).length,
    studied: [...new Set(answers.map((log) => log.key))],
  };
}

/** The record after an answer: the scheduler's new memory, back in the queue; a leech stays one until forgotten. */
export function answeredRecord(item: StudyItem, previous: CardStateRecord | undefined, after: MemoryState, settings: ReviewSettings): CardStateRecord {
  return {
    ...after,
    key: item.key,
    deckId: item.deckId,
    cardId: item.card.id,
    queue: QUEUE_ACTIVE,
    leech: (previous?.leech ?? false) || after.lapses >= settings.leechThreshold,
  };
}

/** The record once an answer is undone: the memory before it (a first answer makes the item new again, first of the new ones). */
export function undoneRecord(answer: ReviewLogRecord, current: CardStateRecord | undefined): CardStateRecord {
  const { key, deckId, cardId } = answer;
  return { key, deckId, cardId, leech: current?.leech ?? false, ...(answer.before ?? newMemory(-1)), queue: QUEUE_ACTIVE };
}

/** FNV-1a over a deck's item keys: cheap, stable, enough to notice that the items changed. */
export function itemsFingerprint(items: readonly Pick<StudyItem, 'key'>[]): string {
  let hash = 0x811c9dc5;
  for (const { key } of items) {
    for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0x0a, 0x01000193);
  }
  return `${items.length}:${(hash >>> 0).toString(16)}`;
}

export function groupByDeck<T extends { deckId: string }>(items: readonly T[]): Map<string, T[]> {
  const byDeck = new Map<string, T[]>();
  for (const item of items) {
    const deckItems = byDeck.get(item.deckId);
    if (deckItems) deckItems.push(item);
    else byDeck.set(item.deckId, [item]);
  }
  return byDeck;
}
