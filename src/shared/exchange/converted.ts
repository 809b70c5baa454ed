// What a converter (Anki package, TSV/CSV) hands back before ids are checked against the library.
import { findClozeGaps } from '../decks/cloze';
import type { AnkiNotes, Card, Deck } from '../decks/types';
import { selfNamedTopics } from '../decks/topics';
import { DECK_FORMAT } from '../decks/types';
import type { ImportedMedia } from './media';
import type { ImportWarning } from './warnings';

export interface ConvertedDecks {
  decks: Deck[];
  media: ImportedMedia[];
  warnings: ImportWarning[];
}

export interface ForeignDeckInfo {
  id: string;
  title: string;
  lang: string;
  description: string;
  source: string;
  cards: Card[];
  /** The Anki notes the cards come from (Anki imports). */
  anki?: AnkiNotes;
}

/** A deck from another tool, with the required texts filled in so that it passes parseDeck. */
export function foreignDeck(info: ForeignDeckInfo): Deck {
  const text = (value: string, fallback: string) => (value.trim() ? value : fallback);
  const topics = selfNamedTopics(info.cards.flatMap((card) => card.tags), info.lang);
  return {
    format: DECK_FORMAT,
    id: info.id,
    title: text(info.title, info.id),
    lang: info.lang,
    description: text(info.description, info.title || info.id),
    source: text(info.source, info.title || info.id),
    tags: [],
    ...(Object.keys(topics).length > 0 ? { topics } : {}),
    cards: info.cards,
    ...(info.anki ? { anki: info.anki } : {}),
  };
}

const ANKI_CLOZE_OPENING = /\{\{c\d+::/y;

/**
 * Anki cloze markers `{{c1::answer::hint}}` as KubeDeck gaps `{{answer::hint}}`; any other `{{`
 * is escaped, so that every gap left is well formed. One pass: hostile texts full of unclosed
 * markers must not cost quadratic time (here or in the gap search of parseDeck).
 */
export function fromAnkiCloze(text: string): string {
  let out = '';
  let i = 0;
  let closingLeft = true;
  while (i < text.length) {
    const open = text.indexOf('{{', i);
    if (open < 0) break;
    out += text.slice(i, open);
    ANKI_CLOZE_OPENING.lastIndex = open;
    const marker = ANKI_CLOZE_OPENING.exec(text);
    const close = marker && closingLeft ? text.indexOf('}}', open + marker[0].length) : -1;
    if (marker && close < 0) closingLeft = false; // no `}}` further on: no later marker can close either
    if (marker && close >= 0) {
      out += `{{${text.slice(open + marker[0].length, close)}}}`;
      i = close + 2;
    } else {
      out += '{\\{';
      i = open + 2;
    }
  }
  return out + text.slice(i);
}

export const hasAnkiCloze = (text: string) => /\{\{c\d+::/.test(text);

/** Whether `text` makes a valid KubeDeck cloze card: at least one gap, none empty. */
export function hasValidGaps(text: string): boolean {
  const gaps = findClozeGaps(text);
  return gaps.length > 0 && gaps.every((gap) => gap.answer !== '');
}

/** Tags as KubeDeck keeps them: trimmed, non-empty, each once. */
export function cleanTags(tags: Iterable<string>): string[] {
  return [...new Set([...tags].map((tag) => tag.trim()).filter(Boolean))];
}
