// Review settings: per user, with defaults close to Anki's and FSRS's own.
import type { SiblingBurying } from './siblings';

export interface ReviewSettings extends SiblingBurying {
  /** Probability of recalling a card when it comes due (FSRS request_retention). */
  desiredRetention: number;
  newPerDay: number;
  reviewsPerDay: number;
  /** Steps of the first learning phase and after a lapse, as ts-fsrs writes them ("1m", "10m", "1d"). */
  learningSteps: string[];
  relearningSteps: string[];
  maximumIntervalDays: number;
  /** Spread due dates a little so that cards learnt together do not stay together. */
  fuzz: boolean;
  /** Hour (local time) at which a new study day starts, 4 a.m. like Anki. */
  dayStartHour: number;
  /** Lapses after which a card is flagged as a leech. */
  leechThreshold: number;
}

export const DEFAULT_SETTINGS: Readonly<ReviewSettings> = {
  desiredRetention: 0.9,
  newPerDay: 20,
  reviewsPerDay: 200,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  maximumIntervalDays: 36500,
  fuzz: true,
  dayStartHour: 4,
  leechThreshold: 8,
  // Anki leaves these off; a course deck is full of cloze gaps and reversed cards that give each
  // other away, so here they are on.
  buryNewSiblings: true,
  buryReviewSiblings: true,
};

const STEP = /^\d+(?:\.\d+)?[mhd]$/;

/** Settings from stored or imported values: every field checked, defaults where missing or invalid. */
export function sanitizeSettings(value: unknown): ReviewSettings {
  const input = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof ReviewSettings, unknown>>;
  const number = (name: keyof ReviewSettings, min: number, max: number, integer = true): number => {
    const v = input[name];
    const ok = typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max && (!integer || Number.isInteger(v));
    return ok ? (v as number) : (DEFAULT_SETTINGS[name] as number);
  };
  const steps = (name: 'learningSteps' | 'relearningSteps'): string[] => {
    const v = input[name];
    return Array.isArray(v) && v.length <= 10 && v.every((s) => typeof s === 'string' && STEP.test(s)) ? [...v] : [...DEFAULT_SETTINGS[name]];
  };
  const flag = (name: 'fuzz' | 'buryNewSiblings' | 'buryReviewSiblings'): boolean => {
    const v = input[name];
    return typeof v === 'boolean' ? v : DEFAULT_SETTINGS[name];
  };
  return {
    desiredRetention: number('desiredRetention', 0.7, 0.99, false),
    newPerDay: number('newPerDay', 0, 9999),
    reviewsPerDay: number('reviewsPerDay', 0, 99999),
    learningSteps: steps('learningSteps'),
    relearningSteps: steps('relearningSteps'),
    maximumIntervalDays: number('maximumIntervalDays', 1, 36500),
    fuzz: flag('fuzz'),
    buryNewSiblings: flag('buryNewSiblings'),
    buryReviewSiblings: flag('buryReviewSiblings'),
    dayStartHour: number('dayStartHour', 0, 23),
    leechThreshold: number('leechThreshold', 1, 99),
  };
}
