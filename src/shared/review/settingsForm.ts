// The settings form: what the student typed, checked field by field before anything is saved.
// The limits are the ones sanitizeSettings applies to stored values.
import type { MessageKey, MessageParams } from '../i18n';
import { MAX_STEPS, parseStep, SETTING_LIMITS, type NumericSetting, type ReviewSettings } from './settings';

export type SettingsField = NumericSetting | 'learningSteps' | 'relearningSteps';

export interface FieldError {
  key: MessageKey;
  params: MessageParams;
}

export interface SettingsFormInput {
  numbers: Record<NumericSetting, string | number | null | undefined>;
  learningSteps: string;
  relearningSteps: string;
  flags: Pick<ReviewSettings, 'fuzz' | 'buryNewSiblings' | 'buryReviewSiblings'>;
}

export type SettingsFormResult = { ok: true; settings: ReviewSettings } | { ok: false; errors: Partial<Record<SettingsField, FieldError>> };

/** Steps as typed ("1m 10m", commas allowed), or the first word that is not a duration. */
export function readSteps(text: string): { steps: string[] } | { error: FieldError } {
  const words = text.split(/[\s,]+/).filter(Boolean);
  const wrong = words.find((word) => parseStep(word) === undefined);
  if (wrong !== undefined) return { error: { key: 'settings.error.step', params: { step: wrong } } };
  if (words.length > MAX_STEPS) return { error: { key: 'settings.error.steps', params: { max: MAX_STEPS } } };
  return { steps: words.map((word) => parseStep(word)!) };
}

/** Reads a number as a browser's number field gives it (a number, or '' when not a number). */
function readNumber(name: NumericSetting, value: string | number | null | undefined): number | FieldError {
  const { min, max, integer } = SETTING_LIMITS[name];
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value.replace(',', '.')) : NaN;
  if (Number.isFinite(number) && number >= min && number <= max && (!integer || Number.isInteger(number))) return number;
  return { key: integer ? 'settings.error.integer' : 'settings.error.number', params: { min, max } };
}

export function readSettingsForm(input: SettingsFormInput, current: ReviewSettings): SettingsFormResult {
  const errors: Partial<Record<SettingsField, FieldError>> = {};
  const settings: ReviewSettings = { ...current, ...input.flags };
  for (const name of Object.keys(SETTING_LIMITS) as NumericSetting[]) {
    const read = readNumber(name, input.numbers[name]);
    if (typeof read === 'number') settings[name] = read;
    else errors[name] = read;
  }
  for (const name of ['learningSteps', 'relearningSteps'] as const) {
    const read = readSteps(input[name]);
    if ('error' in read) errors[name] = read.error;
    else settings[name] = read.steps;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, settings };
}
