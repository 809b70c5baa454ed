// Writes a deck as a YAML file a trainer can review: fields in the documented order, defaults
// left out, manifests as literal blocks (`|`), long texts as folded blocks (`>-`, safe to edit:
// no quoting rule applies inside), one comment per course section, a blank line between cards.
import { isScalar, isSeq, Scalar, visit, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Deck } from '../decks/types';
import { deckValue } from '../decks/value';
import { yamlDocument, yamlString } from '../yaml/write';

const SCHEMA_COMMENT = 'yaml-language-server: $schema=./deck.schema.json';
const MANIFEST_FIELDS = new Set(['broken', 'solution']);
const LINE_WIDTH = 100;
/** Texts longer than this are written as folded blocks rather than one long line. */
const FOLD_TEXTS_LONGER_THAN = 80;

/** The deck as YAML text, after the schema comment and the given header comment lines. */
export function deckToYaml(deck: Deck, headerComments: readonly string[]): string {
  const doc = yamlDocument(deckValue(deck));
  const cards = doc.get('cards', true) as YAMLSeq;
  let previousSource: string | undefined;
  cards.items.forEach((item, index) => {
    const card = item as YAMLMap;
    const source = deck.cards[index].source;
    if (index > 0) card.spaceBefore = true;
    if (source !== previousSource && source) card.commentBefore = ` ${source.replace(/\p{Cc}/gu, '')}`; // a comment cannot escape them
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
  return header + yamlString(doc, { lineWidth: LINE_WIDTH, flowCollectionPadding: false });
}
