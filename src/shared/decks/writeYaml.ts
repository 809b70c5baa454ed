// The one writer of a deck as `kubedeck/1` YAML, read back by parseDeck as the very same deck:
// fields in the documented order, defaults left out, no anchors or aliases (yaml/write.ts), short
// lists inline (`tags: [reseau, ingress]`), manifests and other multi-line texts as literal blocks.
// A draft (what `kubedeck generate` writes for a trainer to review) also gets a comment naming
// each card's course section, a blank line between cards, and long texts folded (`>-`) to be
// read without scrolling; exports and imports keep long texts on one line, as written.
import { isScalar, isSeq, Scalar, visit, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { yamlDocument, yamlString } from '../yaml/write';
import type { Deck } from './types';
import { deckValue } from './value';

export interface DeckYamlOptions {
  /** Written as a draft, after the schema comment and these comment lines. */
  draft?: { header: readonly string[] };
}

/** Short lists written inline, as trainers write them. */
const FLOW_LISTS = new Set(['tags', 'answers']);
const SCHEMA_COMMENT = 'yaml-language-server: $schema=./deck.schema.json';
const DRAFT_LINE_WIDTH = 100;
/** In a draft, texts longer than this are folded blocks rather than one long line. */
const FOLD_TEXTS_LONGER_THAN = 80;

/** A deck's value, or a bundle of them, as written for exports and imports. */
export function deckValueToYaml(value: unknown): string {
  return yamlString(withInlineLists(yamlDocument(value)), { lineWidth: 0, blockQuote: 'literal', flowCollectionPadding: false });
}

function withInlineLists(document: Document): Document {
  visit(document, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && FLOW_LISTS.has(String(pair.key.value)) && isSeq(pair.value)) pair.value.flow = true;
    },
  });
  return document;
}

export function deckToYaml(deck: Deck, options: DeckYamlOptions = {}): string {
  if (!options.draft) return deckValueToYaml(deckValue(deck));
  const document = withInlineLists(yamlDocument(deckValue(deck)));

  let previousSource: string | undefined;
  (document.get('cards', true) as YAMLSeq).items.forEach((item, index) => {
    const card = item as YAMLMap;
    const source = deck.cards[index].source;
    if (index > 0) card.spaceBefore = true;
    // A comment cannot escape control characters: they are left out of it.
    if (source !== previousSource && source) card.commentBefore = ` ${source.replace(/\p{Cc}/gu, '')}`;
    previousSource = source;
  });
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value !== 'string') return;
      if (node.value.includes('\n')) node.type = Scalar.BLOCK_LITERAL;
      else if (node.value.length > FOLD_TEXTS_LONGER_THAN) node.type = Scalar.BLOCK_FOLDED;
    },
  });
  const header = [SCHEMA_COMMENT, ...options.draft.header].map((line) => `# ${line}\n`).join('');
  return header + yamlString(document, { lineWidth: DRAFT_LINE_WIDTH, flowCollectionPadding: false });
}
