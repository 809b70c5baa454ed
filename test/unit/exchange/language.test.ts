// The language of decks from formats that do not record it (Anki packages, TSV).
import { describe, expect, it } from 'vitest';
import type { Card } from '../../../src/shared/decks/types';
import { importApkg } from '../../../src/shared/exchange/anki/importApkg';
import { importDelimited } from '../../../src/shared/exchange/delimited';
import { importFile, withDeckLanguage } from '../../../src/shared/exchange/importFile';
import { detectLanguage, languageIsGuessed } from '../../../src/shared/exchange/language';
import { readNativeDeck } from '../../../src/shared/exchange/nativeYaml';
import { buildPackage, STOCK_MODELS } from '../../fixtures/anki/legacyPackages';
import { shippedDecks, sqlEngine } from './helpers';

const basic = (front: string, back: string): Card => ({ id: 'x', tags: [], origin: 'hand', type: 'basic', front, back, reverse: false });

describe('deck language', { timeout: 60_000 }, () => {
  it('reads the bundled decks as French', () => {
    for (const deck of shippedDecks()) expect(detectLanguage(deck.cards, 'en'), deck.id).toBe('fr');
  });

  it('tells English from French, and keeps the fallback when the text does not say', () => {
    const english = [basic('What does a Service of type LoadBalancer ask the cloud for?', 'An external load balancer in front of the nodes, with its own address.')];
    expect(detectLanguage(english)).toBe('en');
    // Commands and names alone say nothing.
    expect(detectLanguage([basic('`kubectl get pv`', '`PersistentVolume`')], 'fr')).toBe('fr');
    expect(detectLanguage([basic('`kubectl get pv`', '`PersistentVolume`')], 'en')).toBe('en');
  });

  it('gives an English Anki package and an English TSV the language en, unless one is asked for', async () => {
    const notes = [
      { model: STOCK_MODELS.basic, fields: ['What is the smallest unit that Kubernetes deploys?', 'A Pod: one or more containers that share the network of the pod.'] },
      { model: STOCK_MODELS.basic, fields: ['Which object gives a stable address to a set of pods?', 'A Service, and its name is known to the cluster DNS.'] },
    ];
    const sql = await sqlEngine();
    expect((await importApkg(await buildPackage({ notes }), sql)).decks[0].lang).toBe('en');
    expect((await importApkg(await buildPackage({ notes }), sql, { lang: 'fr' })).decks[0].lang).toBe('fr');
    const tsv = notes.map((n) => n.fields.join('\t')).join('\n');
    expect((await importDelimited(tsv, { mapping: { front: 0, back: 1 }, title: 'T' })).decks[0].lang).toBe('en');
  });

  it('lets the student choose the language in the preview, for the formats where it was guessed', async () => {
    const tsv = 'Quel objet donne une adresse stable à des pods ?\tUn Service, dont le nom est connu du DNS du cluster.\nQue demande un PVC ?\tDu stockage, que le cluster lui lie.';
    const result = await importFile('reseau.tsv', new TextEncoder().encode(tsv), { delimited: { mapping: { front: 0, back: 1 }, title: 'Réseau' } });
    expect(languageIsGuessed(result.format)).toBe(true);
    expect(languageIsGuessed('kubedeck')).toBe(false);
    const [planned] = result.decks;
    expect(planned.deck.lang).toBe('fr');
    const english = withDeckLanguage(planned, 'en');
    // What is saved is the YAML: it says `en`, and nothing else changed.
    expect(readNativeDeck(english.yaml, 'reseau.yaml')).toEqual({ ...planned.deck, lang: 'en' });
    expect(english.deck.lang).toBe('en');
    expect(withDeckLanguage(planned, 'fr')).toBe(planned);
  });
});
