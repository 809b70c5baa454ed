// What the deck view says about one study item: new, learning, due on a date, or set aside
// (suspended, buried) with the way back.
import { QUEUE_BURIED, QUEUE_SUSPENDED, type CardStateRecord, STATE_LEARNING, STATE_NEW, STATE_RELEARNING } from './types';

export type ItemStatus =
  | { kind: 'new' | 'learning' | 'relearning' }
  | { kind: 'review'; due: number }
  | { kind: 'suspended' }
  | { kind: 'buried'; until?: number };

/** The status of an item from its record (none yet: new). A set-aside item says so first. */
export function itemStatus(record: CardStateRecord | undefined): ItemStatus {
  if (!record) return { kind: 'new' };
  if (record.queue === QUEUE_SUSPENDED) return { kind: 'suspended' };
  if (record.queue === QUEUE_BURIED) return { kind: 'buried', until: record.buriedUntil };
  if (record.state === STATE_NEW) return { kind: 'new' };
  if (record.state === STATE_LEARNING) return { kind: 'learning' };
  if (record.state === STATE_RELEARNING) return { kind: 'relearning' };
  return { kind: 'review', due: record.due };
}

/** Suspended and buried items can be brought back from the deck view. */
export const canRestore = (status: ItemStatus) => status.kind === 'suspended' || status.kind === 'buried';
