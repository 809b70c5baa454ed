// Intervals as the grade buttons show them: "10 min", "3 j" (French) / "3 d" (English).
import { translate, type Locale } from '../i18n';
import { DAY, HOUR, MINUTE } from './day';

const UNIT_KEYS = { min: 'interval.minutes', h: 'interval.hours', d: 'interval.days', mo: 'interval.months', y: 'interval.years' } as const;

export function formatInterval(ms: number, locale: Locale): string {
  // One decimal under 10 ("1,5 h", "2.5 mo"), whole numbers above; the catalog writes the number in the reader's way.
  const round = (value: number) => (value < 10 ? Math.round(value * 10) / 10 : Math.round(value));
  const say = (unit: keyof typeof UNIT_KEYS, n: number) => translate(locale, UNIT_KEYS[unit], { n });
  if (ms < HOUR) return say('min', Math.max(1, Math.round(ms / MINUTE)));
  if (ms < DAY) return say('h', round(ms / HOUR));
  if (ms < 30 * DAY) return say('d', Math.round(ms / DAY));
  if (ms < 365 * DAY) return say('mo', round(ms / (30 * DAY)));
  return say('y', round(ms / (365 * DAY)));
}
