// Placeholders and ICU-style plurals in a message template, for any catalog.
import type { Locale } from './locale';

export type MessageParams = Record<string, string | number>;

/**
 * Replaces `{name}` placeholders and ICU plurals (`{count, plural, one {# carte} other {# cartes}}`,
 * `=0 {…}` too, chosen by Intl.PluralRules for `locale`); `{{…}}` (cloze syntax quoted in messages)
 * is left alone, and so are unknown names.
 */
export function interpolate(template: string, params: MessageParams, locale: Locale): string {
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
    // `#` is the number as the reader writes it ("1,5" in French); a count that is not a number stays as given.
    const shown = Number.isFinite(count) ? new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(count) : String(params[match[1]]);
    result += template.slice(from, match.index) + branch.replace(/#/g, shown);
    from = i + 1;
  }
  return result + template.slice(from);
}
