// Ids for imported decks and cards: valid kebab-case (`ID_PATTERN`), unique, and stable from one
// import of the same source to the next, since progress is keyed on deck id + card id.
import type { Card, Deck } from '../decks/types';
import { kebabCase } from '../decks/ids';
import { ID_PATTERN } from '../decks/spec';
import { hashId } from './hash';

/** A kebab-case id from any text (decks/ids.ts, as the generator makes them), else `fallback`. */
export function slugify(text: string, fallback = 'deck', maxLength = 60): string {
  return kebabCase(text, maxLength) || fallback;
}

export { uniqueId } from '../decks/ids';

/** A card id derived from a stable key (an Anki note guid, a row's content). */
export function stableCardId(prefix: string, key: string): string {
  return `${prefix}-${hashId(key)}`;
}

/** The Anki note guid of a card in exports: the one an import stored (`anki.guid`), else `kd/<deck id>/<card id>`. */
export const ankiGuid = (deck: Deck, card: Card) => card.anki?.guid ?? `kd/${deck.id}/${card.id}`;

const ID = ID_PATTERN.source.slice(1, -1);
const KUBEDECK_GUID = new RegExp(`^kd/(${ID})/(${ID})$`);

/** The deck and card ids in a guid (an Anki note's, a TSV row's) that KubeDeck's own export wrote; undefined for any other. */
export function kubedeckIdsOf(guid: string): { deckId: string; cardId: string } | undefined {
  const match = KUBEDECK_GUID.exec(guid);
  return match ? { deckId: match[1], cardId: match[2] } : undefined;
}
