// The guid KubeDeck writes for a card it exports, and reads back on import (Anki notes, TSV rows).
import { describe, expect, it } from 'vitest';
import { ankiGuid, kubedeckIdsOf } from '../../../src/shared/exchange/ids';
import type { Card, Deck } from '../../../src/shared/decks/types';

const deck = { id: 'ingress-controleurs' } as Deck;
const card = (extra: Partial<Card> = {}) => ({ id: 'path-type-prefix', ...extra }) as Card;

describe('exported guids', () => {
  it('name the deck and the card, and read back as them', () => {
    expect(ankiGuid(deck, card())).toBe('kd/ingress-controleurs/path-type-prefix');
    expect(kubedeckIdsOf(ankiGuid(deck, card()))).toEqual({ deckId: 'ingress-controleurs', cardId: 'path-type-prefix' });
  });

  it('keep the guid of a note that came from Anki, which is not read as KubeDeck ids', () => {
    const imported = card({ anki: { guid: 'f;Zq8#[x1' } });
    expect(ankiGuid(deck, imported)).toBe('f;Zq8#[x1');
    expect(kubedeckIdsOf('f;Zq8#[x1')).toBeUndefined();
  });

  it.each(['kd/Deck/card', 'kd/deck/', 'kd/deck/card/extra', 'xkd/deck/card', 'kd/deck-/card'])('reads no ids from %s', (guid) => {
    expect(kubedeckIdsOf(guid)).toBeUndefined();
  });
});
