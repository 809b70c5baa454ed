// The card browser's "Set due date" and "Study now": what they do to a card's record. Anki's
// "Set due date" is the model: a number of days from today ("0" today, "1" tomorrow), a range
// picked at random for each card ("3-7", to spread a batch), "!" to make it the new interval too.
import { studyDayStart } from '../review/day';
import { QUEUE_ACTIVE, type CardStateRecord, STATE_NEW } from '../review/types';

/** Days from today, the same for a single number (from = to). */
export interface DueSpec {
  from: number;
  to: number;
  /** "!": the interval becomes the days chosen, so the next answer schedules from it. */
  setInterval: boolean;
}

/** Furthest a due date may be set: a hundred years. */
export const MAX_DUE_DAYS = 36_500;

export type DueSpecProblem = 'empty' | 'format' | 'order' | 'tooFar';

export class DueSpecError extends Error {
  constructor(readonly code: DueSpecProblem) {
    super(`due date: ${code}`);
  }
}

/** Reads "0", "3", "3-7", "5!" or "3-7!" (spaces allowed around the numbers). */
export function parseDueSpec(text: string): DueSpec {
  const trimmed = text.trim();
  if (!trimmed) throw new DueSpecError('empty');
  const match = /^(\d+)\s*(?:-\s*(\d+))?\s*(!?)$/.exec(trimmed);
  if (!match) throw new DueSpecError('format');
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  if (to < from) throw new DueSpecError('order');
  if (to > MAX_DUE_DAYS) throw new DueSpecError('tooFar');
  return { from, to, setInterval: match[3] === '!' };
}

export interface DueClock {
  now: number;
  dayStartHour: number;
}

/** Start of the study day `days` after today (calendar days, so daylight saving keeps the hour). */
export function studyDayAfter(clock: DueClock, days: number): number {
  const day = new Date(studyDayStart(clock.now, clock.dayStartHour));
  day.setDate(day.getDate() + days);
  return day.getTime();
}

/**
 * The record with its due date moved to the start of a study day of `spec` (`random` in [0, 1)
 * picks the day in a range). A card being learned keeps its state: it is due that day. A new
 * card has no date to move (its `due` is its place among new cards): undefined, left as it is.
 */
export function setDueDate(record: CardStateRecord, spec: DueSpec, clock: DueClock, random: () => number = Math.random): CardStateRecord | undefined {
  if (record.state === STATE_NEW) return undefined;
  const days = spec.from + Math.floor(random() * (spec.to - spec.from + 1));
  return { ...record, due: studyDayAfter(clock, days), ...(spec.setInterval ? { scheduledDays: days } : {}) };
}

/**
 * Puts the card in today's queue: back from suspended or buried, due when today began, or, for a
 * new card, ahead of the deck's other new cards (`firstNewDue` is the smallest new position there).
 */
export function studyNow(record: CardStateRecord, clock: DueClock, firstNewDue: number | undefined): CardStateRecord {
  const active: CardStateRecord = { ...record, queue: QUEUE_ACTIVE, buriedUntil: undefined };
  if (record.state === STATE_NEW) return { ...active, due: Math.min(firstNewDue ?? 0, record.due) - 1 };
  return { ...active, due: Math.min(record.due, studyDayAfter(clock, 0)) };
}
