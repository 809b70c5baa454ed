// The polyfill first: Dexie looks for indexedDB when it loads.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/shared/decks/parse';
import { newAttempt, submitAttempt } from '../../../src/shared/exam/attempt';
import { questionPool } from '../../../src/shared/exam/questions';
import { BackupError } from '../../../src/shared/backup/backup';
import { studyItems } from '../../../src/shared/review/items';
import { nextStep } from '../../../src/shared/review/queue';
import { DEFAULT_SETTINGS } from '../../../src/shared/review/settings';
import { exportBackup, importBackup } from '../../../src/renderer/src/storage/backup';
import { KubeDeckDatabase, SCHEMA_V1 } from '../../../src/renderer/src/storage/db';
import { ProgressStore } from '../../../src/renderer/src/storage/progress';
import { VALID_DECK } from '../../fixtures/decks';
import { freshName, track } from './databases';

function setup(start = new Date(2026, 10, 27, 10).getTime()) {
  const db = new KubeDeckDatabase(freshName('test'));
  track(db);
  const clock = { now: start };
  const store = new ProgressStore(db, () => clock.now);
  const items = studyItems(parseDeck(VALID_DECK, 'demo.yaml').deck!);
  return { db, store, clock, items };
}
// Siblings apart is its own test below; here every item is counted on its own.
const settings = { ...DEFAULT_SETTINGS, fuzz: false, newPerDay: 3, buryNewSiblings: false, buryReviewSiblings: false };

describe('progress store', () => {
  it('writes each answer as a state and a log line, and the queue moves on', async () => {
    const { db, store, items } = setup();
    const queue = await store.queue(items, settings);
    expect(queue.news.map((e) => e.key)).toEqual(['demo/q1', 'demo/q1#reverse', 'demo/q2#1']);
    await store.answer(items[0], 3, 4200, settings);
    expect(await db.reviewLogs.count()).toBe(1);
    const log = (await db.reviewLogs.toArray())[0];
    expect(log).toMatchObject({ key: 'demo/q1', kind: 'answer', grade: 3, durationMs: 4200, before: undefined, after: { state: 1 } });
    const next = await store.queue(items, settings);
    expect(next.news.map((e) => e.key)).toEqual(['demo/q1#reverse', 'demo/q2#1']);
    expect(next.learning.map((e) => e.key)).toEqual(['demo/q1']);
  });

  it('keeps the daily new-card limit across a reload and resets it on the next study day at 4 a.m.', async () => {
    const { db, store, clock, items } = setup(new Date(2026, 10, 27, 23).getTime());
    for (const item of items.slice(0, 3)) await store.answer(item, 4, 1000, settings);
    const reopened = new ProgressStore(new KubeDeckDatabase(db.name), () => clock.now);
    expect((await reopened.queue(items, settings)).news).toEqual([]);
    clock.now = new Date(2026, 10, 28, 3, 59).getTime();
    expect((await reopened.queue(items, settings)).news).toEqual([]);
    clock.now = new Date(2026, 10, 28, 4, 0).getTime();
    expect((await reopened.queue(items, settings)).news.map((e) => e.key)).toEqual(['demo/q2#2', 'demo/q3', 'demo/q4']);
  });

  it('undoes answers one by one, logging each undo once, and gives the limit back', async () => {
    const { db, store, items } = setup();
    const a = await store.answer(items[0], 3, 1000, settings);
    const first = await db.cardStates.get('demo/q1');
    const b = await store.answer(items[0], 1, 1000, settings);
    const c = await store.answer(items[1], 3, 1000, settings);
    expect((await store.undoAnswer(c.uid))?.key).toBe('demo/q1#reverse');
    expect(await db.cardStates.get('demo/q1#reverse')).toMatchObject({ state: 0, reps: 0 });
    expect(await store.undoAnswer(c.uid)).toBeUndefined();
    expect((await store.undoAnswer(b.uid))?.grade).toBe(1);
    expect(await db.cardStates.get('demo/q1')).toMatchObject({ due: first!.due, state: first!.state, reps: first!.reps });
    expect(await db.reviewLogs.filter((log) => log.kind === 'undo').count()).toBe(2);
    expect(await store.doneToday(settings)).toEqual({ newIntroduced: 1, reviews: 0, studied: ['demo/q1'] });
    expect((await store.undoAnswer(a.uid))?.key).toBe('demo/q1');
    expect(await db.reviewLogs.count()).toBe(6);
  });

  it('puts back a record as it was before bury, suspend or forget', async () => {
    const { db, store, clock, items } = setup();
    const answered = (await store.answer(items[4], 4, 1000, settings)).record;
    const beforeForget = await store.forget(items[4]);
    expect(beforeForget).toEqual(answered);
    expect(await db.cardStates.get('demo/q3')).toMatchObject({ state: 0, reps: 0, queue: 0 });
    // Forgotten, the item comes after the other new items.
    expect((await store.queue(items, { ...settings, newPerDay: 99 })).news.map((e) => e.key).at(-1)).toBe('demo/q3');
    await store.putBack(beforeForget);
    expect(await db.cardStates.get('demo/q3')).toEqual(answered);
    const beforeSuspend = await store.suspend(items[4]);
    clock.now = answered.due;
    expect((await store.queue(items, settings)).reviews).toEqual([]);
    await store.putBack(beforeSuspend);
    expect((await store.queue(items, settings)).reviews.map((e) => e.key)).toEqual(['demo/q3']);
  });

  it('sets a due date from the browser: the card comes on that study day, a new card keeps its place', async () => {
    const { db, store, clock, items } = setup();
    const answered = (await store.answer(items[4], 4, 1000, settings)).record;
    expect((await store.queue(items, settings)).reviews).toEqual([]);
    expect(await store.setDueDate(items[4], { from: 0, to: 0, setInterval: false }, settings)).toEqual(answered);
    expect((await store.queue(items, settings)).reviews.map((e) => e.key)).toEqual(['demo/q3']);
    await store.setDueDate(items[4], { from: 2, to: 2, setInterval: true }, settings);
    expect(await db.cardStates.get('demo/q3')).toMatchObject({ scheduledDays: 2, stability: answered.stability, reps: answered.reps });
    clock.now += 86_400_000;
    expect((await store.queue(items, settings)).reviews).toEqual([]);
    clock.now += 86_400_000;
    expect((await store.queue(items, settings)).reviews.map((e) => e.key)).toEqual(['demo/q3']);
    const before = await db.cardStates.get('demo/q1');
    expect(await store.setDueDate(items[0], { from: 1, to: 1, setInterval: false }, settings)).toBeUndefined();
    expect(await db.cardStates.get('demo/q1')).toEqual(before);
    // The review history is untouched.
    expect((await store.history('demo/q3')).map((line) => line.grade)).toEqual([4]);
  });

  it('studies a card now: a suspended new card comes first among the new ones, a review card is due today', async () => {
    const { store, items } = setup();
    await store.answer(items[4], 4, 1000, settings);
    await store.suspend(items[3]);
    const queued = await store.queue(items, settings);
    expect(queued.news.map((e) => e.key)).not.toContain('demo/q2#2');
    expect(queued.reviews).toEqual([]);
    await store.studyNow(items[3], settings);
    await store.studyNow(items[4], settings);
    const now = await store.queue(items, settings);
    expect(now.news[0].key).toBe('demo/q2#2');
    expect(now.reviews.map((e) => e.key)).toEqual(['demo/q3']);
  });

  it('suspends and buries: buried items come back the next study day, suspended ones do not', async () => {
    const { store, clock, items } = setup();
    await store.suspend(items[0]);
    await store.bury(items[1], settings);
    expect((await store.queue(items, settings)).news.map((e) => e.key)).toEqual(['demo/q2#1', 'demo/q2#2', 'demo/q3']);
    clock.now += 86_400_000;
    expect((await store.queue(items, settings)).news.map((e) => e.key)).toEqual(['demo/q1#reverse', 'demo/q2#1', 'demo/q2#2']);
    await store.restoreToQueue(items[0]);
    expect((await store.queue(items, settings)).news[0].key).toBe('demo/q1');
  });

  it('keeps siblings apart by default: one side or gap a day, the counts saying the same', async () => {
    const { store, clock, items } = setup();
    const apart = { ...DEFAULT_SETTINGS, fuzz: false };
    const news = async () => (await store.queue(items, apart)).news.map((e) => e.key);
    expect(await news()).toEqual(['demo/q1', 'demo/q2#1', 'demo/q3', 'demo/q4', 'demo/q5']);
    expect((await store.todayCounts(new Map([['demo', items]]), apart)).total.new).toBe(5);
    await store.answer(items[2], 4, 1000, apart); // q2, gap 1
    expect(await news()).toEqual(['demo/q1', 'demo/q3', 'demo/q4', 'demo/q5']);
    clock.now += 86_400_000;
    expect(await news()).toEqual(['demo/q1', 'demo/q2#2', 'demo/q3', 'demo/q4', 'demo/q5']);
  });

  it('flags a card as a leech after many lapses', async () => {
    const { store, clock, items } = setup();
    let state = (await store.answer(items[0], 4, 1000, { ...settings, leechThreshold: 2 })).record;
    for (let lapse = 0; lapse < 2; lapse++) {
      clock.now = state.due;
      state = (await store.answer(items[0], 3, 1000, { ...settings, leechThreshold: 2 })).record;
      clock.now = state.due;
      state = (await store.answer(items[0], 1, 1000, { ...settings, leechThreshold: 2 })).record;
    }
    expect(state).toMatchObject({ lapses: 2, leech: true });
  });

  it('counts what today’s queue holds, per deck and in total: daily limits, learning, card ids across edits', async () => {
    const { store, clock, items } = setup();
    const other = studyItems(parseDeck(VALID_DECK.replace('id: demo', 'id: other'), 'other.yaml').deck!);
    const today = (decks: [string, typeof items][]) => store.todayCounts(new Map(decks), settings);
    await store.answer(items[0], 1, 1000, settings); // learning, due again in a minute
    await store.answer(items[4], 4, 1000, settings); // q3: review in days
    // Five new items are left in "demo" and seven in "other", but the limit of 3 a day (two used) shows 1.
    let counts = await today([['demo', items], ['other', other]]);
    expect(counts.byDeck.get('demo')).toEqual({ new: 1, learning: 1, review: 0 });
    expect(counts.byDeck.get('other')).toEqual({ new: 1, learning: 0, review: 0 });
    expect(counts.total).toEqual({ new: 1, learning: 1, review: 0 });
    // The study screen starts from the same queue.
    expect((await store.queue(items, settings)).news).toHaveLength(1);
    clock.now += 30 * 86_400_000;
    counts = await today([['demo', items]]);
    expect(counts.byDeck.get('demo')).toEqual({ new: 3, learning: 1, review: 1 });
    // The deck is edited: q1's text changes (same id), q3 is removed, a new card appears.
    const edited = parseDeck(VALID_DECK.replace('What deletes an emptyDir?', 'What removes an emptyDir?').replace(/ {2}- id: q3[\s\S]*?(?= {2}- id: q4)/, '').replace('  - id: q4', '  - id: q9\n    type: basic\n    front: New?\n    back: Yes.\n  - id: q4'), 'demo.yaml').deck!;
    const editedItems = studyItems(edited);
    expect(editedItems.map((item) => item.key)).toContain('demo/q9');
    counts = await today([['demo', editedItems]]);
    expect(counts.byDeck.get('demo')).toEqual({ new: 3, learning: 1, review: 0 });
    expect((await store.history('demo/q3')).length).toBe(1);
    // Back in the deck, q3 is due again with its history.
    counts = await today([['demo', items]]);
    expect(counts.byDeck.get('demo')?.review).toBe(1);
  });
});

describe('progress of decks no longer in the library', () => {
  it('counts what each deck keeps and clears one deck only, its records and its log lines', async () => {
    const { db, store, items } = setup();
    const other = studyItems(parseDeck(VALID_DECK.replace('id: demo', 'id: other'), 'other.yaml').deck!);
    await store.answer(items[0], 3, 1000, settings);
    await store.answer(items[4], 4, 1000, settings);
    const { uid } = await store.answer(other[0], 1, 1000, settings);
    await store.undoAnswer(uid);
    await store.answer(other[0], 3, 1000, settings);
    const counts = await store.progressByDeck();
    expect(counts.find((count) => count.deckId === 'demo')).toEqual({ deckId: 'demo', cards: 2, answers: 2 });
    // The undo line is not an answer.
    expect(counts.find((count) => count.deckId === 'other')).toEqual({ deckId: 'other', cards: 1, answers: 2 });
    await store.clearDeckProgress('other');
    expect(await store.progressByDeck()).toEqual([{ deckId: 'demo', cards: 2, answers: 2 }]);
    expect((await db.reviewLogs.toArray()).map((line) => line.key)).toEqual(['demo/q1', 'demo/q3']);
    expect(await db.cardStates.get('demo/q3')).toMatchObject({ state: 2 });
  });
});

describe('schema migrations', () => {
  it('opens a database made by version 1 with the current code and finds every review', async () => {
    const name = freshName('v1');
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const memory = { state: 2, due: 1, stability: 3, difficulty: 5, elapsedDays: 1, scheduledDays: 3, learningSteps: 0, reps: 2, lapses: 0, lastReview: 0 };
    await v1.table('cardStates').put({ key: 'demo/q1', deckId: 'demo', cardId: 'q1', queue: 0, leech: false, ...memory });
    await v1.table('reviewLogs').bulkAdd(
      Array.from({ length: 25 }, (_, i) => ({ uid: `u${i}`, key: 'demo/q1', deckId: 'demo', cardId: 'q1', kind: 'answer', reviewedAt: i, grade: 3, after: memory, durationMs: 10 })),
    );
    v1.close();
    const current = new KubeDeckDatabase(name);
    track(current);
    expect(current.verno).toBeGreaterThanOrEqual(1);
    expect(await current.reviewLogs.count()).toBe(25);
    expect(await new ProgressStore(current).history('demo/q1')).toHaveLength(25);
    expect(await current.cardStates.get('demo/q1')).toMatchObject({ reps: 2 });
  });

  it('upgrades a version 1 database to version 2: every review kept, and attempts can be stored beside them', async () => {
    const name = freshName('v1-to-v2');
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const memory = { state: 2, due: 1, stability: 3, difficulty: 5, elapsedDays: 1, scheduledDays: 3, learningSteps: 0, reps: 4, lapses: 1, lastReview: 0 };
    await v1.table('cardStates').bulkPut(['q1', 'q3'].map((id) => ({ key: `demo/${id}`, deckId: 'demo', cardId: id, queue: 0, leech: false, ...memory })));
    await v1.table('reviewLogs').bulkAdd(Array.from({ length: 8 }, (_, i) => ({ uid: `u${i}`, key: 'demo/q3', deckId: 'demo', cardId: 'q3', kind: 'answer', reviewedAt: i, grade: 3, after: memory, durationMs: 10 })));
    await v1.table('settings').put({ key: 'review', value: { newPerDay: 7 } });
    v1.close();

    const current = new KubeDeckDatabase(name);
    track(current);
    await current.open();
    expect(current.verno).toBe(2);
    expect(await current.cardStates.count()).toBe(2);
    expect(await current.reviewLogs.count()).toBe(8);
    expect(await current.cardStates.get('demo/q3')).toMatchObject({ reps: 4, lapses: 1 });
    expect((await new ProgressStore(current).settings()).newPerDay).toBe(7);
    const id = await current.attempts.add(newAttempt({ mode: 'quiz', title: 'Quiz', mcqScoring: 'partial', countInReviews: false }, [], 1, 5));
    expect(await current.attempts.where('status').equals('running').primaryKeys()).toEqual([id]);
  });
});

describe('backups', () => {
  it('exports everything and imports it into another database, merging without duplicates', async () => {
    const a = setup();
    await a.store.answer(a.items[0], 3, 1000, settings);
    const second = await a.store.answer(a.items[1], 4, 1000, settings);
    await a.store.undoAnswer(second.uid);
    const text = JSON.stringify(await exportBackup(a.db, a.store));
    const b = setup();
    await b.store.answer(b.items[5], 3, 1000, settings);
    // q1 answered, q1#reverse answered then undone (back to new): two states, three log lines.
    expect(await importBackup(b.db, b.store, text)).toEqual({ states: 2, logs: 3, attempts: 0 });
    expect(await importBackup(b.db, b.store, text)).toEqual({ states: 0, logs: 0, attempts: 0 });
    expect(await b.db.reviewLogs.count()).toBe(4);
    expect((await b.db.cardStates.toArray()).map((s) => s.key).sort()).toEqual(['demo/q1', 'demo/q1#reverse', 'demo/q4']);
  });

  it('carries submitted quizzes and exams (not the one in progress) and adds each once', async () => {
    const a = setup();
    const questions = questionPool(a.items);
    expect(new Set(questions.map((q) => q.card.type))).toEqual(new Set(['cloze', 'mcq', 'input', 'yaml-fix']));
    const exam = newAttempt({ mode: 'exam', title: 'Examen blanc', durationMinutes: 10, passMark: 50, mcqScoring: 'partial', countInReviews: false }, questions, 7, a.clock.now);
    const answered = { ...exam, answers: questions.map((_, i) => (i === 0 ? { kind: 'text' as const, text: 'Calico' } : null)), flagged: questions.map((_, i) => i === 1) };
    const submitted = submitAttempt(answered, a.clock.now + 60_000, () => false);
    await a.db.attempts.bulkAdd([submitted, newAttempt({ mode: 'quiz', title: 'En cours', mcqScoring: 'partial', countInReviews: false }, questions, 8, a.clock.now)]);
    const text = JSON.stringify(await exportBackup(a.db, a.store));
    const b = setup();
    expect(await importBackup(b.db, b.store, text)).toEqual({ states: 0, logs: 0, attempts: 1 });
    expect(await importBackup(b.db, b.store, text)).toEqual({ states: 0, logs: 0, attempts: 0 });
    const [copy] = await b.db.attempts.toArray();
    // Cards went through the deck parser and came back the same: results read as on the first device.
    expect({ ...copy, id: undefined }).toEqual({ ...submitted, id: undefined });
    expect(copy.score?.topics.length).toBeGreaterThan(0);
  });

  it('refuses a backup whose attempts are damaged, naming where, and changes nothing', async () => {
    const a = setup();
    const questions = questionPool(a.items).filter((item) => item.card.type === 'mcq');
    const submitted = submitAttempt(newAttempt({ mode: 'quiz', title: 'Quiz', mcqScoring: 'partial', countInReviews: false }, questions, 3, a.clock.now), a.clock.now + 1000);
    await a.db.attempts.add(submitted);
    await a.store.answer(a.items[0], 3, 1000, settings);
    const backup = await exportBackup(a.db, a.store);
    const [attempt] = backup.attempts;
    const damaged = [
      [{ ...attempt, answers: [] }, /attempts\[0\]\.answers: 1 entry expected, one per question/],
      [{ ...attempt, questions: [{ ...attempt.questions[0], card: { ...attempt.questions[0].card, type: 'essay' } }] }, /attempts\[0\]\.questions\[0\]\.card: not a valid card \(.*essay/],
      [{ ...attempt, questions: [{ ...attempt.questions[0], card: { id: 'x', type: 'basic', front: 'a', back: 'b' } }] }, /a basic card is not a question/],
      [{ ...attempt, status: 'running' }, /only submitted attempts/],
      [{ ...attempt, score: { ...attempt.score, questions: [{ points: 7, outcome: 'correct' }] } }, /score\.questions\[0\]: must have points between 0 and 1/],
    ] as const;
    const b = setup();
    for (const [bad, message] of damaged) {
      await expect(importBackup(b.db, b.store, JSON.stringify({ ...backup, attempts: [bad] }))).rejects.toThrow(message);
    }
    expect(await b.db.attempts.count()).toBe(0);
    expect(await b.db.cardStates.count()).toBe(0);
    // A file from before attempts were kept still imports.
    const { attempts: _attempts, ...older } = backup;
    expect(await importBackup(b.db, b.store, JSON.stringify(older))).toEqual({ states: 1, logs: 1, attempts: 0 });
  });

  it('refuses a damaged file with a clear error and changes nothing', async () => {
    const a = setup();
    await a.store.answer(a.items[0], 3, 1000, settings);
    const backup = await exportBackup(a.db, a.store);
    const b = setup();
    const damaged = JSON.stringify({ ...backup, reviewLogs: [...backup.reviewLogs, { uid: 'x', kind: 'answer' }] });
    await expect(importBackup(b.db, b.store, damaged)).rejects.toThrow(BackupError);
    await expect(importBackup(b.db, b.store, damaged)).rejects.toThrow(/reviewLogs\[1\]/);
    await expect(importBackup(b.db, b.store, '{"format": "kubedeck-progress/1", "cardS')).rejects.toThrow(/JSON/);
    await expect(importBackup(b.db, b.store, '{"format": "other"}')).rejects.toThrow(/not a kubedeck-progress\/1 file/);
    // Said in the UI language: the place and the field names stay the file's own.
    const refusal = await importBackup(b.db, b.store, damaged).catch((error: BackupError) => error);
    expect((refusal as BackupError).localized('fr')).toBe('reviewLogs[1] : texte attendu pour key');
    const wrongFormat = await importBackup(b.db, b.store, '{"format": "other"}').catch((error: BackupError) => error);
    expect((wrongFormat as BackupError).localized('fr')).toBe('format : ce n’est pas un fichier kubedeck-progress/1');
    expect(await b.db.cardStates.count()).toBe(0);
    expect(await b.db.reviewLogs.count()).toBe(0);
  });
});

describe('a session over the queue', () => {
  it('shows the next step from the stored queue', async () => {
    const { store, items } = setup();
    const step = nextStep(await store.queue(items, settings), Date.now());
    expect(step).toMatchObject({ entry: { key: 'demo/q1', kind: 'new' } });
  });
});
