// Study items: what the scheduler tracks. A basic card with `reverse: true` is two items, a cloze
// card one item per gap; every other card is one item. Keys are stable as long as card ids are.
import { findClozeGaps } from '../decks/cloze';
import type { Card, Deck } from '../decks/types';

export type ItemSide = { kind: 'front' } | { kind: 'reverse' } | { kind: 'gap'; index: number };

export interface StudyItem {
  key: string;
  deckId: string;
  card: Card;
  side: ItemSide;
  /** Deck tags and card tags together: what quizzes and "study a tag" select on. */
  tags: string[];
}

export function itemKey(deckId: string, cardId: string, side: ItemSide): string {
  const base = `${deckId}/${cardId}`;
  if (side.kind === 'reverse') return `${base}#reverse`;
  if (side.kind === 'gap') return `${base}#${side.index + 1}`;
  return base;
}

export function studyItems(deck: Deck): StudyItem[] {
  const items: StudyItem[] = [];
  for (const card of deck.cards) {
    const tags = [...new Set([...deck.tags, ...card.tags])];
    const sides: ItemSide[] =
      card.type === 'cloze'
        ? findClozeGaps(card.text).map((_, index) => ({ kind: 'gap', index }))
        : card.type === 'basic' && card.reverse
          ? [{ kind: 'front' }, { kind: 'reverse' }]
          : [{ kind: 'front' }];
    for (const side of sides) items.push({ key: itemKey(deck.id, card.id, side), deckId: deck.id, card, side, tags });
  }
  return items;
}
