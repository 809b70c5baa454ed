// An ApiError as the user reads it, in the UI language: the code's sentence, with the refused
// deck's problem (`deck 1:12:5 error …`) filled in, and parameters that are message keys (a file
// error's reason) said too.
import type { ApiError } from './api';
import { formatProblemLine } from './decks/format';
import { translate, translateParams, type Locale } from './i18n';

export function apiErrorText(error: ApiError, locale: Locale): string {
  const problem = error.problem ? formatProblemLine(error.problem, locale) : '';
  return translate(locale, error.code, { problem, ...translateParams(locale, error.params) });
}
