// What a study session covers: one deck, one tag, or everything; and the items it contains.
import type { Deck } from '../../../shared/decks/types';
import { studyItems, type StudyItem } from '../../../shared/review/items';
import { api } from './api';
import { errorText } from './i18n.svelte';
import { rememberTopics } from './topics.svelte';

export type StudyScope = { kind: 'deck'; deckId: string } | { kind: 'tag'; tag: string } | { kind: 'all' };

/** Every usable deck, loaded whole (the library lists summaries only). */
export async function loadAllDecks(): Promise<Deck[]> {
  const { decks } = await api.listDecks();
  const loaded = await Promise.all(decks.filter((e) => e.summary).map((e) => api.getDeck(e.summary!.id)));
  const usable = loaded.flatMap((result) => (result.ok ? [result.value] : []));
  rememberTopics(usable);
  return usable;
}

export interface ScopeItems {
  /** Every item of the decks involved (progress records are kept per whole deck). */
  items: StudyItem[];
  /** For a topic: the keys of the items that carry it. */
  only?: Set<string>;
  /** For a single deck: its title. */
  deckTitle?: string;
}

export async function itemsInScope(scope: StudyScope): Promise<ScopeItems> {
  if (scope.kind === 'deck') {
    const result = await api.getDeck(scope.deckId);
    if (!result.ok) throw new Error(errorText(result.error));
    return { items: studyItems(result.value), deckTitle: result.value.title };
  }
  const items = (await loadAllDecks()).flatMap(studyItems);
  if (scope.kind === 'all') return { items };
  const tagged = items.filter((item) => item.tags.includes(scope.tag));
  const decks = new Set(tagged.map((item) => item.deckId));
  return { items: items.filter((item) => decks.has(item.deckId)), only: new Set(tagged.map((item) => item.key)) };
}
