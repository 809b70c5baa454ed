// Progress of decks no longer in the library (an imported deck deleted, a bundled deck dropped):
// kept until the student clears it. Which decks those are, and whether clearing is safe: while a
// deck file cannot be read, its id is unknown, so its progress would look left over too.

export interface DeckProgressCount {
  deckId: string;
  /** Card records, and answers in the review log. */
  cards: number;
  answers: number;
}

export interface Leftovers {
  decks: DeckProgressCount[];
  /** Files of the library that could not be read: clearing waits until they are fixed or removed. */
  unreadableFiles: string[];
}

export function leftoverProgress(
  counts: readonly DeckProgressCount[],
  library: readonly { file: string; summary?: { id: string } }[],
): Leftovers {
  const listed = new Set(library.flatMap((entry) => (entry.summary ? [entry.summary.id] : [])));
  return {
    decks: counts.filter((count) => !listed.has(count.deckId)).sort((a, b) => a.deckId.localeCompare(b.deckId)),
    unreadableFiles: library.filter((entry) => !entry.summary).map((entry) => entry.file),
  };
}
