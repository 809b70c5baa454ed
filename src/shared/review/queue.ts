// Today's study queue, as Anki builds it: learning items when due, then reviews due today, then
// new items, each within the daily limits, siblings apart. Pure: the storage layer gathers the
// inputs with indexed range queries, and this module decides the order. Every count the student
// sees (library, deck tiles, study screen) is `queueCounts` of such a queue.
import type { ReviewSettings } from './settings';
import { SiblingGate } from './siblings';
import { STATE_LEARNING, STATE_RELEARNING, STATE_REVIEW, type CardStateRecord, type MemoryState } from './types';

export type QueueKind = 'learning' | 'review' | 'new';

export interface QueueEntry {
  key: string;
  kind: QueueKind;
  due: number;
}

export interface Queue {
  learning: QueueEntry[];
  reviews: QueueEntry[];
  news: QueueEntry[];
}

export interface QueueInput {
  settings: ReviewSettings;
  /** Active items due before the next study day starts (learning, relearning and review). */
  dueStates: readonly Pick<CardStateRecord, 'key' | 'state' | 'due'>[];
  /** Keys of items never studied, in the order they should be introduced. */
  newKeys: readonly string[];
  /** What was already done today, for the daily limits. */
  doneToday: DoneToday;
}

export interface DoneToday {
  newIntroduced: number;
  reviews: number;
  /** Keys answered today: their siblings wait until tomorrow. */
  studied: readonly string[];
}

const isLearning = (state: number) => state === STATE_LEARNING || state === STATE_RELEARNING;

export function buildQueue({ settings, dueStates, newKeys, doneToday }: QueueInput): Queue {
  const gate = new SiblingGate(settings, doneToday.studied);
  const byDue = (a: QueueEntry, b: QueueEntry) => a.due - b.due || a.key.localeCompare(b.key);
  const learning = dueStates
    .filter((s) => isLearning(s.state))
    .map((s) => ({ key: s.key, kind: 'learning' as const, due: s.due }))
    .sort(byDue)
    .filter((entry) => gate.admit(entry.key, 'learning'));
  const reviews = dueStates
    .filter((s) => s.state === STATE_REVIEW)
    .map((s) => ({ key: s.key, kind: 'review' as const, due: s.due }))
    .sort(byDue)
    .filter((entry) => gate.admit(entry.key, 'review'))
    .slice(0, reviewsLeft(settings, doneToday));
  const news = newKeys
    .filter((key) => gate.admit(key, 'new'))
    .slice(0, newLeft(settings, doneToday))
    .map((key) => ({ key, kind: 'new' as const, due: 0 }));
  return { learning, reviews, news };
}

/** Reviews the daily limit still allows today. */
export const reviewsLeft = (settings: ReviewSettings, done: DoneToday) => Math.max(0, settings.reviewsPerDay - done.reviews);

/** New items the daily limit still allows today. */
export const newLeft = (settings: ReviewSettings, done: DoneToday) => Math.max(0, settings.newPerDay - done.newIntroduced);

/** How long before its due time a learning item may be shown when nothing else is left (Anki: 20 min). */
export const LEARN_AHEAD_MS = 20 * 60 * 1000;

export type NextStep = { entry: QueueEntry } | { waitUntil: number } | { done: true };

/** What to show at `now`: a due learning item first, then a review, then a new item. */
export function nextStep(queue: Queue, now: number): NextStep {
  const learningDue = queue.learning[0];
  if (learningDue && learningDue.due <= now) return { entry: learningDue };
  if (queue.reviews[0]) return { entry: queue.reviews[0] };
  if (queue.news[0]) return { entry: queue.news[0] };
  if (learningDue && learningDue.due <= now + LEARN_AHEAD_MS) return { entry: learningDue };
  if (learningDue) return { waitUntil: learningDue.due };
  return { done: true };
}

/** The queue after `key` was answered and now has `state`: it comes back today only if still learning. */
export function afterAnswer(queue: Queue, key: string, state: MemoryState, nextDayStart: number): Queue {
  const rest = withoutItem(queue, key);
  if (!isLearning(state.state) || state.due >= nextDayStart) return rest;
  const learning = [...rest.learning, { key, kind: 'learning' as const, due: state.due }];
  learning.sort((a, b) => a.due - b.due || a.key.localeCompare(b.key));
  return { ...rest, learning };
}

/** Removes an item from today's queue (buried or suspended). */
export function withoutItem(queue: Queue, key: string): Queue {
  const without = (entries: QueueEntry[]) => entries.filter((entry) => entry.key !== key);
  return { learning: without(queue.learning), reviews: without(queue.reviews), news: without(queue.news) };
}

export function queueCounts(queue: Queue): Record<QueueKind, number> {
  return { learning: queue.learning.length, review: queue.reviews.length, new: queue.news.length };
}
