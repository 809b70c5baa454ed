// An ApiError as the user reads it, in the UI language: the code's sentence, with the refused
// deck's problem (`deck 1:12:5 error …`) filled in.
import type { ApiError } from './api';
import { formatProblemLine } from './decks/format';
import { translate, type Locale } from './i18n';

export function apiErrorText(error: ApiError, locale: Locale): string {
  const problem = error.problem ? formatProblemLine(error.problem, locale) : '';
  return translate(locale, error.code, { problem, ...error.params });
}
