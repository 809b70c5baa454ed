// Settings never lie: what is invalid is refused field by field and nothing is saved.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, sanitizeSettings } from '../../../src/shared/review/settings';
import { readSettingsForm, readSteps, type SettingsFormInput } from '../../../src/shared/review/settingsForm';

const form = (over: Partial<SettingsFormInput> = {}, numbers: Partial<SettingsFormInput['numbers']> = {}): SettingsFormInput => ({
  numbers: { desiredRetention: 0.9, newPerDay: 20, reviewsPerDay: 200, maximumIntervalDays: 36500, dayStartHour: 4, leechThreshold: 8, ...numbers },
  learningSteps: '1m 10m',
  relearningSteps: '10m',
  flags: { fuzz: true, buryNewSiblings: true, buryReviewSiblings: false },
  ...over,
});

describe('learning steps as typed', () => {
  it('reads durations separated by spaces or commas', () => {
    expect(readSteps(' 1m, 10m  1.5h 2d ')).toEqual({ steps: ['1m', '10m', '1.5h', '2d'] });
    expect(readSteps('')).toEqual({ steps: [] });
  });

  it('names the first word that is not a duration', () => {
    expect(readSteps('1x 10m')).toEqual({ error: { key: 'settings.error.step', params: { step: '1x' } } });
    expect(readSteps('10m 0m')).toEqual({ error: { key: 'settings.error.step', params: { step: '0m' } } });
    expect(readSteps('10 m')).toEqual({ error: { key: 'settings.error.step', params: { step: '10' } } });
    expect(readSteps(Array(11).fill('1m').join(' '))).toEqual({ error: { key: 'settings.error.steps', params: { max: 10 } } });
  });
});

describe('the settings form', () => {
  it('gives the settings to save when every field is valid', () => {
    const read = readSettingsForm(form({}, { newPerDay: '35' }), DEFAULT_SETTINGS);
    expect(read).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, newPerDay: 35, buryReviewSiblings: false } });
  });

  it('refuses an invalid step or number with an error on that field, and gives nothing to save', () => {
    const read = readSettingsForm(form({ learningSteps: '1x 10m' }, { newPerDay: 10000, desiredRetention: null, dayStartHour: 4.5 }), DEFAULT_SETTINGS);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.errors).toEqual({
      learningSteps: { key: 'settings.error.step', params: { step: '1x' } },
      newPerDay: { key: 'settings.error.integer', params: { min: 0, max: 9999 } },
      desiredRetention: { key: 'settings.error.number', params: { min: 0.7, max: 0.99 } },
      dayStartHour: { key: 'settings.error.integer', params: { min: 0, max: 23 } },
    });
  });

  it('keeps stored steps it can read, normalised, and falls back to defaults on the rest', () => {
    expect(sanitizeSettings({ learningSteps: ['1.50m', '1d'] }).learningSteps).toEqual(['1.5m', '1d']);
    expect(sanitizeSettings({ learningSteps: ['1x'] }).learningSteps).toEqual(DEFAULT_SETTINGS.learningSteps);
    expect(sanitizeSettings({ buryNewSiblings: false }).buryNewSiblings).toBe(false);
    expect(sanitizeSettings({}).buryReviewSiblings).toBe(true);
  });
});
