// The i18n layer: the languages, the text shape every catalog uses, and the app's own catalog.
import { say } from './catalog';
import type { MessageParams } from './interpolate';
import type { Locale } from './locale';
import { MESSAGES, type MessageKey } from './messages';

export { say, type Catalog, type Message, type Text } from './catalog';
export { interpolate, type MessageParams } from './interpolate';
export { deckLocale, isLocale, LOCALES, pickLocale, type Locale } from './locale';
export { MESSAGES, type MessageKey } from './messages';

export const isMessageKey = (value: unknown): value is MessageKey => typeof value === 'string' && Object.hasOwn(MESSAGES, value);

/** The parameters, those that are themselves message keys ("a list", "no such file") said in `locale`. */
export function translateParams(locale: Locale, params: MessageParams = {}): MessageParams {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, isMessageKey(value) ? translate(locale, value) : value]));
}

/** The app's message for `key` in `locale`, with placeholders and plurals filled from `params`. */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  return say(MESSAGES[key], locale, params);
}
