// A deck as the plain value its file holds: fields in the documented order, defaults left out
// (what parseDeck assumes when a field is absent). Every deck writer starts from this value.
import { ANKI_FIELDS, ANKI_NOTE_FIELDS, ANKI_NOTETYPE_FIELDS, ANKI_TEMPLATE_FIELDS, CARD_COMMON_FIELDS, CARD_TYPE_FIELDS, CHOICE_FIELDS, DECK_FIELDS } from './spec';
import type { AnkiNotes, Card, Deck, McqChoice, YamlFixExpectation } from './types';

/** Values equal to what the parser assumes when a field is absent. */
function isDefault(field: string, value: unknown): boolean {
  if (value === undefined) return true;
  if (Array.isArray(value) && value.length === 0) return true;
  if (field === 'topics' && Object.keys(value as object).length === 0) return true;
  return (field === 'reverse' && value === false) || (field === 'origin' && value === 'hand');
}

function ordered(value: object, fields: readonly string[]): Record<string, unknown> {
  const record = value as Record<string, unknown>;
  return Object.fromEntries(fields.filter((field) => !isDefault(field, record[field])).map((field) => [field, record[field]]));
}

const choiceValue = (choice: McqChoice) => ordered(choice, Object.keys(CHOICE_FIELDS));
const expectationValue = (expectation: YamlFixExpectation) => ordered(expectation, ['kind', 'path', 'equals', 'exists']);

export function cardValue(card: Card): Record<string, unknown> {
  const value = ordered(card, [...Object.keys(CARD_COMMON_FIELDS), ...Object.keys(CARD_TYPE_FIELDS[card.type])]);
  if (card.type === 'mcq') value.choices = card.choices.map(choiceValue);
  if (card.anki) value.anki = ordered(card.anki, Object.keys(ANKI_FIELDS));
  if (card.type === 'yaml-fix' && card.expect.length > 0) value.expect = card.expect.map(expectationValue);
  return value;
}

function ankiNotesValue(anki: AnkiNotes): Record<string, unknown> {
  return {
    notetypes: anki.notetypes.map((notetype) => ({
      ...ordered(notetype, Object.keys(ANKI_NOTETYPE_FIELDS)),
      templates: notetype.templates.map((template) => ordered(template, Object.keys(ANKI_TEMPLATE_FIELDS))),
    })),
    notes: anki.notes.map((note) => ordered(note, Object.keys(ANKI_NOTE_FIELDS))),
  };
}

/** The deck as a plain value in file order, ready for YAML or JSON (the Anki notes it was imported from last). */
export function deckValue(deck: Deck): Record<string, unknown> {
  const value: Record<string, unknown> = { ...ordered(deck, Object.keys(DECK_FIELDS)), cards: deck.cards.map(cardValue) };
  if (deck.anki) value.anki = ankiNotesValue(deck.anki);
  return value;
}
