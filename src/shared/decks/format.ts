// Turns deck problems into sentences (in the UI language) and into `FILE:LINE:COL` lines.
import { translate, type Locale } from '../i18n';
import { MESSAGES, type MessageKey } from '../i18n/messages';
import { formatFinding } from '../manifest/messages';
import type { DeckProblem } from './types';

const isMessageKey = (value: unknown): value is MessageKey => typeof value === 'string' && Object.hasOwn(MESSAGES, value);

export function formatProblem(problem: DeckProblem, locale: Locale): string {
  // Some parameters are themselves message keys ("a list", "A card"): translate them too.
  const params = Object.fromEntries(
    Object.entries(problem.params).map(([name, value]) => [name, isMessageKey(value) ? translate(locale, value) : value]),
  );
  const message = translate(locale, `problem.${problem.code}`, params);
  return problem.finding ? `${message} — ${formatFinding(problem.finding, locale)}` : message;
}

/** `FILE:LINE:COL error|warning MESSAGE`, the line `kubedeck check` prints. */
export function formatProblemLine(problem: DeckProblem, locale: Locale): string {
  return `${problem.file}:${problem.line}:${problem.col} ${problem.severity} ${formatProblem(problem, locale)}`;
}
