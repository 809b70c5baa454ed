import { describe, expect, it } from 'vitest';
import { canRestore, itemStatus } from '../../../src/shared/review/itemStatus';
import type { CardStateRecord } from '../../../src/shared/review/types';

const record = (over: Partial<CardStateRecord>): CardStateRecord => ({
  key: 'd/c', deckId: 'd', cardId: 'c', queue: 0, leech: false,
  state: 2, due: 1000, stability: 3, difficulty: 5, elapsedDays: 1, scheduledDays: 3, learningSteps: 0, reps: 2, lapses: 0,
  ...over,
});

describe('item status in the deck view', () => {
  it('names the scheduling state, with the due date of a review', () => {
    expect(itemStatus(undefined)).toEqual({ kind: 'new' });
    expect(itemStatus(record({ state: 0 }))).toEqual({ kind: 'new' });
    expect(itemStatus(record({ state: 1 }))).toEqual({ kind: 'learning' });
    expect(itemStatus(record({ state: 3 }))).toEqual({ kind: 'relearning' });
    expect(itemStatus(record({ state: 2, due: 5000 }))).toEqual({ kind: 'review', due: 5000 });
  });

  it('says first that an item is set aside, and only those can be brought back', () => {
    expect(itemStatus(record({ queue: -1 }))).toEqual({ kind: 'suspended' });
    expect(itemStatus(record({ queue: -2, buriedUntil: 9000 }))).toEqual({ kind: 'buried', until: 9000 });
    expect(canRestore(itemStatus(record({ queue: -1 })))).toBe(true);
    expect(canRestore(itemStatus(record({ queue: -2 })))).toBe(true);
    expect(canRestore(itemStatus(record({ queue: 0 })))).toBe(false);
  });
});
