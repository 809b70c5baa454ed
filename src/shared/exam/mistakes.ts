// "Review my mistakes" after a quiz or an exam, as a pure rule: which items go back into the
// review queue and how. The exam store reads their records and writes what this returns at once.
import { newRecord } from '../review/records';
import { QUEUE_ACTIVE, QUEUE_BURIED, QUEUE_REMOVED, STATE_NEW, type CardStateRecord } from '../review/types';
import type { AttemptRecord } from './attempt';
import type { QuestionItem } from './questions';

/** New items put first in line: new items are ordered by `due`, their position in the deck (0, 1, …). */
export const FRONT_OF_NEW_ITEMS = -1;

/** What "review my mistakes" did. */
export interface MistakesQueued {
  /** Studied items now due. */
  dueNow: number;
  /** Never-studied items moved to the front of the new items. */
  firstNew: number;
  /** Items the student suspended: left suspended. */
  suspended: number;
}

/** The questions of a submitted attempt that were not fully right. */
export function missedQuestions(record: AttemptRecord): QuestionItem[] {
  const score = record.score;
  if (!score) throw new Error('the attempt has not been submitted');
  return record.questions.filter((_, index) => score.questions[index].outcome !== 'correct');
}

/**
 * A studied item becomes due now, its FSRS memory untouched (the next review grades it as usual);
 * a buried one comes back. A never-studied item stays new (it has no memory to schedule yet) but
 * moves to the front of the new items, so it is introduced first, within the daily limit of new
 * cards. Suspended items stay suspended: the student chose that. Items that left their deck are skipped.
 */
export function requeueMistakes(missed: readonly QuestionItem[], states: readonly (CardStateRecord | undefined)[], now: number): { updates: CardStateRecord[]; queued: MistakesQueued } {
  const queued: MistakesQueued = { dueNow: 0, firstNew: 0, suspended: 0 };
  const updates: CardStateRecord[] = [];
  missed.forEach((item, index) => {
    const state = states[index] ?? newRecord(item, FRONT_OF_NEW_ITEMS);
    if (state.queue === QUEUE_REMOVED) return;
    if (state.queue !== QUEUE_ACTIVE && state.queue !== QUEUE_BURIED) {
      queued.suspended++;
      return;
    }
    const back = { ...state, queue: QUEUE_ACTIVE, buriedUntil: undefined } as const;
    if (state.state === STATE_NEW) {
      updates.push({ ...back, due: FRONT_OF_NEW_ITEMS });
      queued.firstNew++;
    } else {
      updates.push({ ...back, due: now });
      queued.dueNow++;
    }
  });
  return { updates, queued };
}
