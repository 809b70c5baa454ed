// Ids for imported decks and cards: valid kebab-case (`ID_PATTERN`), unique, and stable from one
// import of the same source to the next, since progress is keyed on deck id + card id.
import type { Card, Deck } from '../decks/types';
import { hashId } from './hash';

/** A kebab-case id from any text: accents dropped, runs of other characters turned into dashes. */
export function slugify(text: string, fallback = 'deck', maxLength = 60): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
  return slug || fallback;
}

/** `base`, or `base-2`, `base-3`… whichever is not taken yet; the chosen id is added to `taken`. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** A card id derived from a stable key (an Anki note guid, a row's content). */
export function stableCardId(prefix: string, key: string): string {
  return `${prefix}-${hashId(key)}`;
}

/** The Anki note guid of a card in exports: the one an import stored (`anki.guid`), else `kd/<deck id>/<card id>`. */
export const ankiGuid = (deck: Deck, card: Card) => card.anki?.guid ?? `kd/${deck.id}/${card.id}`;
