import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseDeck } from '../../../src/shared/decks/parse';
import { deckToYaml } from '../../../src/shared/decks/writeYaml';
import { findAlias } from '../../../src/shared/yaml/anchors';
import { yamlDocument, yamlString } from '../../../src/shared/yaml/write';
import { hostileText } from '../../fixtures/hostile';
import { FUZZ } from './fuzz';

describe('the deck YAML writer', () => {
  const { deck, problems } = parseDeck(hostileText('number-like-texts.yaml'), 'numbers.yaml');

  it.each([
    ['export', () => deckToYaml(deck!)],
    ['draft', () => deckToYaml(deck!, { draft: { header: [] } })],
  ])('writes texts that look like numbers so that both readers read them back as text (%s)', (_name, write) => {
    expect(problems).toEqual([]);
    const text = write();
    for (const value of [parse(text), load(text), parse(text, { version: '1.1' })] as { title: string; cards: { answers: string[] }[] }[]) {
      expect(value.title).toBe('0b11');
      expect(value.cards[0].answers).toEqual((deck!.cards[0] as { answers: string[] }).answers);
    }
    expect(parseDeck(text, 'again.yaml').deck).toEqual(deck);
  });

  it('never writes anchors or aliases, even for shared values', () => {
    const shared = ['a', 'b'];
    const text = yamlString(yamlDocument({ one: shared, two: shared }));
    expect(text).not.toMatch(/[&*]/);
    expect(findAlias(text)).toBeUndefined();
  });

  it('writes any string so that yaml and js-yaml read back the same string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ unit: fc.constantFrom('0', '1', 'b', 'x', 'o', '-', '+', '.', '_', 'e', ':', ' ', '#', 'y'), maxLength: 8 }), (any, numberish) => {
        const text = yamlString(yamlDocument({ any, numberish }));
        expect(parse(text)).toEqual({ any, numberish });
        expect(load(text)).toEqual({ any, numberish });
      }),
      FUZZ,
    );
  });

  it('writes texts that start with a letter (told safe without parsing them) so that every reader reads them back, in lists too', () => {
    const letterLed = fc
      .tuple(fc.constantFrom('a', 'Y', 'n', 'O', 'é', 'T', 'N', 'ж'), fc.string({ unit: fc.constantFrom('e', 's', 'o', 'n', 'f', 'u', 'l', 'L', 'E', ' ', ',', '[', ']', '{', '}', '-', '?', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`', '0', '.', '\t'), maxLength: 8 }))
      .map(([first, rest]) => first + rest);
    fc.assert(
      fc.property(letterLed, (text) => {
        const written = deckToYaml({ ...deck!, title: text, tags: [text] });
        for (const value of [parse(written), load(written), parse(written, { version: '1.1' })] as { title: unknown; tags: unknown }[]) {
          expect(value.title).toBe(text);
          expect(value.tags).toEqual([text]);
        }
      }),
      FUZZ,
    );
  });
});
