// The running quiz or exam (AttemptController) over the real storage (fake-indexeddb), with a
// clock the tests move: resume, expiry, time per question, answers saved as they are given.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseDeck } from '../../../src/shared/decks/parse';
import { newAttempt, type AttemptSetup } from '../../../src/shared/exam/attempt';
import { questionPool } from '../../../src/shared/exam/questions';
import { studyItems } from '../../../src/shared/review/items';
import { AttemptController, examStore } from '../../../src/renderer/src/lib/attempt.svelte';
import { database } from '../../../src/renderer/src/lib/progress';
import { ProgressStore } from '../../../src/renderer/src/storage/progress';
import { VALID_DECK } from '../../fixtures/decks';

const MINUTE = 60_000;
const T0 = new Date(2026, 5, 1, 9).getTime();
// demo/q2#1 (cloze), demo/q3 (mcq), demo/q4 (input)
const questions = questionPool(studyItems(parseDeck(VALID_DECK, 'demo.yaml').deck!)).filter((item) => ['demo/q2#1', 'demo/q3', 'demo/q4'].includes(item.key));
const examSetup: AttemptSetup = { mode: 'exam', title: 'Mock', durationMinutes: 30, passMark: 50, mcqScoring: 'all-or-nothing', countInReviews: false };

const controllers: AttemptController[] = [];
afterEach(() => {
  for (const controller of controllers.splice(0)) controller.stop();
  vi.useRealTimers();
});

async function open(id: number, clock: { now: number }): Promise<AttemptController> {
  const controller = new AttemptController(id, { exams: examStore, progress: new ProgressStore(database) }, () => clock.now);
  controllers.push(controller);
  await controller.start();
  return controller;
}

const create = (setup: AttemptSetup = examSetup) => examStore.create(newAttempt(setup, questions, 3, T0));

describe('a running exam', () => {
  it('saves each answer as it is given, and a reopened exam resumes with the time that was left', async () => {
    const clock = { now: T0 + 12 * MINUTE };
    const id = await create();
    const first = await open(id, clock);
    expect(first.phase).toBe('running');
    expect(first.remaining).toBe(18 * MINUTE);
    first.type('Calico');
    first.next();
    first.choose(0);
    first.toggleFlag();
    await first.save();
    // The app is closed without any goodbye, then reopened five minutes later.
    clock.now += 5 * MINUTE;
    const reopened = await open(id, clock);
    expect(reopened.remaining).toBe(13 * MINUTE);
    expect(reopened.index).toBe(1);
    expect(reopened.record!.answers.slice(0, 2)).toEqual([{ kind: 'text', text: 'Calico' }, { kind: 'choices', selected: [0] }]);
    expect(reopened.flagged).toEqual([1]);
    expect(reopened.unanswered).toEqual([2]);
  });

  it('hands the exam in as it stands when the clock reaches zero, with a warning at 5 minutes and at 1 minute', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const clock = { now: T0 + 24 * MINUTE };
    const id = await create();
    const attempt = await open(id, clock);
    attempt.type('Calico');
    clock.now = T0 + 25 * MINUTE + 100;
    vi.advanceTimersByTime(250);
    expect(attempt.warning).toBe(5 * MINUTE);
    clock.now = T0 + 29 * MINUTE + 100;
    vi.advanceTimersByTime(250);
    expect(attempt.warning).toBe(MINUTE);
    clock.now = T0 + 30 * MINUTE + 100;
    vi.advanceTimersByTime(250);
    await vi.waitFor(() => expect(attempt.phase).toBe('submitted'));
    const stored = await examStore.get(id);
    expect(stored).toMatchObject({ status: 'submitted', timedOut: true, submittedAt: T0 + 30 * MINUTE });
    expect(stored!.score).toMatchObject({ points: 1, max: 3, passed: false });
  });

  it('is handed in when reopened after its end', async () => {
    const id = await create();
    const attempt = await open(id, { now: T0 + 2 * 60 * MINUTE });
    expect(attempt.phase).toBe('submitted');
    expect(await examStore.get(id)).toMatchObject({ status: 'submitted', timedOut: true, submittedAt: T0 + 30 * MINUTE });
  });

  it('counts for each question the time it was on screen, not while the app was hidden', async () => {
    const clock = { now: T0 };
    const id = await create();
    const attempt = await open(id, clock);
    clock.now += 5000;
    attempt.next();
    clock.now += 3000;
    attempt.setVisible(false);
    clock.now += 60_000; // hidden: not counted
    attempt.setVisible(true);
    clock.now += 1000;
    attempt.previous();
    clock.now += 2000;
    await attempt.save();
    expect((await examStore.get(id))!.timeSpentMs).toEqual([7000, 4000, 0]);
  });
});

describe('a quiz', () => {
  it('checks each answer at once, then keeps it; counted in the reviews only when asked', async () => {
    const clock = { now: T0 };
    const id = await create({ mode: 'quiz', title: 'Quiz', mcqScoring: 'all-or-nothing', countInReviews: true });
    const quiz = await open(id, clock);
    expect(quiz.remaining).toBeUndefined();
    quiz.type('Flannel');
    clock.now += 4000;
    await quiz.check();
    expect(quiz.feedback).toEqual({ points: 0, outcome: 'incorrect' });
    quiz.type('Calico'); // too late: the answer was checked
    expect(quiz.answer).toEqual({ kind: 'text', text: 'Flannel' });
    const logs = await database.reviewLogs.where('key').equals('demo/q2#1').toArray();
    expect(logs).toMatchObject([{ grade: 1, durationMs: 4000 }]);

    const untracked = await open(await create({ mode: 'quiz', title: 'Quiz', mcqScoring: 'all-or-nothing', countInReviews: false }), clock);
    untracked.go(2);
    untracked.type('30000-32767');
    await untracked.check();
    expect(untracked.feedback?.outcome).toBe('correct');
    expect(await database.reviewLogs.where('key').equals('demo/q4').count()).toBe(0);
  });
});
