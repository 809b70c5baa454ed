// What the library shows of its decks: the ones a search keeps (every word found in the title,
// description, id, topics or file name, accents and case ignored), in the order chosen: by title,
// or most due today first. Broken files always come last, by file name.
import { fold } from '../text';
import type { DeckEntry } from './library';

export const LIBRARY_SORTS = ['title', 'due'] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];

/** Today's numbers for one deck, as the library tiles show them. */
export interface DeckDueCounts {
  new: number;
  learning: number;
  due: number;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function searchedText(entry: DeckEntry): string {
  const summary = entry.summary;
  return fold(summary ? [summary.title, summary.description, summary.id, ...summary.tags, entry.file].join(' ') : entry.file);
}

/**
 * The entries to show. `counts` (per deck id) may still be loading: sorting by due then keeps
 * the title order. Ties keep the title order too.
 */
export function libraryView(entries: readonly DeckEntry[], query: string, sort: LibrarySort, counts?: ReadonlyMap<string, DeckDueCounts>): DeckEntry[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const kept = entries.filter((entry) => {
    const text = searchedText(entry);
    return words.every((word) => text.includes(word));
  });
  const waiting = (entry: DeckEntry) => {
    const deck = entry.summary && counts?.get(entry.summary.id);
    return deck ? deck.due + deck.learning : 0;
  };
  const title = (entry: DeckEntry) => entry.summary?.title ?? entry.file;
  return kept.sort(
    (a, b) =>
      Number(!a.summary) - Number(!b.summary) ||
      (sort === 'due' ? waiting(b) - waiting(a) : 0) ||
      collator.compare(title(a), title(b)) ||
      collator.compare(a.file, b.file),
  );
}
