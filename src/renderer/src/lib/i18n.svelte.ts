// The UI language: French by default, English available; chosen from the system locale on first
// start, then from the user's choice (kept in localStorage).
import type { ApiError } from '../../../shared/api';
import { apiErrorText } from '../../../shared/apiError';
import { isLocale, pickLocale, translate, type Locale, type MessageKey, type MessageParams } from '../../../shared/i18n';

const STORAGE_KEY = 'kubedeck.locale';

let current = $state<Locale>(readStoredLocale() ?? 'fr');

function readStoredLocale(): Locale | undefined {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

export const i18n = {
  get locale(): Locale {
    return current;
  },
  set locale(locale: Locale) {
    current = locale;
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Storage may be unavailable (private mode); the choice then lasts for this session.
    }
    document.documentElement.lang = locale;
  },
  /** On first start, follow the system locale unless the user already chose. */
  adoptSystemLocale(systemLocale: string): void {
    const locale = readStoredLocale() ?? pickLocale(systemLocale);
    current = locale;
    document.documentElement.lang = locale;
  },
};

/** The message for `key` in the current language (reactive in templates and $derived). */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(current, key, params);
}

/** Why a platform call failed, in the current language. */
export function errorText(error: ApiError): string {
  return apiErrorText(error, current);
}
