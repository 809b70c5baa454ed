import { default_w } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { isAcceptedAnswer, isMcqAnswerCorrect, normalizeAnswer } from '../../../src/shared/review/answers';
import { nextStudyDayStart, studyDayStart } from '../../../src/shared/review/day';
import { formatInterval } from '../../../src/shared/review/format';
import { studyItems } from '../../../src/shared/review/items';
import { BACKUP_FORMAT, parseBackup } from '../../../src/shared/backup/backup';
import { Scheduler } from '../../../src/shared/review/scheduler';
import { DEFAULT_SETTINGS, sanitizeSettings } from '../../../src/shared/review/settings';
import { parseDeck } from '../../../src/shared/decks/parse';
import { VALID_DECK } from '../../fixtures/decks';

const MIN = 60_000;
const DAY = 86_400_000;

describe('study day', () => {
  it('starts at 4 a.m. local time: 2 a.m. still belongs to the previous day', () => {
    const twoAm = new Date(2026, 10, 27, 2, 30).getTime();
    const fiveAm = new Date(2026, 10, 27, 5, 0).getTime();
    expect(studyDayStart(twoAm, 4)).toBe(new Date(2026, 10, 26, 4).getTime());
    expect(studyDayStart(fiveAm, 4)).toBe(new Date(2026, 10, 27, 4).getTime());
    expect(nextStudyDayStart(twoAm, 4)).toBe(new Date(2026, 10, 27, 4).getTime());
    expect(nextStudyDayStart(fiveAm, 4)).toBe(new Date(2026, 10, 28, 4).getTime());
  });
});

describe('FSRS scheduler', () => {
  const now = new Date(2026, 10, 27, 10).getTime();

  it('takes a new card through the learning steps, then to days', () => {
    const scheduler = new Scheduler({ ...DEFAULT_SETTINGS, fuzz: false });
    const again = scheduler.next(undefined, 1, now);
    expect(again.state).toBe(1);
    expect(again.due - now).toBe(1 * MIN);
    const good = scheduler.next(undefined, 3, now);
    expect(good.due - now).toBe(10 * MIN);
    const graduated = scheduler.next(good, 3, good.due);
    expect(graduated.state).toBe(2);
    expect(graduated.due - good.due).toBeGreaterThanOrEqual(DAY);
  });

  it('previews one interval per grade, longer for better grades', () => {
    const preview = new Scheduler(DEFAULT_SETTINGS).preview(undefined, now);
    expect(preview[1]).toBeLessThan(preview[3]);
    expect(preview[3]).toBeLessThan(preview[4]);
  });

  it('spreads due dates with fuzz on, and is exact with fuzz off', () => {
    let review = new Scheduler({ ...DEFAULT_SETTINGS, fuzz: false }).next(undefined, 4, now);
    for (let i = 0; i < 3; i++) review = new Scheduler({ ...DEFAULT_SETTINGS, fuzz: false }).next(review, 3, review.due);
    const exact = new Set<number>();
    const fuzzed = new Set<number>();
    for (let i = 0; i < 20; i++) {
      exact.add(new Scheduler({ ...DEFAULT_SETTINGS, fuzz: false }).next(review, 3, review.due + i * 1000).scheduledDays);
      fuzzed.add(new Scheduler(DEFAULT_SETTINGS).next(review, 3, review.due + i * 1000).scheduledDays);
    }
    expect(exact.size).toBe(1);
    expect(fuzzed.size).toBeGreaterThan(1);
  });
});

describe('intervals on the grade buttons', () => {
  it('reads naturally in both languages', () => {
    expect(formatInterval(10 * MIN, 'fr')).toBe('10 min');
    expect(formatInterval(3 * DAY, 'fr')).toBe('3 j');
    expect(formatInterval(3 * DAY, 'en')).toBe('3 d');
    expect(formatInterval(1.5 * 3_600_000, 'fr')).toBe('1,5 h');
    expect(formatInterval(400 * DAY, 'en')).toBe('1.1 y');
    expect(formatInterval(365 * DAY, 'fr')).toBe('1 an');
    expect(formatInterval(800 * DAY, 'fr')).toBe('2,2 ans');
    expect(formatInterval(45 * DAY, 'fr')).toBe('1,5 mois');
  });
});

describe('answers', () => {
  it('accepts typed answers whatever the case, accents and surrounding spaces', () => {
    expect(normalizeAnswer('  Réseau   Overlay ')).toBe('reseau overlay');
    expect(isAcceptedAnswer(' reseau overlay', ['Réseau overlay'])).toBe(true);
    expect(isAcceptedAnswer('', [''])).toBe(false);
    expect(isAcceptedAnswer('overlay', ['Réseau overlay'])).toBe(false);
  });

  it('grades multiple choice all or nothing', () => {
    const choices = [{ text: 'a', correct: true }, { text: 'b', correct: false }, { text: 'c', correct: true }];
    expect(isMcqAnswerCorrect(new Set([0, 2]), choices)).toBe(true);
    expect(isMcqAnswerCorrect(new Set([0]), choices)).toBe(false);
    expect(isMcqAnswerCorrect(new Set([0, 1, 2]), choices)).toBe(false);
  });
});

describe('study items and settings', () => {
  it('makes a reversed basic card two items and a cloze one item per gap, with stable keys', () => {
    const deck = parseDeck(VALID_DECK, 'demo.yaml').deck!;
    expect(studyItems(deck).map((item) => item.key)).toEqual(['demo/q1', 'demo/q1#reverse', 'demo/q2#1', 'demo/q2#2', 'demo/q3', 'demo/q4', 'demo/q5']);
    expect(studyItems(deck)[0].tags).toEqual(['demo']);
  });

  it('keeps valid settings and replaces invalid ones by defaults', () => {
    expect(sanitizeSettings({ desiredRetention: 0.85, newPerDay: 5, learningSteps: ['5m', '1h'] })).toMatchObject({ desiredRetention: 0.85, newPerDay: 5, learningSteps: ['5m', '1h'], fuzz: true });
    expect(sanitizeSettings({ desiredRetention: 2, newPerDay: -1, learningSteps: ['soon'], fuzz: 'yes' })).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps fitted FSRS parameters only when they are 21 finite numbers with positive initial stabilities', () => {
    const fitted = default_w.map((w, i) => (i === 2 ? 8 : w));
    expect(sanitizeSettings({ parameters: fitted }).parameters).toEqual(fitted);
    for (const parameters of [fitted.slice(0, 19), [...fitted.slice(0, 20), Number.NaN], [0, ...fitted.slice(1)], 'w', [...fitted.slice(0, 20), '1']]) {
      expect(sanitizeSettings({ parameters })).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('carries fitted parameters in a backup', () => {
    const parameters = default_w.map((w, i) => (i === 0 ? 0.5 : w));
    const file = JSON.stringify({ format: BACKUP_FORMAT, settings: { ...DEFAULT_SETTINGS, parameters }, cardStates: [], reviewLogs: [] });
    expect(parseBackup(file).settings.parameters).toEqual(parameters);
  });

  it('schedules with the fitted parameters: a student who remembers Good answers longer waits longer', () => {
    const now = Date.UTC(2026, 0, 1);
    const settings = { ...DEFAULT_SETTINGS, fuzz: false, learningSteps: [] };
    const longer = default_w.map((w, i) => (i === 2 ? w * 4 : w));
    const usual = new Scheduler(settings).next(undefined, 3, now);
    const fitted = new Scheduler({ ...settings, parameters: longer }).next(undefined, 3, now);
    expect(fitted.stability).toBeCloseTo(longer[2], 3);
    expect(fitted.scheduledDays).toBeGreaterThan(usual.scheduledDays);
  });
});
