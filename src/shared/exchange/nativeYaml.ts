// The native format: a deck as `kubedeck/1` YAML, written so that parseDeck reads back the very
// same deck (fields in the documented order, defaults left out, no YAML anchors or aliases).
import { isScalar, isSeq, visit } from 'yaml';
import { parseDeck } from '../decks/parse';
import type { Deck } from '../decks/types';
import { deckValue } from '../decks/value';
import { yamlDocument, yamlString } from '../yaml/write';
import { ExchangeError } from './errors';

export { deckValue };

/** Short lists written inline, as trainers write them: `tags: [reseau, ingress]`. */
const FLOW_LISTS = new Set(['tags', 'answers']);

export function yamlText(value: unknown): string {
  const document = yamlDocument(value);
  visit(document, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && FLOW_LISTS.has(String(pair.key.value)) && isSeq(pair.value)) pair.value.flow = true;
    },
  });
  // Long texts stay on one line and multi-line ones are literal blocks (`|`): nothing is refolded.
  return yamlString(document, { lineWidth: 0, blockQuote: 'literal', flowCollectionPadding: false });
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
