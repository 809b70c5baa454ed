// Library figures: per deck and in total, what today's queue holds (new, learning, due), the same
// numbers the study screen starts from.
import type { Deck } from '../../../shared/decks/types';
import { studyItems, type StudyItem } from '../../../shared/review/items';
import type { QueueCounts } from '../storage/progress';
import { progress } from './progress';

export interface DeckCounts {
  new: number;
  learning: number;
  due: number;
}

export interface LibraryProgress {
  byDeck: Map<string, DeckCounts>;
  total: DeckCounts;
  /** Topic tags found in the decks, for "study a topic". */
  tags: string[];
}

const asDeckCounts = (counts: QueueCounts): DeckCounts => ({ new: counts.new, learning: counts.learning, due: counts.review });

export async function libraryProgress(decks: readonly Deck[]): Promise<LibraryProgress> {
  const itemsByDeck = new Map<string, StudyItem[]>(decks.map((deck) => [deck.id, studyItems(deck)]));
  const today = await progress.todayCounts(itemsByDeck, await progress.settings());
  const byDeck = new Map([...today.byDeck].map(([deckId, counts]) => [deckId, asDeckCounts(counts)]));
  const tags = [...new Set([...itemsByDeck.values()].flat().flatMap((item) => item.tags))].sort((a, b) => a.localeCompare(b));
  return { byDeck, total: asDeckCounts(today.total), tags };
}
