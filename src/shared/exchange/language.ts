// The language of an imported deck, which neither Anki nor a TSV file records: French or English,
// from how often each language's commonest words appear in the cards' text.
import { cardTexts } from '../decks/cards';
import type { Card } from '../decks/types';
import type { ImportFormat } from './importFile';

/** The languages an imported deck may be given in the import preview. */
export const DECK_LANGUAGES = ['fr', 'en'] as const;

/** Formats that do not record the decks' language (it is detected from the cards): the student may choose it before adding. */
export function languageIsGuessed(format: ImportFormat): boolean {
  return format === 'apkg' || format === 'delimited';
}

const COMMON_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: new Set(['le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'et', 'est', 'sont', 'dans', 'pour', 'que', 'qui', 'quel', 'quelle', 'pas', 'sur', 'avec', 'ce', 'cette', 'il', 'elle', 'au', 'aux', 'ou', 'par', 'ne', 'se', 'son', 'sa', 'ses', 'qu', 'on']),
  en: new Set(['the', 'is', 'are', 'a', 'an', 'and', 'of', 'to', 'in', 'that', 'it', 'for', 'with', 'on', 'what', 'which', 'be', 'by', 'this', 'not', 'or', 'its', 'from', 'does', 'do', 'how', 'when', 'can', 'you', 'your']),
};

/** How many cards are read: enough to tell, few enough to stay instant on a 20,000-note package. */
const SAMPLE = 300;
/** One language must have this many common words more than the other, and at least MIN of them. */
const RATIO = 1.5;
const MIN = 5;

/** `fr` or `en` when the cards clearly read as one of them, else `fallback`. */
export function detectLanguage(cards: readonly Card[], fallback = 'fr'): string {
  const counts = { fr: 0, en: 0 };
  for (const card of cards.slice(0, SAMPLE)) {
    // Code (inline or fenced) names things, it does not tell the language.
    const words = cardTexts(card).join(' ').replace(/`[^`]*`/g, ' ').toLowerCase().split(/[^\p{L}]+/u);
    for (const word of words) {
      if (COMMON_WORDS.fr.has(word)) counts.fr++;
      if (COMMON_WORDS.en.has(word)) counts.en++;
    }
  }
  if (counts.fr >= MIN && counts.fr >= counts.en * RATIO) return 'fr';
  if (counts.en >= MIN && counts.en >= counts.fr * RATIO) return 'en';
  return fallback;
}
