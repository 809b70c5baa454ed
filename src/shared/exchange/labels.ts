// The labels KubeDeck writes into exported content (printed sheets, Anki notes, TSV rows). They
// follow the deck's language, not the UI's: the sheet or the note is read by the deck's audience.
import { deckLocale, say, type Catalog, type MessageParams } from '../i18n';

export const EXPORT_LABELS = {
  'sheet.question': { fr: 'Question', en: 'Question' },
  'sheet.answer': { fr: 'Réponse', en: 'Answer' },
  'sheet.meta': {
    fr: 'Source : {source} · {count, plural, one {# carte} other {# cartes}}',
    en: 'Source: {source} · {count, plural, one {# card} other {# cards}}',
  },
  'card.correct': {
    fr: '{count, plural, one {Bonne réponse} other {Bonnes réponses}}',
    en: '{count, plural, one {Correct answer} other {Correct answers}}',
  },
  'card.accepted': { fr: 'Réponses acceptées :', en: 'Accepted answers:' },
  'card.hints': { fr: 'Indices', en: 'Hints' },
  'card.fixed': { fr: 'Manifeste corrigé', en: 'Fixed manifest' },
} as const satisfies Catalog;

export type ExportLabel = keyof typeof EXPORT_LABELS;

/** The label `key` for a deck written in `lang`. */
export function exportLabel(lang: string, key: ExportLabel, params?: MessageParams): string {
  return say(EXPORT_LABELS[key], deckLocale(lang), params);
}
