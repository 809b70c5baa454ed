// Turns deck problems into sentences (in the UI language) and into `FILE:LINE:COL` lines.
import { translate, translateParams, type Locale } from '../i18n';
import { formatFinding } from '../manifest/messages';
import type { DeckProblem } from './types';

export function formatProblem(problem: DeckProblem, locale: Locale): string {
  // Some parameters are themselves message keys ("a list", "A card"): translate them too.
  const message = translate(locale, `problem.${problem.code}`, translateParams(locale, problem.params));
  return problem.finding ? `${message} — ${formatFinding(problem.finding, locale)}` : message;
}

/** `FILE:LINE:COL error|warning MESSAGE`, the line `kubedeck check` prints. */
export function formatProblemLine(problem: DeckProblem, locale: Locale): string {
  return `${problem.file}:${problem.line}:${problem.col} ${problem.severity} ${formatProblem(problem, locale)}`;
}
