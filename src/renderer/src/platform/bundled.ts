import type { DeckLibrary } from '../../../shared/api';
import type { Deck } from '../../../shared/decks/types';
import type { LoadedLibrary } from '../../../shared/decks/library';

/** Decks prepared at build time: the library as listed, and a loader per usable deck. */
export interface BundledDecks {
  library: DeckLibrary;
  deckLoaders: Record<string, () => Promise<Deck>>;
}

/** The same shape from a library loaded at run time (tests, and decks the user adds). */
export function bundleOf({ library, decks }: LoadedLibrary): BundledDecks {
  return {
    library,
    deckLoaders: Object.fromEntries([...decks].map(([id, deck]) => [id, async () => deck])),
  };
}
