import { en, fr, type MessageKey } from './messages';

export type { MessageKey } from './messages';
export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const catalogs: Record<Locale, Record<MessageKey, string>> = { fr, en };

export type MessageParams = Record<string, string | number>;

/** The message for `key` in `locale`, with `{name}` placeholders replaced by `params`. */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  return interpolate(catalogs[locale][key], params);
}

/** Replaces `{name}` placeholders; `{{…}}` (cloze syntax quoted in messages) is left alone, and so are unknown names. */
export function interpolate(template: string, params: MessageParams): string {
  return template.replace(/(?<!\{)\{(\w+)\}(?!\})/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The UI language for a system locale such as `en-US`: English when asked for, French otherwise. */
export function pickLocale(systemLocale: string | undefined): Locale {
  const language = (systemLocale ?? '').toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(language) ? (language as Locale) : 'fr';
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
