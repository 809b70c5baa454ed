// Runs in Chromium (driven by bench/reviews.ts): the app's own storage code over a large history.
import type { Card } from '../../src/shared/decks/types';
import type { StudyItem } from '../../src/shared/review/items';
import { afterAnswer, nextStep } from '../../src/shared/review/queue';
import { nextStudyDayStart } from '../../src/shared/review/day';
import { Scheduler } from '../../src/shared/review/scheduler';
import { DEFAULT_SETTINGS } from '../../src/shared/review/settings';
import type { CardStateRecord, ReviewLogRecord } from '../../src/shared/review/types';
import { KubeDeckDatabase } from '../../src/renderer/src/storage/db';
import { ProgressStore } from '../../src/renderer/src/storage/progress';

const DAY = 86_400_000;
const settings = { ...DEFAULT_SETTINGS };
const db = new KubeDeckDatabase('kubedeck-bench');
const store = new ProgressStore(db);

function item(i: number): StudyItem {
  const card: Card = { id: `card-${i}`, type: 'basic', front: 'Q', back: 'A', reverse: false, tags: [], origin: 'hand' };
  return { key: `bench/card-${i}`, deckId: 'bench', card, side: { kind: 'front' }, tags: [] };
}

/** `states` studied items (about 4% due today, 1% learning), `logs` log lines, plus 2,000 never-studied items. */
async function populate(states: number, logs: number): Promise<StudyItem[]> {
  await db.delete();
  await db.open();
  const now = Date.now();
  const records: CardStateRecord[] = [];
  for (let i = 0; i < states; i++) {
    const learning = i % 100 === 0;
    // Reviews spread over 90 days from 3 days ago: about 4% overdue or due today.
    const due = learning ? now + 5 * 60_000 : now - 3 * DAY + ((i * 7919) % 90) * DAY + (i % 1440) * 60_000;
    records.push({
      key: `bench/card-${i}`, deckId: 'bench', cardId: `card-${i}`, queue: 0, leech: false,
      state: learning ? 1 : 2, due, stability: 10, difficulty: 5, elapsedDays: 3, scheduledDays: 10,
      learningSteps: 0, reps: 5, lapses: 0, lastReview: now - 10 * DAY,
    });
  }
  for (let i = 0; i < records.length; i += 10_000) await db.cardStates.bulkAdd(records.slice(i, i + 10_000));
  const memory = { state: 2 as const, due: now, stability: 10, difficulty: 5, elapsedDays: 3, scheduledDays: 10, learningSteps: 0, reps: 5, lapses: 0 };
  for (let i = 0; i < logs; i += 20_000) {
    const chunk: ReviewLogRecord[] = [];
    for (let j = i; j < Math.min(logs, i + 20_000); j++) {
      const card = j % states;
      chunk.push({
        uid: `u${j}`, key: `bench/card-${card}`, deckId: 'bench', cardId: `card-${card}`, kind: 'answer',
        reviewedAt: now - 400 * DAY + (j / logs) * 399 * DAY, grade: 3, before: memory, after: memory, durationMs: 5000,
      });
    }
    await db.reviewLogs.bulkAdd(chunk);
  }
  return Array.from({ length: states + 2000 }, (_, i) => item(i));
}

async function timeQueue(items: StudyItem[], runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await store.queue(items, settings);
    times.push(performance.now() - start);
  }
  return times;
}

/** Baseline: the same queue inputs by reading every record and filtering in JavaScript. */
async function timeFullScan(items: StudyItem[], runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const end = nextStudyDayStart(Date.now(), settings.dayStartHour);
    const all = await db.cardStates.toArray();
    const byKey = new Map(all.map((r) => [r.key, r]));
    const due = all.filter((r) => r.queue === 0 && r.state !== 0 && r.due < end);
    const news = items.filter((it) => !byKey.has(it.key));
    const today = (await db.reviewLogs.toArray()).filter((l) => l.reviewedAt >= Date.now() - DAY);
    if (due.length + news.length + today.length < 0) throw new Error('unreachable');
    times.push(performance.now() - start);
  }
  return times;
}

/** Answering: the write transaction, then what showing the next card needs (its state, the previews). */
async function timeAnswers(items: StudyItem[], runs: number): Promise<number[]> {
  const byKey = new Map(items.map((it) => [it.key, it]));
  let queue = await store.queue(items, settings);
  const scheduler = new Scheduler(settings);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const step = nextStep(queue, Date.now());
    if (!('entry' in step)) break;
    const start = performance.now();
    const { record: state } = await store.answer(byKey.get(step.entry.key)!, 3, 4000, settings);
    queue = afterAnswer(queue, step.entry.key, state, nextStudyDayStart(Date.now(), settings.dayStartHour));
    const next = nextStep(queue, Date.now());
    if ('entry' in next) {
      const nextState = (await store.states([next.entry.key])).get(next.entry.key);
      scheduler.preview(nextState && nextState.state !== 0 ? nextState : undefined, Date.now());
    }
    times.push(performance.now() - start);
  }
  return times;
}

let items: StudyItem[] = [];
Object.assign(window, {
  kubedeckBench: {
    populate: async (states: number, logs: number) => {
      items = await populate(states, logs);
      return { states: await db.cardStates.count(), logs: await db.reviewLogs.count(), items: items.length };
    },
    queue: (runs: number) => timeQueue(items, runs),
    fullScan: (runs: number) => timeFullScan(items, runs),
    answers: (runs: number) => timeAnswers(items, runs),
    queueSize: async () => {
      const q = await store.queue(items, settings);
      return { learning: q.learning.length, reviews: q.reviews.length, news: q.news.length };
    },
  },
});
document.title = 'ready';
