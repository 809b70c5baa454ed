// The polyfill first: Dexie looks for indexedDB when it loads.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/shared/decks/parse';
import { newAttempt, submitAttempt } from '../../../src/shared/exam/attempt';
import { questionPool } from '../../../src/shared/exam/questions';
import { studyItems } from '../../../src/shared/review/items';
import { DEFAULT_SETTINGS } from '../../../src/shared/review/settings';
import { KubeDeckDatabase } from '../../../src/renderer/src/storage/db';
import { ExamStore } from '../../../src/renderer/src/storage/exams';
import { ProgressStore } from '../../../src/renderer/src/storage/progress';
import { VALID_DECK } from '../../fixtures/decks';
import { freshName, track } from './databases';

const settings = { ...DEFAULT_SETTINGS, fuzz: false };
function setup() {
  const db = new KubeDeckDatabase(freshName('exams'));
  track(db);
  const clock = { now: new Date(2026, 10, 27, 10).getTime() };
  const progress = new ProgressStore(db, () => clock.now);
  const items = studyItems(parseDeck(VALID_DECK, 'demo.yaml').deck!);
  // demo/q2#1, demo/q3 (mcq), demo/q4 (input)
  const questions = questionPool(items).filter((item) => ['demo/q2#1', 'demo/q3', 'demo/q4'].includes(item.key));
  return { db, clock, progress, exams: new ExamStore(db, progress), items, questions };
}

describe('exam store', () => {
  it('saves an attempt at each answer and reads it back as it was', async () => {
    const { exams, questions, clock } = setup();
    const attempt = newAttempt({ mode: 'exam', title: 'Mock', durationMinutes: 10, passMark: 50, mcqScoring: 'partial', countInReviews: false }, questions, 7, clock.now);
    const id = await exams.create(attempt);
    await exams.save({ ...attempt, id, answers: [{ kind: 'text', text: 'Calico' }, null, null], flagged: [false, true, false], current: 1 });
    expect(await exams.get(id)).toMatchObject({ id, status: 'running', answers: [{ kind: 'text', text: 'Calico' }, null, null], flagged: [false, true, false], current: 1 });
    expect((await exams.running()).map((a) => a.id)).toEqual([id]);
    expect(await exams.submitted()).toEqual([]);
  });

  it('counts a quiz answer in the reviews in the same transaction as the attempt', async () => {
    const { db, exams, questions, clock } = setup();
    const attempt = newAttempt({ mode: 'quiz', title: 'Quiz', mcqScoring: 'all-or-nothing', countInReviews: true }, questions, 7, clock.now);
    const id = await exams.create(attempt);
    await exams.saveWithReview({ ...attempt, id, answers: [null, null, { kind: 'text', text: '30000-32767' }] }, { item: questions[2], grade: 3, durationMs: 2000, settings });
    expect(await db.reviewLogs.toArray()).toMatchObject([{ key: 'demo/q4', grade: 3, durationMs: 2000 }]);
    expect((await exams.get(id))!.answers[2]).toEqual({ kind: 'text', text: '30000-32767' });
    // A failed attempt write leaves no review behind.
    await expect(exams.saveWithReview({ ...attempt, id, title: (() => {}) as never }, { item: questions[0], grade: 1, durationMs: 10, settings })).rejects.toThrow();
    expect(await db.reviewLogs.count()).toBe(1);
    expect((await db.cardStates.get('demo/q2#1'))?.reps ?? 0).toBe(0);
  });

  it('remembers the scoring chosen for multi-answer mcq', async () => {
    const { exams } = setup();
    expect(await exams.preferences()).toEqual({ mcqScoring: 'all-or-nothing' });
    await exams.savePreferences({ mcqScoring: 'partial' });
    expect(await exams.preferences()).toEqual({ mcqScoring: 'partial' });
  });

  it('"review my mistakes" makes studied items due now and puts new ones first; the queue shows them', async () => {
    const { exams, progress, items, questions, clock } = setup();
    const [, mcq, input] = questions;
    // The mcq was studied (due in days); the input card is suspended; the cloze gap is new.
    let state = (await progress.answer(mcq, 4, 1000, settings)).record;
    expect(state.due).toBeGreaterThan(clock.now + 86_400_000);
    await progress.suspend(input);
    const queueBefore = await progress.queue(items, { ...settings, newPerDay: 2 });
    expect(queueBefore.news.map((e) => e.key)).toEqual(['demo/q1']);

    const attempt = newAttempt({ mode: 'exam', title: 'Mock', durationMinutes: 10, mcqScoring: 'all-or-nothing', countInReviews: false }, questions, 1, clock.now);
    attempt.answers = [{ kind: 'text', text: 'wrong' }, { kind: 'choices', selected: [1] }, null];
    const submitted = submitAttempt(attempt, clock.now + 60_000);
    clock.now += 120_000;
    const queued = await exams.reviewMistakes(submitted, clock.now);
    expect(queued).toEqual({ dueNow: 1, firstNew: 1, suspended: 1 });

    state = (await progress.states(['demo/q3'])).get('demo/q3')!;
    expect(state).toMatchObject({ due: clock.now, state: 2, reps: 1 });
    const queue = await progress.queue(items, { ...settings, newPerDay: 2 });
    expect(queue.reviews.map((e) => e.key)).toEqual(['demo/q3']);
    expect(queue.news.map((e) => e.key)).toEqual(['demo/q2#1']);
    expect((await progress.states(['demo/q4'])).get('demo/q4')?.queue).toBe(-1);
  });
});
