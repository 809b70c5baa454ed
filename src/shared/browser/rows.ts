// The card browser's rows: one per study item, from the decks and their progress records, and
// how the table sorts them.
import type { Card, Deck } from '../decks/types';
import { itemStatus } from '../review/itemStatus';
import { studyItems } from '../review/items';
import { STATE_NEW, type CardStateRecord } from '../review/types';
import type { BrowserRow, BrowserState } from './search';

/** The words a card shows, for free-text search and the table's "card" column. */
export function cardText(card: Card): string {
  switch (card.type) {
    case 'basic':
      return `${card.front} ${card.back}`;
    case 'cloze':
      return card.text;
    case 'mcq':
      return [card.question, ...card.choices.map((choice) => choice.text)].join(' ');
    case 'input':
      return [card.question, ...card.answers].join(' ');
    case 'yaml-fix':
      return card.task;
  }
}

export function browserRows(decks: Deck[], records: Map<string, CardStateRecord>): BrowserRow[] {
  const rows: BrowserRow[] = [];
  for (const deck of decks) {
    for (const item of studyItems(deck)) {
      const record = records.get(item.key);
      const status = itemStatus(record);
      const state: BrowserState = status.kind;
      rows.push({
        key: item.key,
        deckId: deck.id,
        deckTitle: deck.title,
        cardId: item.card.id,
        type: item.card.type,
        tags: item.tags,
        text: cardText(item.card),
        state,
        due: record && record.state !== STATE_NEW ? record.due : undefined,
        interval: record?.scheduledDays ?? 0,
        stability: record?.stability ?? 0,
        difficulty: record?.difficulty ?? 0,
        lapses: record?.lapses ?? 0,
        reps: record?.reps ?? 0,
        leech: record?.leech ?? false,
      });
    }
  }
  return rows;
}

export const COLUMNS = ['deck', 'card', 'type', 'tags', 'state', 'due', 'interval', 'stability', 'difficulty', 'lapses', 'reviews'] as const;
export type Column = (typeof COLUMNS)[number];

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function sortValue(row: BrowserRow, column: Column): string | number {
  switch (column) {
    case 'deck':
      return row.deckTitle;
    case 'card':
      return row.text;
    case 'type':
      return row.type;
    case 'tags':
      return row.tags.join(' ');
    case 'state':
      return row.state;
    case 'due':
      // New items (no date) after every scheduled one.
      return row.due ?? Number.MAX_SAFE_INTEGER;
    case 'interval':
      return row.interval;
    case 'stability':
      return row.stability;
    case 'difficulty':
      return row.difficulty;
    case 'lapses':
      return row.lapses;
    case 'reviews':
      return row.reps;
  }
}

/** A sorted copy; ties keep their order (the sort is stable). */
export function sortRows(rows: BrowserRow[], column: Column, descending: boolean): BrowserRow[] {
  const sign = descending ? -1 : 1;
  const keyed = rows.map((row) => ({ row, value: sortValue(row, column) }));
  keyed.sort((a, b) => {
    const order = typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : collator.compare(String(a.value), String(b.value));
    return sign * order;
  });
  return keyed.map((entry) => entry.row);
}

/** Which rows of a virtualised list are on screen, with a few around them. */
export function visibleRange(scrollTop: number, viewHeight: number, rowHeight: number, count: number, overscan = 5): { start: number; end: number } {
  const start = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((scrollTop + viewHeight) / rowHeight) + overscan);
  return { start, end };
}
