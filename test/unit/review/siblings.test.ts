// Siblings apart, as Anki does: once one gap of a cloze or one side of a reversed card is studied
// or queued today, its new and review siblings wait for the next day (each setting on its own).
import { describe, expect, it } from 'vitest';
import { buildQueue, type QueueInput } from '../../../src/shared/review/queue';
import { DEFAULT_SETTINGS } from '../../../src/shared/review/settings';
import { SiblingGate, siblingGroup } from '../../../src/shared/review/siblings';

const NOW = Date.UTC(2026, 10, 27, 12);
const both = { ...DEFAULT_SETTINGS, newPerDay: 10 };
const none = { ...both, buryNewSiblings: false, buryReviewSiblings: false };
const queue = (input: Partial<QueueInput>) =>
  buildQueue({ settings: both, dueStates: [], newKeys: [], doneToday: { newIntroduced: 0, reviews: 0, studied: [] }, ...input });
const keys = (q: ReturnType<typeof buildQueue>) => ({ learning: q.learning.map((e) => e.key), reviews: q.reviews.map((e) => e.key), news: q.news.map((e) => e.key) });

describe('sibling groups', () => {
  it('are the card an item belongs to', () => {
    expect(['d/c#1', 'd/c#3', 'd/c#reverse', 'd/c'].map(siblingGroup)).toEqual(['d/c', 'd/c', 'd/c', 'd/c']);
    expect(siblingGroup('d/other#1')).not.toBe(siblingGroup('d/c#1'));
  });
});

describe('today’s queue with siblings', () => {
  it('takes one gap of a three-gap cloze a day, and the next gap the next day', () => {
    const newKeys = ['d/c#1', 'd/c#2', 'd/c#3', 'd/b'];
    expect(keys(queue({ newKeys })).news).toEqual(['d/c#1', 'd/b']);
    // Gap 1 was answered today: gaps 2 and 3 wait.
    expect(keys(queue({ newKeys: newKeys.slice(1), doneToday: { newIntroduced: 1, reviews: 0, studied: ['d/c#1'] } })).news).toEqual(['d/b']);
    // The next day nothing was studied yet: gap 2 comes.
    expect(keys(queue({ newKeys: newKeys.slice(1) })).news).toEqual(['d/c#2', 'd/b']);
  });

  it('keeps the two sides of a reversed card on different days', () => {
    expect(keys(queue({ newKeys: ['d/r', 'd/r#reverse'] })).news).toEqual(['d/r']);
    const dueStates = [
      { key: 'd/r', state: 2 as const, due: NOW - 2000 },
      { key: 'd/r#reverse', state: 2 as const, due: NOW - 1000 },
    ];
    expect(keys(queue({ dueStates })).reviews).toEqual(['d/r']);
  });

  it('holds a new sibling back behind a review or a learning sibling, never a learning one', () => {
    const dueStates = [
      { key: 'd/c#1', state: 2 as const, due: NOW },
      { key: 'd/l#1', state: 1 as const, due: NOW },
      { key: 'd/l#2', state: 3 as const, due: NOW + 1000 },
    ];
    expect(keys(queue({ dueStates, newKeys: ['d/c#2', 'd/l#3', 'd/x'] }))).toEqual({ learning: ['d/l#1', 'd/l#2'], reviews: ['d/c#1'], news: ['d/x'] });
  });

  it('follows each setting on its own, and lets everything through with both off', () => {
    const dueStates = [
      { key: 'd/r', state: 2 as const, due: NOW - 2000 },
      { key: 'd/r#reverse', state: 2 as const, due: NOW - 1000 },
    ];
    const newKeys = ['d/c#1', 'd/c#2'];
    expect(keys(queue({ settings: { ...both, buryReviewSiblings: false }, dueStates, newKeys }))).toEqual({ learning: [], reviews: ['d/r', 'd/r#reverse'], news: ['d/c#1'] });
    expect(keys(queue({ settings: { ...both, buryNewSiblings: false }, dueStates, newKeys }))).toEqual({ learning: [], reviews: ['d/r'], news: ['d/c#1', 'd/c#2'] });
    expect(keys(queue({ settings: none, dueStates, newKeys }))).toEqual({ learning: [], reviews: ['d/r', 'd/r#reverse'], news: ['d/c#1', 'd/c#2'] });
  });

  it('counts the daily limit on the items it takes, not on those held back', () => {
    const newKeys = ['d/a#1', 'd/a#2', 'd/b#1', 'd/b#2', 'd/c'];
    expect(keys(queue({ settings: { ...both, newPerDay: 3 }, newKeys })).news).toEqual(['d/a#1', 'd/b#1', 'd/c']);
  });

  it('does not hold an item back because of its own answer today (a forgotten card studied again)', () => {
    const gate = new SiblingGate(both, ['d/c#1']);
    expect(gate.admit('d/c#1', 'new')).toBe(true);
    expect(gate.admit('d/c#2', 'new')).toBe(false);
  });
});
