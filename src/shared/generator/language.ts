// The deck's language: from the front matter or the file name when given, else guessed from the
// prose by counting common French and English words (a chapter has hundreds of them).
import { LANG_PATTERN } from '../decks/spec';

const FRENCH_WORDS = new Set(
  'le la les des une est et dans pour du au aux que qui sur avec pas ce cette ces sont ou par sa son ses leur nous vous il elle ne plus être peut entre comme mais donc'.split(
    ' ',
  ),
);
const ENGLISH_WORDS = new Set(
  'the is are and of to in for with that this it be by as an or from which can not your you we has have was will each these when into'.split(' '),
);

export interface LanguageGuess {
  lang: 'fr' | 'en';
  /** False when the text had no common word of either language (the guess is then English). */
  confident: boolean;
}

export function guessLanguage(prose: string): LanguageGuess {
  let french = 0;
  let english = 0;
  for (const word of prose.toLowerCase().split(/[^\p{L}]+/u)) {
    if (FRENCH_WORDS.has(word)) french++;
    else if (ENGLISH_WORDS.has(word)) english++;
  }
  return { lang: french > english ? 'fr' : 'en', confident: french !== english };
}

/** A language tag as a deck wants it (`fr`, `en-GB`), or undefined when `value` is not one. */
export function normalizeLang(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const [primary, ...rest] = value.trim().replace(/_/g, '-').split('-');
  const tag = [primary.toLowerCase(), ...rest].join('-');
  return LANG_PATTERN.test(tag) ? tag : undefined;
}
