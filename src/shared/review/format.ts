// Intervals as the grade buttons show them: "10 min", "3 j" (French) / "3 d" (English).
import type { Locale } from '../i18n';
import { DAY, HOUR, MINUTE } from './day';

const UNITS: Record<Locale, { min: string; h: string; d: string; mo: string; y: string }> = {
  fr: { min: 'min', h: 'h', d: 'j', mo: 'mois', y: 'an' },
  en: { min: 'min', h: 'h', d: 'd', mo: 'mo', y: 'y' },
};

export function formatInterval(ms: number, locale: Locale): string {
  const unit = UNITS[locale];
  const round = (value: number) => (value < 10 && !Number.isInteger(value) ? value.toFixed(1).replace(/\.0$/, '') : Math.round(value).toString());
  const decimal = (text: string) => (locale === 'fr' ? text.replace('.', ',') : text);
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))} ${unit.min}`;
  if (ms < DAY) return decimal(`${round(ms / HOUR)} ${unit.h}`);
  if (ms < 30 * DAY) return `${Math.round(ms / DAY)} ${unit.d}`;
  if (ms < 365 * DAY) return decimal(`${round(ms / (30 * DAY))} ${unit.mo}`);
  return decimal(`${round(ms / (365 * DAY))} ${unit.y}`);
}
