// An ApiError as the user reads it, in the UI language: the code's sentence, with the refused
// deck's problem (`deck 1:12:5 error …`) filled in.
import type { ApiError } from './api';
import { formatProblemLine } from './decks/format';
import { translate, type Locale } from './i18n';
import { fileErrorText, isFileErrorCode } from './i18n/messages.errors';

export function apiErrorText(error: ApiError, locale: Locale): string {
  const problem = error.problem ? formatProblemLine(error.problem, locale) : '';
  const reason = error.params?.reason;
  const params = typeof reason === 'string' && isFileErrorCode(reason) ? { ...error.params, reason: fileErrorText(reason, locale) } : error.params;
  return translate(locale, error.code, { problem, ...params });
}
