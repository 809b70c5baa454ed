// "Card counts": where every card in scope stands. Suspended and buried come first (whatever
// their memory state), then new, learning (relearning included), young and mature.
import { QUEUE_BURIED, QUEUE_SUSPENDED, type CardStateRecord, STATE_NEW, STATE_REVIEW } from '../review/types';
import { MATURE_DAYS } from './input';

export const COUNT_KINDS = ['new', 'learning', 'young', 'mature', 'suspended', 'buried'] as const;
export type CountKind = (typeof COUNT_KINDS)[number];

export function countKind(state: CardStateRecord): CountKind {
  if (state.queue === QUEUE_SUSPENDED) return 'suspended';
  if (state.queue === QUEUE_BURIED) return 'buried';
  if (state.state === STATE_NEW) return 'new';
  if (state.state === STATE_REVIEW) return state.scheduledDays >= MATURE_DAYS ? 'mature' : 'young';
  return 'learning';
}

export function cardCounts(states: readonly CardStateRecord[]): Record<CountKind, number> & { total: number } {
  const counts = { new: 0, learning: 0, young: 0, mature: 0, suspended: 0, buried: 0, total: 0 };
  for (const state of states) {
    counts[countKind(state)]++;
    counts.total++;
  }
  return counts;
}
