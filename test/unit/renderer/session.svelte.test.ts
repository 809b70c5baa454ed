// The study session never drops an answer: a failed write is retried, then shown with Retry,
// and the next card waits until the answer is saved.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseDeck } from '../../../src/shared/decks/parse';
import { studyItems } from '../../../src/shared/review/items';
import { DEFAULT_SETTINGS } from '../../../src/shared/review/settings';
import { StudySession, type SessionSources } from '../../../src/renderer/src/lib/session.svelte';
import type { ProgressStore } from '../../../src/renderer/src/storage/progress';
import { VALID_DECK } from '../../fixtures/decks';

const items = studyItems(parseDeck(VALID_DECK, 'demo.yaml').deck!);
const answer = vi.fn();

// A store whose writes the test decides; the session gets it as the component gives the app's own.
const store = {
  now: () => Date.now(),
  settings: async () => ({ ...DEFAULT_SETTINGS, fuzz: false }),
  queue: async () => ({ learning: [], reviews: [], news: items.slice(0, 2).map((item) => ({ key: item.key, kind: 'new', due: 0 })) }),
  states: async () => new Map(),
  answer: (...args: unknown[]) => answer(...args),
} as unknown as ProgressStore;
const sources: SessionSources = { store, itemsInScope: async () => ({ items }), deckContexts: async () => new Map(), acquireStudyLock: async () => ({ release() {} }) };
const saved = { record: { state: 2, due: Date.now() + 86_400_000 }, uid: 'answer-1' } as never;

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  answer.mockReset();
});

describe('study session saving', () => {
  it('retries a failed write and shows the next card only once the answer is saved', async () => {
    answer.mockRejectedValueOnce(new Error('disk busy')).mockRejectedValueOnce(new Error('disk busy')).mockResolvedValue(saved);
    const session = new StudySession({ kind: 'deck', deckId: 'demo' }, sources);
    await session.start();
    expect(session.item?.key).toBe('demo/q1');
    session.reveal();
    const grading = session.grade(3);
    expect(session.saving).toBe(true);
    await vi.advanceTimersByTimeAsync(2000);
    await grading;
    expect(answer).toHaveBeenCalledTimes(3);
    expect(session.saveFailed).toBeUndefined();
    expect(session.answered).toBe(1);
    expect(session.item?.key).toBe('demo/q1#reverse');
  });

  it('tells the student when the write keeps failing, keeps the card, and saves on Retry', async () => {
    answer.mockRejectedValue(new Error('quota exceeded'));
    const session = new StudySession({ kind: 'deck', deckId: 'demo' }, sources);
    await session.start();
    session.reveal();
    const grading = session.grade(4);
    await vi.advanceTimersByTimeAsync(10_000);
    await grading;
    expect(session.saveFailed).toBe('quota exceeded');
    expect(session.item?.key).toBe('demo/q1');
    expect(session.answered).toBe(0);
    answer.mockResolvedValue(saved);
    await session.save();
    expect(answer).toHaveBeenLastCalledWith(items[0], 4, expect.any(Number), expect.anything());
    expect(session.answered).toBe(1);
    expect(session.item?.key).toBe('demo/q1#reverse');
  });
});
