import { describe, expect, it } from 'vitest';
import { afterAnswer, buildQueue, LEARN_AHEAD_MS, nextStep, queueCounts } from '../../../src/shared/review/queue';
import { DEFAULT_SETTINGS } from '../../../src/shared/review/settings';

const NOW = Date.UTC(2026, 10, 27, 12);
const MIN = 60_000;
const settings = { ...DEFAULT_SETTINGS, newPerDay: 2, reviewsPerDay: 3 };

describe('today’s queue', () => {
  const dueStates = [
    { key: 'd/r3', state: 2 as const, due: NOW - 1 * MIN },
    { key: 'd/r1', state: 2 as const, due: NOW - 3 * MIN },
    { key: 'd/l1', state: 1 as const, due: NOW + 5 * MIN },
    { key: 'd/r2', state: 2 as const, due: NOW - 2 * MIN },
    { key: 'd/r4', state: 2 as const, due: NOW + 60 * MIN },
    { key: 'd/rl', state: 3 as const, due: NOW - 1 * MIN },
  ];

  it('respects the daily limits, counting what was already done today', () => {
    const queue = buildQueue({ settings, dueStates, newKeys: ['d/n1', 'd/n2', 'd/n3'], doneToday: { newIntroduced: 1, reviews: 1, studied: [] } });
    expect(queue.reviews.map((e) => e.key)).toEqual(['d/r1', 'd/r2']);
    expect(queue.news.map((e) => e.key)).toEqual(['d/n1']);
    expect(queueCounts(queue)).toEqual({ learning: 2, review: 2, new: 1 });
    const exhausted = buildQueue({ settings, dueStates, newKeys: ['d/n1'], doneToday: { newIntroduced: 5, reviews: 9, studied: [] } });
    expect(exhausted.reviews).toEqual([]);
    expect(exhausted.news).toEqual([]);
  });

  it('shows due learning items first, then reviews (oldest first), then new items', () => {
    let queue = buildQueue({ settings, dueStates, newKeys: ['d/n1'], doneToday: { newIntroduced: 0, reviews: 0, studied: [] } });
    const order: string[] = [];
    for (let step = nextStep(queue, NOW); 'entry' in step; step = nextStep(queue, NOW)) {
      order.push(step.entry.key);
      queue = afterAnswer(queue, step.entry.key, { state: 2, due: NOW + 86_400_000 } as never, NOW + 12 * 3_600_000);
    }
    expect(order).toEqual(['d/rl', 'd/r1', 'd/r2', 'd/r3', 'd/n1', 'd/l1']);
  });

  it('brings a learning item back when its step comes, learning ahead up to 20 minutes', () => {
    const end = NOW + 12 * 3_600_000;
    let queue = buildQueue({ settings, dueStates: [], newKeys: ['d/n1'], doneToday: { newIntroduced: 0, reviews: 0, studied: [] } });
    queue = afterAnswer(queue, 'd/n1', { state: 1, due: NOW + 60 * MIN } as never, end);
    expect(nextStep(queue, NOW)).toEqual({ waitUntil: NOW + 60 * MIN });
    expect(nextStep(queue, NOW + 60 * MIN - LEARN_AHEAD_MS)).toMatchObject({ entry: { key: 'd/n1', kind: 'learning' } });
    queue = afterAnswer(queue, 'd/n1', { state: 2, due: NOW + 3 * 86_400_000 } as never, end);
    expect(nextStep(queue, NOW)).toEqual({ done: true });
  });

  it('does not keep a learning item whose next step falls after the study day', () => {
    const queue = afterAnswer({ learning: [], reviews: [], news: [] }, 'd/x', { state: 1, due: NOW + 10 * 3_600_000 } as never, NOW + 3_600_000);
    expect(queue.learning).toEqual([]);
  });
});
