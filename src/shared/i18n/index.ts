import { en, fr, type MessageKey } from './messages';

export type { MessageKey } from './messages';
export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const catalogs: Record<Locale, Record<MessageKey, string>> = { fr, en };

export type MessageParams = Record<string, string | number>;

/** The message for `key` in `locale`, with `{name}` placeholders replaced by `params`. */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  return interpolate(catalogs[locale][key], params, locale);
}

/**
 * Replaces `{name}` placeholders and ICU plurals (`{count, plural, one {# carte} other {# cartes}}`,
 * `=0 {…}` too, chosen by Intl.PluralRules for `locale`); `{{…}}` (cloze syntax quoted in messages)
 * is left alone, and so are unknown names.
 */
export function interpolate(template: string, params: MessageParams, locale: Locale = 'en'): string {
  return expandPlurals(template, params, locale).replace(/(?<!\{)\{(\w+)\}(?!\})/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

const PLURAL_START = /\{(\w+), plural,/g;

function expandPlurals(template: string, params: MessageParams, locale: Locale): string {
  let result = '';
  let from = 0;
  for (const match of template.matchAll(PLURAL_START)) {
    if (match.index < from) continue;
    const branches = new Map<string, string>();
    let i = match.index + match[0].length;
    for (;;) {
      while (template[i] === ' ') i++;
      if (template[i] === '}' || i >= template.length) break;
      const selector = /^[=\w]+/.exec(template.slice(i))?.[0];
      if (!selector) break;
      i += selector.length;
      while (template[i] === ' ') i++;
      if (template[i] !== '{') break;
      let depth = 0;
      const open = i;
      for (; i < template.length; i++) {
        if (template[i] === '{') depth++;
        else if (template[i] === '}' && --depth === 0) break;
      }
      branches.set(selector, template.slice(open + 1, i));
      i++;
    }
    const count = Number(params[match[1]]);
    const branch = branches.get(`=${count}`) ?? branches.get(new Intl.PluralRules(locale).select(count)) ?? branches.get('other') ?? '';
    result += template.slice(from, match.index) + branch.replace(/#/g, String(params[match[1]]));
    from = i + 1;
  }
  return result + template.slice(from);
}

/** The UI language for a system locale such as `en-US`: English when asked for, French otherwise. */
export function pickLocale(systemLocale: string | undefined): Locale {
  const language = (systemLocale ?? '').toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(language) ? (language as Locale) : 'fr';
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
