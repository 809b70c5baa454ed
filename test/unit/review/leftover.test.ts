import { describe, expect, it } from 'vitest';
import { leftoverProgress } from '../../../src/shared/review/leftover';

describe('progress left over by decks no longer in the library', () => {
  const counts = [
    { deckId: 'volumes', cards: 30, answers: 120 },
    { deckId: 'supprime', cards: 4, answers: 9 },
    { deckId: 'ancien', cards: 2, answers: 0 },
  ];

  it('lists the decks whose id no library deck carries, by id', () => {
    const library = [{ file: 'volumes.yaml', summary: { id: 'volumes' } }, { file: 'ingress.yaml', summary: { id: 'ingress' } }];
    expect(leftoverProgress(counts, library)).toEqual({
      decks: [
        { deckId: 'ancien', cards: 2, answers: 0 },
        { deckId: 'supprime', cards: 4, answers: 9 },
      ],
      unreadableFiles: [],
    });
  });

  it('names the files that could not be read: their progress would look left over', () => {
    const library = [{ file: 'volumes.yaml', summary: { id: 'volumes' } }, { file: 'abime.yaml' }];
    expect(leftoverProgress(counts, library).unreadableFiles).toEqual(['abime.yaml']);
  });
});
