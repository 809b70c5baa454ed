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
  /** FSRS parameters fitted to this student's reviews (ts-fsrs `w`); undefined: FSRS's defaults. */
  parameters?: number[];
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

/** Bounds of each numeric setting: the form shows them and refuses values outside. */
export const SETTING_LIMITS = {
  desiredRetention: { min: 0.7, max: 0.99, integer: false },
  newPerDay: { min: 0, max: 9999, integer: true },
  reviewsPerDay: { min: 0, max: 99999, integer: true },
  maximumIntervalDays: { min: 1, max: 36500, integer: true },
  dayStartHour: { min: 0, max: 23, integer: true },
  leechThreshold: { min: 1, max: 99, integer: true },
} as const satisfies Partial<Record<keyof ReviewSettings, { min: number; max: number; integer: boolean }>>;

export type NumericSetting = keyof typeof SETTING_LIMITS;

export const MAX_STEPS = 10;

/** A step as ts-fsrs reads it: a positive number of minutes, hours or days ("10m", "1.5h", "1d"). */
export function parseStep(text: string): string | undefined {
  const match = /^(\d+(?:\.\d+)?)([mhd])$/.exec(text.trim());
  return match && Number(match[1]) > 0 ? `${Number(match[1])}${match[2]}` : undefined;
}

/** Settings from stored or imported values: every field checked, defaults where missing or invalid. */
export function sanitizeSettings(value: unknown): ReviewSettings {
  const input = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof ReviewSettings, unknown>>;
  const number = (name: NumericSetting): number => {
    const { min, max, integer } = SETTING_LIMITS[name];
    const v = input[name];
    const ok = typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max && (!integer || Number.isInteger(v));
    return ok ? (v as number) : DEFAULT_SETTINGS[name];
  };
  const steps = (name: 'learningSteps' | 'relearningSteps'): string[] => {
    const v = input[name];
    const read = Array.isArray(v) && v.length <= MAX_STEPS ? v.map((s) => (typeof s === 'string' ? parseStep(s) : undefined)) : [undefined];
    return read.every((s) => s !== undefined) ? (read as string[]) : [...DEFAULT_SETTINGS[name]];
  };
  const flag = (name: 'fuzz' | 'buryNewSiblings' | 'buryReviewSiblings'): boolean => {
    const v = input[name];
    return typeof v === 'boolean' ? v : DEFAULT_SETTINGS[name];
  };
  const parameters = sanitizeParameters(input.parameters);
  return {
    ...(parameters ? { parameters } : {}),
    desiredRetention: number('desiredRetention'),
    newPerDay: number('newPerDay'),
    reviewsPerDay: number('reviewsPerDay'),
    learningSteps: steps('learningSteps'),
    relearningSteps: steps('relearningSteps'),
    maximumIntervalDays: number('maximumIntervalDays'),
    fuzz: flag('fuzz'),
    buryNewSiblings: flag('buryNewSiblings'),
    buryReviewSiblings: flag('buryReviewSiblings'),
    dayStartHour: number('dayStartHour'),
    leechThreshold: number('leechThreshold'),
  };
}

/** How many FSRS-6 parameters ts-fsrs and the optimizer read. */
export const PARAMETER_COUNT = 21;

/** Fitted parameters from stored or imported values: 21 finite numbers that ts-fsrs accepts, or undefined. */
export function sanitizeParameters(value: unknown): number[] | undefined {
  if (!Array.isArray(value) || value.length !== PARAMETER_COUNT) return undefined;
  if (!value.every((v) => typeof v === 'number' && Number.isFinite(v))) return undefined;
  // ts-fsrs clamps each parameter into its own range; a stability of 0 or less would divide by zero.
  return value.slice(0, 4).every((v: number) => v > 0) ? [...(value as number[])] : undefined;
}
