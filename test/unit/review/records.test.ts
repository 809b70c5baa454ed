// The rules that change progress records (the Dexie store only reads and writes what they give).
import { describe, expect, it } from 'vitest';
import { missedQuestions, requeueMistakes, FRONT_OF_NEW_ITEMS } from '../../../src/shared/exam/mistakes';
import type { QuestionItem } from '../../../src/shared/exam/questions';
import type { StudyItem } from '../../../src/shared/review/items';
import { answeredRecord, countDoneToday, newMemory, newRecord, reconcileItems, unburied, undoneRecord } from '../../../src/shared/review/records';
import { DEFAULT_SETTINGS } from '../../../src/shared/review/settings';
import {
  QUEUE_ACTIVE,
  QUEUE_BURIED,
  QUEUE_REMOVED,
  QUEUE_SUSPENDED,
  STATE_LEARNING,
  STATE_NEW,
  STATE_REVIEW,
  type CardStateRecord,
  type MemoryState,
  type ReviewLogRecord,
} from '../../../src/shared/review/types';

const NOW = Date.UTC(2026, 11, 4, 9);
const item = (id: string): StudyItem => ({ key: `d/${id}`, deckId: 'd', side: { kind: 'front' }, tags: [], card: { id, type: 'basic', front: 'f', back: 'b', tags: [] } }) as unknown as StudyItem;
const studied = (id: string, memory: Partial<MemoryState> = {}, record: Partial<CardStateRecord> = {}): CardStateRecord => ({
  ...newRecord(item(id), 0),
  ...memory,
  state: memory.state ?? STATE_REVIEW,
  reps: 3,
  ...record,
});

describe('records follow their deck’s items', () => {
  it('adds new items at their position, sets aside the ones that left, brings back the ones that returned', () => {
    const records = [studied('a'), studied('gone'), studied('back', {}, { queue: QUEUE_REMOVED })];
    const written = reconcileItems(records, [item('a'), item('fresh'), item('back')]);
    expect(written).toEqual([
      { ...newRecord(item('fresh'), 1) },
      { ...records[1], queue: QUEUE_REMOVED },
      { ...records[2], queue: QUEUE_ACTIVE },
    ]);
    expect(reconcileItems([...written, records[0]].filter((r) => r.key !== 'd/gone'), [item('a'), item('fresh'), item('back')])).toEqual([]);
  });

  it.each([
    ['whose day is over', NOW - 1, true],
    ['still buried today', NOW + 1, false],
  ])('brings back a buried item %s', (_, buriedUntil, back) => {
    const buried = studied('a', {}, { queue: QUEUE_BURIED, buriedUntil });
    expect(unburied([buried], NOW)).toEqual(back ? [{ ...buried, queue: QUEUE_ACTIVE, buriedUntil: undefined }] : []);
  });
});

describe('today’s counts', () => {
  const log = (uid: string, before: MemoryState | undefined, extra: Partial<ReviewLogRecord> = {}): ReviewLogRecord => ({
    uid, key: `d/${uid}`, deckId: 'd', cardId: uid, kind: 'answer', reviewedAt: NOW, grade: 3, before, durationMs: 1000, ...extra,
  });
  it('count new cards and reviews answered, minus the answers undone', () => {
    const review = { ...newMemory(0), state: STATE_REVIEW } as MemoryState;
    const learning = { ...newMemory(0), state: STATE_LEARNING } as MemoryState;
    const logs = [
      log('n1', undefined),
      log('n2', newMemory(3)),
      log('r1', review),
      log('r2', review),
      log('l1', learning),
      log('u1', undefined, { key: 'd/r2', kind: 'undo', undoes: 'r2' }),
    ];
    expect(countDoneToday(logs)).toEqual({ newIntroduced: 2, reviews: 1, studied: ['d/n1', 'd/n2', 'd/r1', 'd/l1'] });
  });
});

describe('answers and undo', () => {
  const after = (lapses: number) => ({ ...newMemory(0), state: STATE_REVIEW, lapses, reps: 9, due: NOW + 86_400_000 }) as MemoryState;
  it.each([
    ['below the leech threshold', undefined, DEFAULT_SETTINGS.leechThreshold - 1, false],
    ['at the leech threshold', undefined, DEFAULT_SETTINGS.leechThreshold, true],
    ['once a leech, until forgotten', studied('a', {}, { leech: true }), 0, true],
  ])('mark a card answered %s', (_, previous, lapses, leech) => {
    const record = answeredRecord(item('a'), previous, after(lapses), DEFAULT_SETTINGS);
    expect(record).toMatchObject({ key: 'd/a', queue: QUEUE_ACTIVE, lapses, leech });
  });

  it('undoing a first answer makes the item new again, first of the new ones; undoing a review restores its memory', () => {
    const first: ReviewLogRecord = { uid: 'x', key: 'd/a', deckId: 'd', cardId: 'a', kind: 'answer', reviewedAt: NOW, durationMs: 0 };
    expect(undoneRecord(first, studied('a', {}, { leech: true }))).toEqual({ ...newRecord(item('a'), -1), leech: true });
    const before = { ...newMemory(0), state: STATE_REVIEW, stability: 12, due: NOW - 1 } as MemoryState;
    expect(undoneRecord({ ...first, before }, undefined)).toEqual({ key: 'd/a', deckId: 'd', cardId: 'a', leech: false, queue: QUEUE_ACTIVE, ...before });
  });
});

describe('review my mistakes', () => {
  const question = (id: string) => ({ ...item(id), card: { id, type: 'mcq', question: 'q', choices: [] } }) as unknown as QuestionItem;
  it('makes studied items due now, never-studied ones first of the new, leaves suspended ones and skips removed ones', () => {
    const missed = [question('seen'), question('buried'), question('never'), question('unknown'), question('suspended'), question('removed')];
    const states = [
      studied('seen', { due: NOW + 10 }),
      studied('buried', {}, { queue: QUEUE_BURIED, buriedUntil: NOW + 5 }),
      { ...newRecord(item('never'), 7) },
      undefined,
      studied('suspended', {}, { queue: QUEUE_SUSPENDED }),
      studied('removed', {}, { queue: QUEUE_REMOVED }),
    ];
    const { updates, queued } = requeueMistakes(missed, states, NOW);
    expect(queued).toEqual({ dueNow: 2, firstNew: 2, suspended: 1 });
    expect(updates.map((r) => [r.key, r.queue, r.due, r.state])).toEqual([
      ['d/seen', QUEUE_ACTIVE, NOW, STATE_REVIEW],
      ['d/buried', QUEUE_ACTIVE, NOW, STATE_REVIEW],
      ['d/never', QUEUE_ACTIVE, FRONT_OF_NEW_ITEMS, STATE_NEW],
      ['d/unknown', QUEUE_ACTIVE, FRONT_OF_NEW_ITEMS, STATE_NEW],
    ]);
    expect(updates[1].buriedUntil).toBeUndefined();
  });

  it('takes the questions not fully right of a submitted attempt only', () => {
    const questions = [question('a'), question('b'), question('c')];
    const outcomes = ['correct', 'partial', 'incorrect'] as const;
    const record = { questions, score: { questions: outcomes.map((outcome) => ({ outcome, points: 0 })) } } as never;
    expect(missedQuestions(record).map((q) => q.key)).toEqual(['d/b', 'd/c']);
    expect(() => missedQuestions({ questions } as never)).toThrow(/not been submitted/);
  });
});
