// The native format: a deck as `kubedeck/1` YAML, written so that parseDeck reads back the very
// same deck (fields in the documented order, defaults left out, no YAML anchors or aliases).
import { Document, isScalar, isSeq, visit } from 'yaml';
import { parseDeck } from '../decks/parse';
import { CARD_COMMON_FIELDS, CARD_TYPE_FIELDS, CHOICE_FIELDS, DECK_FIELDS } from '../decks/spec';
import type { Card, Deck, McqChoice, YamlFixExpectation } from '../decks/types';
import { ExchangeError } from './errors';

/** Values equal to what the parser assumes when a field is absent, left out of the file. */
function isDefault(field: string, value: unknown): boolean {
  if (value === undefined) return true;
  if (Array.isArray(value) && value.length === 0) return true;
  return (field === 'reverse' && value === false) || (field === 'origin' && value === 'hand');
}

function ordered(value: object, fields: readonly string[]): Record<string, unknown> {
  const record = value as Record<string, unknown>;
  return Object.fromEntries(fields.filter((field) => !isDefault(field, record[field])).map((field) => [field, record[field]]));
}

const choiceValue = (choice: McqChoice) => ordered(choice, Object.keys(CHOICE_FIELDS));
const expectationValue = (expectation: YamlFixExpectation) => ordered(expectation, ['kind', 'path', 'equals', 'exists']);

function cardValue(card: Card): Record<string, unknown> {
  const value = ordered(card, [...Object.keys(CARD_COMMON_FIELDS), ...Object.keys(CARD_TYPE_FIELDS[card.type])]);
  if (card.type === 'mcq') value.choices = card.choices.map(choiceValue);
  if (card.type === 'yaml-fix' && card.expect.length > 0) value.expect = card.expect.map(expectationValue);
  return value;
}

/** The deck as a plain value in file order, ready for YAML or JSON. */
export function deckValue(deck: Deck): Record<string, unknown> {
  return { ...ordered(deck, Object.keys(DECK_FIELDS)), cards: deck.cards.map(cardValue) };
}

/** Short lists written inline, as trainers write them: `tags: [reseau, ingress]`. */
const FLOW_LISTS = new Set(['tags', 'answers']);

export function yamlText(value: unknown): string {
  // No anchors: parseDeck refuses aliases, and shared arrays (tags) would otherwise become some.
  const document = new Document(value, { aliasDuplicateObjects: false });
  visit(document, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && FLOW_LISTS.has(String(pair.key.value)) && isSeq(pair.value)) pair.value.flow = true;
    },
  });
  // Long texts stay on one line and multi-line ones are literal blocks (`|`): nothing is refolded.
  return document.toString({ lineWidth: 0, blockQuote: 'literal', flowCollectionPadding: false });
}

export function deckToYaml(deck: Deck): string {
  return yamlText(deckValue(deck));
}

/** The deck in a kubedeck YAML or JSON text; an `invalid-deck` error lists its problems. */
export function readNativeDeck(text: string, file: string): Deck {
  const result = parseDeck(text, file);
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  if (!result.deck || errors.length > 0) throw new ExchangeError('invalid-deck', {}, errors.length > 0 ? errors : result.problems);
  return result.deck;
}
