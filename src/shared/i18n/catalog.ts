// The one shape of a user-facing text: French and English side by side, so that a text missing in
// one language fails the type check. Every catalog (app screens, checker messages, exchange errors,
// CLI help…) is a record of such texts, read through `say`.
import type { Locale } from './locale';
import { interpolate, type MessageParams } from './interpolate';

export type Text = Readonly<Record<Locale, string>>;
export type Catalog = Readonly<Record<string, Text>>;

/** A message that crosses a boundary (IPC, a worker, a backup check) as data, translated where it is shown. */
export interface Message<Code extends string = string> {
  code: Code;
  params?: MessageParams;
}

/** The text in `locale`, with its placeholders and plurals filled from `params`. */
export function say(text: Text, locale: Locale, params: MessageParams = {}): string {
  return interpolate(text[locale], params, locale);
}
