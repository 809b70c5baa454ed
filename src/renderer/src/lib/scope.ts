// What a study session covers: one deck, one tag, or everything; and the items it contains.
import type { Deck } from '../../../shared/decks/types';
import { studyItems, type StudyItem } from '../../../shared/review/items';
import { api } from './api';

export type StudyScope = { kind: 'deck'; deckId: string } | { kind: 'tag'; tag: string } | { kind: 'all' };

/** Every usable deck, loaded whole (the library lists summaries only). */
export async function loadAllDecks(): Promise<Deck[]> {
  const { decks } = await api.listDecks();
  const loaded = await Promise.all(decks.filter((e) => e.summary).map((e) => api.getDeck(e.summary!.id)));
  return loaded.flatMap((result) => (result.ok ? [result.value] : []));
}

/** The items a scope covers, and for a single deck its title. */
export async function itemsInScope(scope: StudyScope): Promise<{ items: StudyItem[]; deckTitle?: string }> {
  if (scope.kind === 'deck') {
    const result = await api.getDeck(scope.deckId);
    if (!result.ok) throw new Error(result.error);
    return { items: studyItems(result.value), deckTitle: result.value.title };
  }
  const items = (await loadAllDecks()).flatMap(studyItems);
  return { items: scope.kind === 'tag' ? items.filter((item) => item.tags.includes(scope.tag)) : items };
}
