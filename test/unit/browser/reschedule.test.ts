import { describe, expect, it } from 'vitest';
import { DueSpecError, parseDueSpec, setDueDate, studyNow, studyDayAfter } from '../../../src/shared/browser/reschedule';
import { QUEUE_ACTIVE, QUEUE_BURIED, QUEUE_SUSPENDED, type CardStateRecord } from '../../../src/shared/review/types';

const NOW = new Date(2026, 5, 10, 18).getTime();
const CLOCK = { now: NOW, dayStartHour: 4 };

function record(extra: Partial<CardStateRecord> = {}): CardStateRecord {
  return {
    key: 'd/c', deckId: 'd', cardId: 'c', queue: QUEUE_ACTIVE, leech: false,
    state: 2, due: new Date(2026, 5, 30, 9).getTime(), stability: 20, difficulty: 5, elapsedDays: 0, scheduledDays: 20, learningSteps: 0, reps: 4, lapses: 1,
    lastReview: new Date(2026, 5, 10, 9).getTime(), ...extra,
  };
}

const problem = (text: string) => {
  try {
    parseDueSpec(text);
  } catch (error) {
    return (error as DueSpecError).code;
  }
  return undefined;
};

describe('set due date input', () => {
  it('reads a day, a range and the interval mark', () => {
    expect(parseDueSpec('0')).toEqual({ from: 0, to: 0, setInterval: false });
    expect(parseDueSpec(' 3 - 7 ')).toEqual({ from: 3, to: 7, setInterval: false });
    expect(parseDueSpec('5!')).toEqual({ from: 5, to: 5, setInterval: true });
    expect(parseDueSpec('1-2!')).toEqual({ from: 1, to: 2, setInterval: true });
  });

  it('names what is wrong', () => {
    expect(problem('')).toBe('empty');
    expect(problem('-3')).toBe('format');
    expect(problem('demain')).toBe('format');
    expect(problem('2.5')).toBe('format');
    expect(problem('7-3')).toBe('order');
    expect(problem('40000')).toBe('tooFar');
  });
});

describe('set due date', () => {
  it('moves a review card to the start of the study day chosen, keeping its memory', () => {
    const moved = setDueDate(record(), { from: 3, to: 3, setInterval: false }, CLOCK)!;
    expect(moved.due).toBe(new Date(2026, 5, 13, 4).getTime());
    expect(moved).toMatchObject({ scheduledDays: 20, stability: 20, reps: 4, lapses: 1, state: 2 });
    expect(setDueDate(record(), { from: 0, to: 0, setInterval: true }, CLOCK)).toMatchObject({ due: new Date(2026, 5, 10, 4).getTime(), scheduledDays: 0 });
  });

  it('before 4 a.m., "today" is still the study day that began yesterday', () => {
    const night = { now: new Date(2026, 5, 11, 2).getTime(), dayStartHour: 4 };
    expect(studyDayAfter(night, 1)).toBe(new Date(2026, 5, 11, 4).getTime());
  });

  it('picks a day in the range for each card, ends included', () => {
    const spec = { from: 3, to: 5, setInterval: true };
    expect(setDueDate(record(), spec, CLOCK, () => 0)!.scheduledDays).toBe(3);
    expect(setDueDate(record(), spec, CLOCK, () => 0.999)!.scheduledDays).toBe(5);
    expect(setDueDate(record(), spec, CLOCK, () => 0.5)).toMatchObject({ scheduledDays: 4, due: new Date(2026, 5, 14, 4).getTime() });
  });

  it('leaves a new card alone: its due is a place among new cards, not a date', () => {
    expect(setDueDate(record({ state: 0, due: 7 }), { from: 1, to: 1, setInterval: false }, CLOCK)).toBeUndefined();
  });
});

describe('study now', () => {
  it('brings a suspended or buried card back, due today', () => {
    const today = new Date(2026, 5, 10, 4).getTime();
    expect(studyNow(record({ queue: QUEUE_SUSPENDED }), CLOCK, undefined)).toMatchObject({ queue: QUEUE_ACTIVE, due: today });
    expect(studyNow(record({ queue: QUEUE_BURIED, buriedUntil: today + 86_400_000 }), CLOCK, undefined)).toMatchObject({ queue: QUEUE_ACTIVE, buriedUntil: undefined });
    // Already overdue: it keeps its place among the overdue cards.
    expect(studyNow(record({ due: today - 86_400_000 }), CLOCK, undefined).due).toBe(today - 86_400_000);
  });

  it('puts a new card ahead of the other new cards', () => {
    expect(studyNow(record({ state: 0, due: 12 }), CLOCK, 3).due).toBe(2);
    expect(studyNow(record({ state: 0, due: 12 }), CLOCK, -4).due).toBe(-5);
    expect(studyNow(record({ state: 0, due: 12 }), CLOCK, undefined).due).toBe(-1);
  });
});
