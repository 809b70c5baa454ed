// Topic names: what students read instead of tag slugs, and the checker's warning on a tag left unnamed.
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/shared/decks/parse';
import { poolTopicNames, sortByTopicName, topicName } from '../../../src/shared/decks/topics';
import { deckWith, lineOf, VALID_DECK } from '../../fixtures/decks';

describe('topic names', () => {
  it('are read from topics: and kept on the deck', () => {
    const { deck, problems } = parseDeck(VALID_DECK, 'demo.yaml');
    expect(problems).toEqual([]);
    expect(deck?.topics).toEqual({ demo: { en: 'Demo', fr: 'Démo' } });
  });

  it('warn once, at its first use, about a tag with no name', () => {
    const text = deckWith('    reverse: true', '    reverse: true\n    tags: [reseau]\n  - id: q9\n    type: basic\n    tags: [reseau]\n    front: a\n    back: b');
    const { deck, problems } = parseDeck(text, 'd.yaml');
    expect(deck).toBeDefined();
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'unnamed-tag', params: { tag: 'reseau' }, line: lineOf(text, 'tags: [reseau]') }),
    ]);
  });

  it('refuse a name under a malformed language code', () => {
    const text = deckWith('  demo: { en: Demo, fr: Démo }', '  demo: { English: Demo }');
    expect(parseDeck(text, 'd.yaml').problems).toEqual([expect.objectContaining({ severity: 'error', code: 'bad-lang', params: { value: 'English' } })]);
  });

  it('are shown in the reader’s language, else in another, else as the slug; and sorted by name', () => {
    const names = poolTopicNames([{ topics: { reseau: { fr: 'Réseau', en: 'Networking' }, tls: { fr: 'TLS' } } }, { topics: { reseau: { fr: 'Autre nom' }, hotes: { fr: 'Noms d’hôte', en: 'Host names' } } }]);
    expect(topicName(names, 'reseau', 'fr')).toBe('Réseau');
    expect(topicName(names, 'reseau', 'en')).toBe('Networking');
    expect(topicName(names, 'tls', 'en')).toBe('TLS');
    expect(topicName(names, 'securite', 'en')).toBe('securite');
    expect(sortByTopicName(['reseau', 'tls', 'hotes'], names, 'en')).toEqual(['hotes', 'reseau', 'tls']);
    expect(sortByTopicName(['reseau', 'tls', 'hotes'], names, 'fr')).toEqual(['hotes', 'reseau', 'tls']);
    expect(sortByTopicName(['securite', 'reseau'], names, 'en')).toEqual(['reseau', 'securite']);
  });
});
