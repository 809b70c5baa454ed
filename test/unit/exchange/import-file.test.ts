import { describe, expect, it } from 'vitest';
import { exportDecks } from '../../../src/shared/exchange/exportDecks';
import { ExchangeError, exchangeErrorMessage } from '../../../src/shared/exchange/errors';
import { detectImportFormat, importFile } from '../../../src/shared/exchange/importFile';
import { deckToYaml } from '../../../src/shared/exchange/nativeYaml';
import { importWarningMessage } from '../../../src/shared/exchange/warnings';
import { demoDeck, sqlEngine } from './helpers';

const encode = (text: string) => new TextEncoder().encode(text);
const demoYaml = () => encode(deckToYaml(demoDeck()));

describe('import plan', { timeout: 30_000 }, () => {
  it('says which decks would be added and which would replace a deck of the library', async () => {
    const added = await importFile('demo.yaml', demoYaml(), { existingDeckIds: ['other'] });
    expect(added.decks.map((d) => [d.deck.id, d.action])).toEqual([['demo', 'add']]);
    const replacing = await importFile('demo.yaml', demoYaml(), { existingDeckIds: ['demo'], onConflict: 'replace' });
    expect(replacing.decks.map((d) => [d.deck.id, d.action])).toEqual([['demo', 'replace']]);
    expect(replacing.warnings).toEqual([]);
  });

  it('imports under a new id by default when the id is taken, and says so', async () => {
    const result = await importFile('demo.yaml', demoYaml(), { existingDeckIds: ['demo', 'demo-2'] });
    expect(result.decks[0]).toMatchObject({ action: 'add', sourceId: 'demo', deck: { id: 'demo-3' } });
    expect(result.decks[0].yaml).toMatch(/^id: demo-3$/m);
    expect(result.warnings.map((w) => importWarningMessage(w, 'fr'))).toEqual(['Paquet « Demo deck » : l’identifiant « demo » est déjà pris, il devient « demo-3 »']);
  });

  it('returns decks that parseDeck accepts, with their YAML ready to write', async () => {
    for (const format of ['yaml', 'bundle', 'apkg', 'tsv'] as const) {
      const file = await exportDecks([demoDeck()], format, { sqlEngine });
      const result = await importFile(file.fileName, file.bytes, { sqlEngine });
      expect(result.decks[0].deck.id).toBe('demo');
      expect(result.decks[0].deck.cards.map((c) => c.id)).toEqual(demoDeck().cards.map((c) => c.id));
    }
  });
});

describe('import errors', () => {
  it('recognises formats by content first, then by extension', () => {
    expect(detectImportFormat('x.bin', encode('format: kubedeck/1\n'))).toBe('kubedeck');
    expect(detectImportFormat('x.yaml', encode('# c\nformat: kubedeck-bundle/1\n'))).toBe('bundle');
    expect(detectImportFormat('x.txt', encode('a\tb'))).toBe('delimited');
    expect(detectImportFormat('x.yaml', new Uint8Array([0x50, 0x4b, 3, 4]))).toBe('apkg');
    expect(() => detectImportFormat('photo.jpg', new Uint8Array([0xff, 0xd8, 0xff]))).toThrow(ExchangeError);
  });

  it('explains, in French and English, why a file cannot be imported', async () => {
    const error = async (name: string, bytes: Uint8Array, options = {}) => {
      try {
        await importFile(name, bytes, options);
      } catch (caught) {
        return caught as ExchangeError;
      }
      throw new Error('expected a failure');
    };
    const unknown = await error('photo.jpg', new Uint8Array([0xff, 0xd8, 0xff]));
    expect(unknown.localized('fr')).toMatch(/^Format de fichier non reconnu : photo\.jpg/);
    const tooLarge = await error('big.apkg', new Uint8Array(2048), { limits: { maxFileBytes: 1024 } });
    expect(tooLarge.code).toBe('file-too-large');
    expect((await error('latin1.csv', new Uint8Array([0x63, 0xe9, 0x09, 0x62]))).localized('en')).toBe('This file is not UTF-8 text: 0xE9 (1:2)');
    const invalid = await error('demo.yaml', encode(deckToYaml(demoDeck()).replace('type: mcq', 'type: qcm')));
    expect(invalid.code).toBe('invalid-deck');
    expect(invalid.problems[0]).toMatchObject({ code: 'bad-enum', severity: 'error' });
    expect(invalid.localized('en')).toMatch(/^Invalid deck \(1 error\): demo\.yaml:\d+:\d+ error "qcm" is not an allowed value/);
    expect(exchangeErrorMessage('cancelled', {}, 'fr')).toBe('Opération annulée');
    expect((await error('empty.tsv', encode('#separator:tab\n'))).code).toBe('no-cards');
  });
});
