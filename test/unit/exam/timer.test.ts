import { describe, expect, it } from 'vitest';
import { newAttempt, submitAttempt, timeUsedMs, unansweredIndexes } from '../../../src/shared/exam/attempt';
import { formatClock, isTimeUp, remainingMs, warningPassed } from '../../../src/shared/exam/timer';
import { poolOf, taggedDeck } from './helpers';

const MINUTE = 60_000;
const start = Date.UTC(2026, 5, 1, 9, 0);
const questions = poolOf(taggedDeck({ ingress: 3 })).slice(0, 3);
const exam = () => newAttempt({ mode: 'exam', title: 'Mock', durationMinutes: 30, passMark: 50, mcqScoring: 'all-or-nothing', countInReviews: false }, questions, 1, start);

describe('exam clock', () => {
  it('computes the time left from the start and the duration, so a resumed exam shows exactly what is left', () => {
    const attempt = exam();
    expect(remainingMs(attempt, start)).toBe(30 * MINUTE);
    // Closed after 12 minutes, reopened 5 minutes later: the clock kept running meanwhile.
    expect(remainingMs(attempt, start + 17 * MINUTE + 1500)).toBe(13 * MINUTE - 1500);
    expect(formatClock(remainingMs(attempt, start + 17 * MINUTE + 1500)!)).toBe('12:59');
    expect(isTimeUp(attempt, start + 30 * MINUTE - 1)).toBe(false);
    expect(isTimeUp(attempt, start + 30 * MINUTE)).toBe(true);
    expect(remainingMs(attempt, start + 90 * MINUTE)).toBe(0);
  });

  it('has no clock for a quiz', () => {
    const quiz = newAttempt({ mode: 'quiz', title: 'Quiz', mcqScoring: 'partial', countInReviews: true, durationMinutes: 30 }, questions, 1, start);
    expect(remainingMs(quiz, start + 999 * MINUTE)).toBeUndefined();
    expect(isTimeUp(quiz, start + 999 * MINUTE)).toBe(false);
  });

  it('announces 5 minutes and 1 minute left, once each', () => {
    expect(warningPassed(5 * MINUTE + 200, 5 * MINUTE - 50)).toBe(5 * MINUTE);
    expect(warningPassed(5 * MINUTE - 50, 5 * MINUTE - 300)).toBeUndefined();
    expect(warningPassed(MINUTE + 10, MINUTE)).toBe(MINUTE);
    expect(warningPassed(6 * MINUTE, 30_000)).toBe(MINUTE);
  });

  it('shows minutes and seconds, and hours for long exams', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(1)).toBe('00:01');
    expect(formatClock(65_000)).toBe('01:05');
    expect(formatClock(2 * 3600_000 + 5 * MINUTE)).toBe('2:05:00');
  });
});

describe('handing in', () => {
  it('scores the answers given so far; the unanswered ones score nothing', () => {
    const attempt = exam();
    attempt.answers[0] = { kind: 'text', text: 'ingress1' };
    attempt.answers[2] = { kind: 'text', text: 'wrong' };
    expect(unansweredIndexes(attempt)).toEqual([1]);
    const handedIn = submitAttempt(attempt, start + 10 * MINUTE);
    expect(handedIn).toMatchObject({ status: 'submitted', submittedAt: start + 10 * MINUTE, timedOut: false });
    expect(handedIn.score).toMatchObject({ points: 1, max: 3 });
    expect(handedIn.score!.questions.map((q) => q.outcome)).toEqual(['correct', 'unanswered', 'incorrect']);
    expect(timeUsedMs(handedIn)).toBe(10 * MINUTE);
  });

  it('at zero, hands in the exam as it stood when time ran out, even when reopened much later', () => {
    const attempt = exam();
    attempt.answers[0] = { kind: 'text', text: 'ingress1' };
    const handedIn = submitAttempt(attempt, start + 3 * 60 * MINUTE);
    expect(handedIn).toMatchObject({ status: 'submitted', submittedAt: start + 30 * MINUTE, timedOut: true });
    expect(timeUsedMs(handedIn)).toBe(30 * MINUTE);
    expect(handedIn.score!.points).toBe(1);
  });
});
