import { describe, expect, it } from 'vitest';
import { answerButtons, hourly, inPeriod } from '../../../src/shared/stats/buttons';
import { calendar } from '../../../src/shared/stats/calendar';
import { cardCounts } from '../../../src/shared/stats/counts';
import { distribution, memoryDistributions } from '../../../src/shared/stats/distributions';
import { forecast } from '../../../src/shared/stats/forecast';
import { prepareStats } from '../../../src/shared/stats/index';
import { countedAnswers } from '../../../src/shared/stats/input';
import { trueRetention } from '../../../src/shared/stats/retention';
import { reviewsPerDay } from '../../../src/shared/stats/reviews';
import { scoreSeries } from '../../../src/shared/stats/scores';
import { todayStats } from '../../../src/shared/stats/today';
import type { AttemptRecord } from '../../../src/shared/exam/attempt';
import { QUEUE_BURIED, QUEUE_REMOVED, QUEUE_SUSPENDED } from '../../../src/shared/review/types';
import { answer, at, cardState, CLOCK, memory, NOW, undo } from './fixtures';

const ALL = { kind: 'all' } as const;

describe('counted answers', () => {
  it('leaves out undone answers and undo lines, and keeps to the scope', () => {
    const kept = answer(at(0), 3);
    const undone = answer(at(0, 11), 1);
    const other = answer(at(0), 4, undefined, { key: 'e/x', deckId: 'e', cardId: 'x' });
    const logs = [kept, undone, undo(undone), other];
    expect(countedAnswers(logs, ALL)).toEqual([kept, other]);
    expect(countedAnswers(logs, { kind: 'deck', deckId: 'e' })).toEqual([other]);
    expect(countedAnswers(logs, { kind: 'keys', keys: new Set(['d/c1']) })).toEqual([kept]);
  });
});

describe('today', () => {
  it('counts cards, time, again and correct rate since the study day began (4 a.m.), per card type', () => {
    const answers = [
      answer(at(0, 3), 1), // 3 a.m. belongs to yesterday's study day
      answer(at(0, 9), 1),
      answer(at(0, 9, 5), 3),
      answer(at(0, 10), 4, undefined, { key: 'd/c2', cardId: 'c2', durationMs: 5000 }),
    ];
    const stats = todayStats(answers, CLOCK, (key) => (key === 'd/c2' ? 'mcq' : 'basic'));
    expect(stats.total).toEqual({ cards: 2, answers: 3, timeMs: 25_000, again: 1, correctRate: 2 / 3 });
    expect(stats.byType).toEqual([
      { type: 'basic', row: { cards: 1, answers: 2, timeMs: 20_000, again: 1, correctRate: 0.5 } },
      { type: 'mcq', row: { cards: 1, answers: 1, timeMs: 5000, again: 0, correctRate: 1 } },
    ]);
  });

  it('has no correct rate before the first answer', () => {
    expect(todayStats([], CLOCK, () => 'basic').total).toEqual({ cards: 0, answers: 0, timeMs: 0, again: 0, correctRate: undefined });
  });
});

describe('forecast', () => {
  it('counts reviews per coming day with a running total and the overdue backlog', () => {
    const states = [
      cardState('d/a', memory(2, 5, { due: at(-3) })), // overdue
      cardState('d/b', memory(2, 5, { due: at(0, 20) })), // later today
      cardState('d/c', memory(1, 0, { due: at(1, 2) })), // 2 a.m. tomorrow: still today's study day
      cardState('d/d', memory(2, 5, { due: at(1, 9) })),
      cardState('d/e', memory(2, 5, { due: at(6, 9) })),
      cardState('d/f', memory(2, 5, { due: at(40) })), // beyond 30 days
      cardState('d/g', memory(2, 5, { due: at(2) }), { queue: QUEUE_SUSPENDED }),
      cardState('d/h', memory(0, 0, { due: 3 })), // new: position, not a date
      cardState('d/i', memory(2, 5, { due: at(2) }), { queue: QUEUE_BURIED }),
    ];
    const stats = forecast(states, CLOCK, 30);
    expect(stats.perDay).toHaveLength(30);
    expect(stats.perDay.slice(0, 7)).toEqual([3, 1, 1, 0, 0, 0, 1]);
    expect(stats.overdue).toBe(1);
    expect(stats.dueToday).toBe(3);
    expect(stats.cumulative.slice(0, 7)).toEqual([3, 4, 5, 5, 5, 5, 6]);
    expect(stats.cumulative.at(-1)).toBe(6);
    expect(forecast(states, CLOCK, 90).cumulative.at(-1)).toBe(7);
  });
});

describe('calendar', () => {
  it('counts answers per day and finds the current and longest streaks', () => {
    const days = [-10, -9, -8, -7, -3, -2, -1];
    const answers = [...days.map((d) => answer(at(d), 3)), answer(at(-1, 12), 1)];
    const stats = calendar(answers, CLOCK);
    expect(stats.days).toHaveLength(365);
    expect(stats.days.at(-1)!.count).toBe(0);
    expect(stats.days.at(-2)!.count).toBe(2);
    expect(stats.daysStudied).toBe(7);
    // Nothing yet today: the streak still runs from yesterday.
    expect(stats.currentStreak).toBe(3);
    expect(stats.longestStreak).toBe(4);
    expect(calendar([...answers, answer(at(0, 8), 3)], CLOCK).currentStreak).toBe(4);
    expect(calendar([answer(at(-2), 3)], CLOCK).currentStreak).toBe(0);
  });
});

describe('reviews per day', () => {
  it('stacks count and time by what the card was', () => {
    const answers = [
      answer(at(-1), 3), // new card: learning
      answer(at(-1), 3, memory(1)),
      answer(at(0), 3, memory(2, 5)),
      answer(at(0), 1, memory(2, 30)),
      answer(at(0), 3, memory(3)),
      answer(at(-40), 3, memory(2, 5)), // outside 30 days
    ];
    const stats = reviewsPerDay(answers, CLOCK, 30);
    expect(stats.days).toHaveLength(30);
    expect(stats.count.learning.slice(-2)).toEqual([2, 0]);
    expect(stats.count.young.at(-1)).toBe(1);
    expect(stats.count.mature.at(-1)).toBe(1);
    expect(stats.count.relearning.at(-1)).toBe(1);
    expect(stats.totalCount).toBe(5);
    expect(stats.timeMs.learning.at(-2)).toBe(20_000);
    expect(stats.totalTimeMs).toBe(50_000);
  });
});

describe('card counts', () => {
  it('puts suspended and buried first, then by memory state and interval', () => {
    const states = [
      cardState('d/a', memory(0)),
      cardState('d/b', memory(1)),
      cardState('d/c', memory(3)),
      cardState('d/d', memory(2, 20)),
      cardState('d/e', memory(2, 21)),
      cardState('d/f', memory(2, 50), { queue: QUEUE_SUSPENDED }),
      cardState('d/g', memory(0), { queue: QUEUE_BURIED }),
    ];
    expect(cardCounts(states)).toEqual({ new: 1, learning: 2, young: 1, mature: 1, suspended: 1, buried: 1, total: 7 });
  });

  it('leaves out items removed from their deck', () => {
    const stats = prepareStats({ states: [cardState('d/a', memory(0), { queue: QUEUE_REMOVED })], logs: [], scope: ALL, days: 30, typeOf: () => 'basic', ...CLOCK });
    expect(stats.counts.total).toBe(0);
  });
});

describe('distributions', () => {
  it('buckets values with mean and median', () => {
    const stats = distribution([0.5, 1, 1, 3, 100], [0, 1, 2, 7]);
    expect(stats.buckets.map((b) => b.count)).toEqual([1, 2, 1, 1]);
    expect(stats.buckets.at(-1)).toEqual({ from: 7, to: Infinity, count: 1 });
    expect(stats.mean).toBeCloseTo(21.1);
    expect(stats.median).toBe(1);
    expect(distribution([], [0, 1])).toMatchObject({ total: 0, mean: undefined, median: undefined });
  });

  it('spreads intervals of review cards and stability, difficulty and retrievability of studied ones', () => {
    const states = [
      cardState('d/a', memory(2, 10, { stability: 10, difficulty: 3.5, lastReview: NOW })),
      cardState('d/b', memory(1, 0, { stability: 2, difficulty: 7, lastReview: NOW - 2 * 86_400_000 })),
      cardState('d/c', memory(0)),
      cardState('d/d', memory(2, 10, { stability: 10 }), { queue: QUEUE_SUSPENDED }),
    ];
    const stats = memoryDistributions(states, NOW);
    expect(stats.intervals.total).toBe(1);
    expect(stats.intervals.buckets.find((b) => b.count)!.from).toBe(7);
    expect(stats.stability.total).toBe(2);
    expect(stats.difficulty.buckets.filter((b) => b.count).map((b) => b.from)).toEqual([3, 7]);
    // Just reviewed: recall is certain; two days after a two-day stability: 90 %, by definition of stability.
    expect(stats.retrievability.buckets.at(-1)!.count).toBe(2);
    expect(stats.retrievability.mean).toBeCloseTo(0.95, 2);
  });
});

describe('every graph in one pass', () => {
  it('gives what each graph gives alone, undone answers, other decks and answers after now left out', () => {
    const young = memory(2, 5);
    const mature = memory(2, 30);
    const undone = answer(at(0, 9), 1, young);
    const logs = [
      answer(at(-400), 3, mature), // older than a year: counted, shown nowhere
      answer(at(-200), 3, mature),
      answer(at(-40, 9), 3),
      answer(at(-5, 8), 2, young),
      answer(at(-1, 9), 1, mature),
      answer(at(-1, 12), 3, memory(3)),
      answer(at(0, 3), 3, young), // 3 a.m.: yesterday's study day
      answer(at(0, 9), 3, young),
      undone,
      undo(undone),
      answer(at(0, 10), 4, memory(1), { key: 'd/c2', cardId: 'c2' }),
      answer(at(0, 11), 4, young, { key: 'e/x', deckId: 'e', cardId: 'x' }),
    ];
    const typeOf = (key: string): 'mcq' | 'basic' => (key === 'd/c2' ? 'mcq' : 'basic');
    for (const scope of [ALL, { kind: 'deck', deckId: 'd' } as const]) {
      for (const days of [30, 365] as const) {
        const answers = countedAnswers(logs, scope);
        const stats = prepareStats({ states: [], logs: [...logs, answer(at(0, 20), 1, young)], scope, days, typeOf, ...CLOCK });
        expect(stats.today).toEqual(todayStats(answers, CLOCK, typeOf));
        expect(stats.calendar).toEqual(calendar(answers, CLOCK));
        expect(stats.retention).toEqual(trueRetention(answers, CLOCK));
        expect(stats.reviews).toEqual(reviewsPerDay(answers, CLOCK, days));
        expect(stats.buttons).toEqual(answerButtons(inPeriod(answers, CLOCK, days)));
        expect(stats.hourly).toEqual(hourly(inPeriod(answers, CLOCK, days)));
        // The answer at 8 p.m., after "now", still says the student has studied.
        expect(stats.answerCount).toBe(answers.length + 1);
      }
    }
    expect(prepareStats({ states: [], logs: [undone, undo(undone)], scope: ALL, days: 30, typeOf, ...CLOCK })).toMatchObject({ answerCount: 0, studied: false });
    const deck = prepareStats({ states: [], logs, scope: { kind: 'deck', deckId: 'd' }, days: 30, typeOf, ...CLOCK });
    expect(deck.today.total).toMatchObject({ cards: 2, answers: 2 });
    expect(deck.calendar.daysStudied).toBe(5);
  });
});

describe('nothing studied yet', () => {
  it('holds only while no answer is counted and every card in scope is new', () => {
    const input = { logs: [], scope: ALL, days: 30 as const, typeOf: () => 'basic' as const, ...CLOCK };
    expect(prepareStats({ ...input, states: [cardState('d/a', memory(0))] }).studied).toBe(false);
    // Studied more than a year ago: its log lines are not read, its state says so.
    expect(prepareStats({ ...input, states: [cardState('d/a', memory(0)), cardState('d/b', memory(2, 400))] }).studied).toBe(true);
    expect(prepareStats({ ...input, states: [], logs: [answer(at(-3), 3)] }).studied).toBe(true);
  });
});

describe('true retention', () => {
  it('gives pass rates on young and mature review cards per period', () => {
    const young = memory(2, 5);
    const mature = memory(2, 30);
    const answers = [
      answer(at(0), 3, young),
      answer(at(0), 1, young),
      answer(at(0), 4, mature),
      answer(at(-1), 3, mature),
      answer(at(-1), 1, mature),
      answer(at(-5), 2, young),
      answer(at(-20), 1, young),
      answer(at(-200), 3, mature),
      answer(at(0), 1, memory(1)), // learning: not a measure of retention
      answer(at(-400), 3, mature), // older than a year
    ];
    const rows = Object.fromEntries(trueRetention(answers, CLOCK).map((row) => [row.period, row]));
    expect(rows.today.young).toEqual({ passed: 1, failed: 1, rate: 0.5 });
    expect(rows.today.mature).toEqual({ passed: 1, failed: 0, rate: 1 });
    expect(rows.yesterday.mature).toEqual({ passed: 1, failed: 1, rate: 0.5 });
    expect(rows.yesterday.young.rate).toBeUndefined();
    expect(rows.week.total).toEqual({ passed: 4, failed: 2, rate: 4 / 6 });
    expect(rows.month.young).toEqual({ passed: 2, failed: 2, rate: 0.5 });
    expect(rows.year.mature).toEqual({ passed: 3, failed: 1, rate: 0.75 });
  });
});

describe('answer buttons and hours', () => {
  it('counts each grade by card kind, relearning with learning', () => {
    const answers = [answer(at(0), 1), answer(at(0), 3, memory(3)), answer(at(0), 4, memory(2, 3)), answer(at(0), 2, memory(2, 40)), answer(at(0), 1, memory(2, 40))];
    const stats = answerButtons(answers);
    expect(stats.counts).toEqual({ learning: [1, 0, 1, 0], young: [0, 0, 0, 1], mature: [1, 1, 0, 0] });
    expect(stats.correctRate).toEqual({ learning: 0.5, young: 1, mature: 0.5 });
  });

  it('keeps to the period and gives the success rate by hour', () => {
    const answers = [answer(at(-40, 9), 3), answer(at(-1, 9), 1), answer(at(0, 9, 30), 3), answer(at(0, 17), 4)];
    const recent = inPeriod(answers, CLOCK, 30);
    expect(recent).toHaveLength(3);
    const hours = hourly(recent);
    expect(hours[9]).toEqual({ hour: 9, count: 2, correctRate: 0.5 });
    expect(hours[17]).toEqual({ hour: 17, count: 1, correctRate: 1 });
    expect(hours[3]).toEqual({ hour: 3, count: 0, correctRate: undefined });
  });
});

describe('exam score series', () => {
  it('places submitted attempts by date, quizzes and exams apart', () => {
    const attempt = (mode: 'quiz' | 'exam', submittedAt: number, percent: number, status = 'submitted') =>
      ({ mode, status, startedAt: submittedAt - 1000, submittedAt, title: `${mode} ${percent}`, score: { percent } }) as unknown as AttemptRecord;
    const series = scoreSeries([attempt('exam', at(-1), 80), attempt('quiz', at(-5), 40), attempt('quiz', at(-2), 60), attempt('exam', at(0), 0, 'running')]);
    expect(series.quiz.map((p) => p.percent)).toEqual([40, 60]);
    expect(series.exam).toEqual([{ at: at(-1), percent: 80, title: 'exam 80' }]);
    expect([series.from, series.to]).toEqual([at(-5), at(-1)]);
  });
});

describe('item index', () => {
  it('gives the keys carrying each topic and each item’s card type', async () => {
    const { indexItems } = await import('../../../src/shared/stats/index');
    const index = indexItems([
      { key: 'd/a', tags: ['cni', 'pod'], card: { type: 'basic' } },
      { key: 'd/b', tags: ['cni'], card: { type: 'mcq' } },
    ]);
    expect([...index.tags.get('cni')!]).toEqual(['d/a', 'd/b']);
    expect(index.types.get('d/b')).toBe('mcq');
  });
});
