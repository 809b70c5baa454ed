// The two languages of the app and the CLI, and which one a system locale asks for.
export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The UI language for a system locale such as `en-US`: English when asked for, French otherwise. */
export function pickLocale(systemLocale: string | undefined): Locale {
  const language = (systemLocale ?? '').toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(language) ? (language as Locale) : 'fr';
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language of texts written for a deck's readers (labels in a printed sheet or an Anki note): French for a French deck, English for any other. */
export function deckLocale(lang: string): Locale {
  return lang.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
