// The native format: a deck as `kubedeck/1` YAML, written so that parseDeck reads back the very
// same deck (fields in the documented order, defaults left out, no YAML anchors or aliases).
import { parseDeck } from '../decks/parse';
import type { Deck } from '../decks/types';
import { deckValue } from '../decks/value';
import { ExchangeError } from './errors';

export { deckValue };
export { deckToYaml, deckValueToYaml } from '../decks/writeYaml';

/** The deck in a kubedeck YAML or JSON text; an `invalid-deck` error lists its problems. */
export function readNativeDeck(text: string, file: string): Deck {
  const result = parseDeck(text, file);
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  if (!result.deck || errors.length > 0) throw new ExchangeError('invalid-deck', {}, errors.length > 0 ? errors : result.problems);
  return result.deck;
}
