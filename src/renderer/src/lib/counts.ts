// Library figures: per deck and in total, how many items are new, in learning and due today.
import type { Deck } from '../../../shared/decks/types';
import { studyItems, type StudyItem } from '../../../shared/review/items';
import type { DeckCounts } from '../storage/progress';
import { progress } from './progress';

export interface LibraryProgress {
  byDeck: Map<string, DeckCounts>;
  total: DeckCounts;
  /** Topic tags found in the decks, for "study a topic". */
  tags: string[];
}

export async function libraryProgress(decks: readonly Deck[]): Promise<LibraryProgress> {
  const itemsByDeck = new Map<string, StudyItem[]>(decks.map((deck) => [deck.id, studyItems(deck)]));
  const byDeck = await progress.counts(itemsByDeck, await progress.settings());
  const total = { new: 0, learning: 0, due: 0 };
  for (const counts of byDeck.values()) {
    total.new += counts.new;
    total.learning += counts.learning;
    total.due += counts.due;
  }
  const tags = [...new Set([...itemsByDeck.values()].flat().flatMap((item) => item.tags))].sort((a, b) => a.localeCompare(b));
  return { byDeck, total, tags };
}
