// Writes a deck as a YAML file a trainer can review: fields in the documented order, defaults
// left out, manifests as literal blocks (`|`), long texts as folded blocks (`>-`, safe to edit:
// no quoting rule applies inside), one comment per course section, a blank line between cards.
import { Document, isScalar, isSeq, Scalar, visit, type YAMLMap, type YAMLSeq } from 'yaml';
import { CARD_COMMON_FIELDS, CARD_TYPE_FIELDS, DECK_FIELDS, type FieldSpecs } from '../decks/spec';
import type { Card, Deck } from '../decks/types';

const SCHEMA_COMMENT = 'yaml-language-server: $schema=./deck.schema.json';
const MANIFEST_FIELDS = new Set(['broken', 'solution']);
const LINE_WIDTH = 100;
/** Texts longer than this are written as folded blocks rather than one long line. */
const FOLD_TEXTS_LONGER_THAN = 80;

/** The deck as YAML text, after the schema comment and the given header comment lines. */
export function deckToYaml(deck: Deck, headerComments: readonly string[]): string {
  const doc = new Document(withoutDefaults(deck, DECK_FIELDS));
  const cards = doc.get('cards', true) as YAMLSeq;
  let previousSource: string | undefined;
  cards.items.forEach((item, index) => {
    const card = item as YAMLMap;
    const source = deck.cards[index].source;
    if (index > 0) card.spaceBefore = true;
    if (source !== previousSource && source) card.commentBefore = ` ${source}`;
    previousSource = source;
    for (const pair of card.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (MANIFEST_FIELDS.has(key) && isScalar(pair.value)) (pair.value as Scalar).type = Scalar.BLOCK_LITERAL;
      if (key === 'tags' && isSeq(pair.value)) pair.value.flow = true;
    }
  });
  const deckTags = doc.get('tags', true);
  if (isSeq(deckTags)) deckTags.flow = true;
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && !node.value.includes('\n') && node.value.length > FOLD_TEXTS_LONGER_THAN) node.type = Scalar.BLOCK_FOLDED;
    },
  });
  const header = [SCHEMA_COMMENT, ...headerComments].map((line) => `# ${line}\n`).join('');
  return header + doc.toString({ lineWidth: LINE_WIDTH, flowCollectionPadding: false });
}

/**
 * A plain object with the fields in the format's order, leaving out optional fields a reader
 * would not miss (empty lists, `reverse: false`).
 */
function withoutDefaults(value: Deck | Card, specs: FieldSpecs): Record<string, unknown> {
  const entries: [string, unknown][] = [];
  for (const [field, spec] of Object.entries(specs)) {
    const fieldValue = (value as unknown as Record<string, unknown>)[field];
    const isDefault = fieldValue === undefined || fieldValue === false || (Array.isArray(fieldValue) && fieldValue.length === 0);
    if (isDefault && !spec.required) continue;
    entries.push([field, field === 'cards' ? (fieldValue as Card[]).map(cardFields) : fieldValue]);
  }
  return Object.fromEntries(entries);
}

function cardFields(card: Card): Record<string, unknown> {
  return withoutDefaults(card, { ...CARD_COMMON_FIELDS, ...CARD_TYPE_FIELDS[card.type] });
}
