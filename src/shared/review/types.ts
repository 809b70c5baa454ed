// Progress records, as IndexedDB keeps them and backups carry them. Dates are epoch milliseconds
// so that records compare and serialise without conversion.

/** FSRS memory state of one study item. */
/** Memory states, as ts-fsrs numbers them (its State enum). */
export const STATE_NEW = 0;
export const STATE_LEARNING = 1;
export const STATE_REVIEW = 2;
export const STATE_RELEARNING = 3;
export type MemoryStateKind = typeof STATE_NEW | typeof STATE_LEARNING | typeof STATE_REVIEW | typeof STATE_RELEARNING;

export interface MemoryState {
  state: MemoryStateKind;
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview?: number;
}

/**
 * Where an item sits in the queue: active, suspended by the student, buried until a day, or
 * removed from its deck (kept with its history, active again if the card comes back).
 */
export const QUEUE_ACTIVE = 0;
export const QUEUE_SUSPENDED = -1;
export const QUEUE_BURIED = -2;
export const QUEUE_REMOVED = -3;
export type QueueFlag = typeof QUEUE_ACTIVE | typeof QUEUE_SUSPENDED | typeof QUEUE_BURIED | typeof QUEUE_REMOVED;

export interface CardStateRecord extends MemoryState {
  /** Study item key: `deckId/cardId` plus `#reverse` or `#N` (cloze gap) for sibling items. */
  key: string;
  deckId: string;
  cardId: string;
  queue: QueueFlag;
  /** For buried items: when they come back (start of the next study day). */
  buriedUntil?: number;
  /** Answered Again many times: the card probably needs rewriting or another approach. */
  leech: boolean;
}

export type Grade = 1 | 2 | 3 | 4;

/** One line of the append-only review log. An undo is a line of its own that names the answer it undoes. */
export interface ReviewLogRecord {
  id?: number;
  /** Unique across devices and backups, so merging logs never duplicates a line. */
  uid: string;
  key: string;
  deckId: string;
  cardId: string;
  kind: 'answer' | 'undo';
  reviewedAt: number;
  /** For answers: the grade given. */
  grade?: Grade;
  /** For undos: the uid of the answer undone. */
  undoes?: string;
  /** State before and after this line (undefined before: the item was new). */
  before?: MemoryState;
  after?: MemoryState;
  durationMs: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}
