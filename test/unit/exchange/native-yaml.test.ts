import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/shared/decks/parse';
import type { Deck } from '../../../src/shared/decks/types';
import { bundleToYaml, parseBundle } from '../../../src/shared/exchange/bundle';
import { ExchangeError } from '../../../src/shared/exchange/errors';
import { importFile } from '../../../src/shared/exchange/importFile';
import { deckToYaml, deckValue, readNativeDeck } from '../../../src/shared/exchange/nativeYaml';
import { demoDeck, shippedDecks } from './helpers';

const encode = (text: string) => new TextEncoder().encode(text);

describe('yaml export', { timeout: 30_000 }, () => {
  it('gives back every shipped deck exactly, card for card', () => {
    for (const deck of shippedDecks()) {
      const yaml = deckToYaml(deck);
      expect(parseDeck(yaml, `${deck.id}.yaml`).problems).toEqual([]);
      expect(readNativeDeck(yaml, `${deck.id}.yaml`)).toEqual(deck);
    }
  });

  it('keeps texts that YAML would otherwise read as something else', () => {
    const deck = demoDeck();
    const tricky = ['true', '42', '0x1F', '.nan', 'null', '~', '- not a list', '#not a comment', "it's: here", '  leading spaces', 'trailing\n\n', '{{a}} starts', '@at', '`code` first', 'a\ttab', 'ligne 1\nligne 2', '"quoted"'];
    deck.cards = tricky.map((text, i) => ({ id: `c${i}`, type: 'basic', tags: [text.trim() || 'x'], origin: 'generated', front: text, back: `${text} (back)`, reverse: i % 2 === 0 }));
    deck.tags = ['shared'];
    const again = readNativeDeck(deckToYaml(deck), 'tricky.yaml');
    expect(again).toEqual(deck);
  });

  it('writes no YAML anchors even when cards share the same tag list', () => {
    const deck = demoDeck();
    const shared = ['a', 'b'];
    deck.cards.forEach((card) => (card.tags = shared));
    const yaml = deckToYaml(deck);
    expect(yaml).not.toMatch(/[&*]a\d/);
    expect(readNativeDeck(yaml, 'shared.yaml').cards.every((card) => card.tags.join() === 'a,b')).toBe(true);
  });

  it('imports its own export as the same deck (id kept when the library does not have it)', async () => {
    const deck = demoDeck();
    const result = await importFile('demo.yaml', encode(deckToYaml(deck)));
    expect(result.format).toBe('kubedeck');
    expect(result.decks).toHaveLength(1);
    expect(result.decks[0]).toMatchObject({ action: 'add', sourceId: 'demo' });
    expect(result.decks[0].deck).toEqual(deck);
  });

  it('reads JSON decks too', async () => {
    const deck = demoDeck();
    const result = await importFile('demo.json', encode(JSON.stringify(deckValue(deck), null, 2)));
    expect(result.decks[0].deck).toEqual(deck);
  });
});

describe('bundle', () => {
  const decks = (): Deck[] => [demoDeck(), { ...demoDeck(), id: 'demo-2', title: 'Second deck' }];

  const exam = { id: 'partiel', title: 'Partiel', durationMinutes: 20, passMark: 60, questions: [{ tag: 'volumes', count: 2 }] };
  const classExams = 'exams:\n  - id: partiel\n    title: Partiel\n    durationMinutes: 20\n    passMark: 60\n    questions:\n      - tag: volumes\n        count: 2\n';

  it('round-trips several decks, in order, each with its exams', () => {
    const text = bundleToYaml({ title: 'Classe 2024', decks: [{ ...demoDeck(), exams: [exam] }, decks()[1]] });
    expect(text).toMatch(/^format: kubedeck-bundle\/1\ntitle: Classe 2024\ndecks:\n/);
    const bundle = parseBundle(text, 'class.yaml');
    expect(bundle).toEqual({ format: 'kubedeck-bundle/1', title: 'Classe 2024', decks: [{ ...demoDeck(), exams: [exam] }, decks()[1]] });
  });

  it('adds the class-wide exams to the first deck, so that importing the bundle adds them too', async () => {
    const text = `${bundleToYaml({ decks: decks() })}${classExams}`;
    const bundle = parseBundle(text, 'class.yaml');
    expect(bundle.decks.map((d) => d.exams)).toEqual([[exam], undefined]);
    const result = await importFile('class.yaml', encode(text));
    const { deck, problems } = parseDeck(result.decks[0].yaml, 'demo.yaml');
    expect(problems).toEqual([]);
    expect(deck?.exams).toEqual([exam]);
    // An exam id the first deck already uses is refused: past attempts name exams by id.
    const clash = `${bundleToYaml({ decks: [{ ...demoDeck(), exams: [exam] }] })}${classExams}`;
    expect(() => parseBundle(clash, 'class.yaml')).toThrow(/"partiel" is already an exam of the deck "demo"/);
  });

  it('checks class-wide exams by the rules of deck exams, at their line and column in the bundle', () => {
    const text = `${bundleToYaml({ decks: decks() })}${classExams.replace('passMark: 60', 'passMark: 160')}`;
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('passMark: 160')) + 1;
    try {
      parseBundle(text, 'class.yaml');
      expect.unreachable();
    } catch (error) {
      expect((error as ExchangeError).code).toBe('invalid-deck');
      expect((error as ExchangeError).problems).toEqual([expect.objectContaining({ file: 'class.yaml', line, col: lines[line - 1].indexOf('160') + 1, severity: 'error' })]);
    }
  });

  it('adds every deck of a bundle on import', async () => {
    const result = await importFile('class.yaml', encode(bundleToYaml({ decks: decks() })));
    expect(result.format).toBe('bundle');
    expect(result.decks.map((d) => [d.deck.id, d.action])).toEqual([
      ['demo', 'add'],
      ['demo-2', 'add'],
    ]);
  });

  it('points deck problems at their line in the bundle file', () => {
    const text = bundleToYaml({ decks: decks() }).replace('    front: What deletes an emptyDir?\n', '    fornt: What deletes an emptyDir?\n');
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('fornt')) + 1;
    const col = lines[line - 1].indexOf('fornt') + 1;
    try {
      parseBundle(text, 'class.yaml');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ExchangeError);
      const problems = (error as ExchangeError).problems;
      expect(problems.find((p) => p.code === 'unknown-field-suggest')).toMatchObject({ file: 'class.yaml', line, col });
      expect((error as ExchangeError).localized('fr')).toMatch(/^Paquet invalide \(2 erreurs\) : class\.yaml:\d+:\d+ error /);
    }
  });

  it('refuses two decks with the same id, a wrong format line and malformed exams', () => {
    const code = (text: string) => {
      try {
        parseBundle(text, 'b.yaml');
      } catch (error) {
        return (error as ExchangeError).code;
      }
    };
    expect(code(bundleToYaml({ decks: [demoDeck(), demoDeck()] }))).toBe('duplicate-deck-id');
    expect(code('format: kubedeck/1\ndecks: []\n')).toBe('invalid-bundle');
    expect(code('format: kubedeck-bundle/1\ndecks: [\n')).toBe('invalid-bundle');
    expect(code(`${bundleToYaml({ decks: [demoDeck()] })}exams: [3]\n`)).toBe('invalid-deck');
  });
});
