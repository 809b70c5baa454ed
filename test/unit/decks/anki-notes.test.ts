// A deck's `anki:` block (docs/deck-format.md, "Anki notes"): written by Anki imports, read back
// by exports, and checked like the rest of a deck file, since a deck may come from anyone.
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/shared/decks/format';
import { parseDeck } from '../../../src/shared/decks/parse';
import { deckToYaml } from '../../../src/shared/decks/writeYaml';
import { ANKI_BLOCK, lineOf, VALID_DECK } from '../../fixtures/decks';

const withAnki = (block: string) => `${VALID_DECK.trimEnd()}\n${block}`;

describe('the anki: block of a deck file', () => {
  it('is read into the notes and note types, and written back as it was read', () => {
    const { deck, problems } = parseDeck(withAnki(ANKI_BLOCK), 'demo.yaml');
    expect(problems).toEqual([]);
    expect(deck?.anki).toEqual({
      notetypes: [
        {
          id: 1690000001001,
          name: 'Basic',
          kind: 'standard',
          mod: 1690000000,
          fields: ['Front', 'Back'],
          templates: [{ name: 'Card 1', question: '{{Front}}', answer: '{{FrontSide}}<hr id=answer>{{Back}}' }],
          css: '.card { color: black; }',
        },
      ],
      // An empty field stays a field: the note has as many as its type.
      notes: [{ guid: 'Ab3#k9[x', notetype: 1690000001001, mod: 1690000000, tags: ['pods'], fields: ['Qu’est-ce qu’un <b>Pod</b> ?', ''] }],
    });
    const again = parseDeck(deckToYaml(deck!), 'demo.yaml');
    expect(again.problems).toEqual([]);
    expect(again.deck).toEqual(deck);
    // After the cards, where it does not stand between the author and the deck.
    expect(deckToYaml(deck!).indexOf('\nanki:')).toBeGreaterThan(deckToYaml(deck!).indexOf('\ncards:'));
  });

  it('refuses a note of a note type it does not define, on the line of its id', () => {
    const text = withAnki(ANKI_BLOCK.replace('      notetype: 1690000001001', '      notetype: 42'));
    const { deck, problems } = parseDeck(text, 'demo.yaml');
    expect(deck).toBeUndefined();
    expect(problems).toMatchObject([{ code: 'anki-unknown-notetype', line: lineOf(text, 'notetype: 42'), col: 17, params: { id: 42 } }]);
    expect(formatProblem(problems[0], 'fr')).toBe('Aucun type de note d’id 42 dans « anki.notetypes »');
  });

  it('refuses a note whose fields do not match its note type', () => {
    const text = withAnki(ANKI_BLOCK.replace("fields: ['Qu’est-ce qu’un <b>Pod</b> ?', '']", "fields: ['Pod']"));
    const { problems } = parseDeck(text, 'demo.yaml');
    expect(problems).toMatchObject([{ code: 'anki-field-count', line: lineOf(text, "fields: ['Pod']"), params: { count: 1, expected: 2, notetype: 'Basic' } }]);
    expect(formatProblem(problems[0], 'en')).toBe('This note has 1 field; its type "Basic" has 2');
  });

  it('refuses a guid listed twice, naming the first line', () => {
    const note = ANKI_BLOCK.slice(ANKI_BLOCK.indexOf("    - guid: 'Ab3#k9[x'"));
    const text = withAnki(ANKI_BLOCK + note);
    const { problems } = parseDeck(text, 'demo.yaml');
    expect(problems).toMatchObject([{ code: 'anki-duplicate-guid', line: text.split('\n').lastIndexOf("    - guid: 'Ab3#k9[x'") + 1, params: { firstLine: lineOf(text, "- guid: 'Ab3#k9[x'") } }]);
  });

  it('says what is wrong in a hand-broken block, every problem at once', () => {
    const broken = ANKI_BLOCK.replace('kind: standard', 'kind: basic').replace("fields: ['Qu’est-ce qu’un <b>Pod</b> ?', '']", 'fields: [1, 2]').replace('question:', 'front:');
    const { problems } = parseDeck(withAnki(broken), 'demo.yaml');
    expect(problems.map((problem) => problem.code).sort()).toEqual(['bad-enum', 'missing-field', 'unknown-field', 'wrong-type', 'wrong-type']);
  });
});
