// Numbers as the results and history screens show them, in the UI language.
import type { Locale } from '../i18n';
import { markClozeGap } from '../decks/clozeMarks';
import type { QuestionItem } from './questions';

/** A share (0 to 1) as a whole percentage: `75 %` in French, `75%` in English. */
export function formatShare(share: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** Points, with decimals only when partial credit gives some: `7`, `7,5`, `0,67`. */
export function formatPoints(points: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(points);
}

/** A duration as `45 s`, `12 min 05 s` or `1 h 05 min`. */
export function formatDuration(ms: number): string {
  const seconds = Math.round(Math.max(0, ms) / 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${two(seconds % 60)} s`;
  const hours = Math.floor(minutes / 60);
  return `${hours} h ${two(minutes % 60)} min`;
}

/** The question as asked (Markdown): a cloze card with its gap hidden and marked. */
export function questionPrompt(item: QuestionItem): string {
  switch (item.card.type) {
    case 'mcq':
    case 'input':
      return item.card.question;
    case 'cloze':
      return markClozeGap(item.card.text, item.side.kind === 'gap' ? item.side.index : 0, 'question');
    case 'yaml-fix':
      return item.card.task;
  }
}
