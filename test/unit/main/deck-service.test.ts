import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDeckService } from '../../../src/main/deckService';
import { apiErrorText } from '../../../src/shared/apiError';
import { VALID_DECK } from '../../fixtures/decks';

const platform = (locale: string) => ({ systemLocale: () => locale, printToPdf: async (html: string) => new TextEncoder().encode(`%PDF ${html.length}`) });

function folders() {
  const base = mkdtempSync(join(tmpdir(), 'kubedeck-decks-'));
  const bundled = join(base, 'bundled');
  mkdirSync(bundled);
  return { bundled, user: join(base, 'user') };
}

describe('main deck service', () => {
  it('lists bundled and user decks, and works before the user folder exists', async () => {
    const dirs = folders();
    writeFileSync(join(dirs.bundled, 'demo.yaml'), VALID_DECK);
    writeFileSync(join(dirs.bundled, 'notes.txt'), 'not a deck');
    const service = createDeckService(dirs, platform('en-GB'));
    expect((await service.listDecks()).decks.map((e) => [e.file, e.origin])).toEqual([['demo.yaml', 'bundled']]);
    mkdirSync(dirs.user);
    writeFileSync(join(dirs.user, 'mine.yml'), VALID_DECK.replace('id: demo', 'id: mine').replace('Demo deck', 'My deck'));
    writeFileSync(join(dirs.user, 'broken.yaml'), 'format: kubedeck/1\nid: [');
    const entries = (await service.listDecks()).decks;
    expect(entries.map((e) => [e.file, e.origin, e.problems.length > 0])).toEqual([
      ['demo.yaml', 'bundled', false],
      ['mine.yml', 'user', false],
      ['broken.yaml', 'user', true],
    ]);
    expect(await service.getSystemLocale()).toBe('en-GB');
  });

  it('returns a deck by id, and an error value for an unknown id', async () => {
    const dirs = folders();
    writeFileSync(join(dirs.bundled, 'demo.yaml'), VALID_DECK);
    const service = createDeckService(dirs, platform('fr'));
    const found = await service.getDeck('demo');
    expect(found.ok && found.value.cards.length).toBe(5);
    expect(await service.getDeck('nope')).toEqual({ ok: false, error: { code: 'error.deckNotFound', params: { id: 'nope' } } });
  });
});

describe('saving imported decks', () => {
  const mine = VALID_DECK.replace('id: demo', 'id: mine').replace('Demo deck', 'My deck');

  it('writes each deck as <id>.yaml in the user folder, and lists it', async () => {
    const dirs = folders();
    const service = createDeckService(dirs, platform('fr'));
    expect(await service.saveUserDecks([{ yaml: mine }])).toEqual({ ok: true, value: { saved: ['mine'] } });
    expect(readdirSync(dirs.user)).toEqual(['mine.yaml']);
    expect((await service.listDecks()).decks.map((e) => [e.file, e.origin])).toEqual([['mine.yaml', 'user']]);
  });

  it('replaces the user file that holds the same id, whatever its name', async () => {
    const dirs = folders();
    mkdirSync(dirs.user);
    writeFileSync(join(dirs.user, 'old-name.yml'), mine);
    const service = createDeckService(dirs, platform('fr'));
    await service.saveUserDecks([{ yaml: mine.replace('My deck', 'My deck, edited') }]);
    expect(readdirSync(dirs.user)).toEqual(['old-name.yml']);
    expect(readFileSync(join(dirs.user, 'old-name.yml'), 'utf8')).toContain('My deck, edited');
  });

  it('saves nothing when one deck is invalid or takes a bundled deck’s id', async () => {
    const dirs = folders();
    writeFileSync(join(dirs.bundled, 'demo.yaml'), VALID_DECK);
    const service = createDeckService(dirs, platform('fr'));
    const invalid = await service.saveUserDecks([{ yaml: mine }, { yaml: mine.replace('id: mine', 'id: other').replace('    type: mcq', '    type: nope') }]);
    // Main has no UI language: the renderer says the refusal, with the problem's place, in the user's.
    if (invalid.ok) throw new Error('an invalid deck was saved');
    expect(apiErrorText(invalid.error, 'en')).toMatch(/^deck refused: deck 2:\d+:\d+ error /);
    expect(apiErrorText(invalid.error, 'fr')).toMatch(/^paquet refusé : deck 2:\d+:\d+ error .*« nope »/);
    const bundled = await service.saveUserDecks([{ yaml: VALID_DECK }]);
    expect(bundled).toEqual({ ok: false, error: { code: 'error.bundledId', params: { id: 'demo' } } });
    expect(!bundled.ok && apiErrorText(bundled.error, 'fr')).toBe('« demo » est l’identifiant d’un paquet fourni avec l’application');
    expect(() => readdirSync(dirs.user)).toThrow();
  });

  it('keeps the images, sounds and videos that come with imported decks in media/, and nothing else', async () => {
    const dirs = folders();
    const service = createDeckService(dirs, platform('fr'));
    const png = new Uint8Array([137, 80, 78, 71]);
    const files = ['schema.png', 'son.mp3', 'demo.webm', 'notes.txt', 'script.js'].map((name) => ({ name, bytes: png }));
    await service.saveUserDecks([{ yaml: mine }], files);
    expect(readdirSync(join(dirs.user, 'media')).sort()).toEqual(['demo.webm', 'schema.png', 'son.mp3']);
  });

  it('prints HTML to PDF through the platform', async () => {
    const result = await createDeckService(folders(), platform('fr')).printToPdf('<p>x</p>');
    expect(result.ok && new TextDecoder().decode(result.value)).toBe('%PDF 8');
  });
});

describe('deleting imported decks', () => {
  const mine = VALID_DECK.replace('id: demo', 'id: mine').replace('Demo deck', 'My deck');

  it('removes the user file that holds the id, whatever its name, and the library no longer lists it', async () => {
    const dirs = folders();
    mkdirSync(dirs.user);
    writeFileSync(join(dirs.user, 'old-name.yml'), mine);
    writeFileSync(join(dirs.user, 'other.yaml'), mine.replace('id: mine', 'id: other'));
    const service = createDeckService(dirs, platform('fr'));
    expect(await service.deleteUserDeck('mine')).toEqual({ ok: true, value: undefined });
    expect(readdirSync(dirs.user)).toEqual(['other.yaml']);
    expect((await service.listDecks()).decks.map((e) => e.summary?.id)).toEqual(['other']);
  });

  it('refuses a bundled deck and an unknown id, and deletes nothing', async () => {
    const dirs = folders();
    writeFileSync(join(dirs.bundled, 'demo.yaml'), VALID_DECK);
    mkdirSync(dirs.user);
    writeFileSync(join(dirs.user, 'mine.yaml'), mine);
    const service = createDeckService(dirs, platform('fr'));
    expect(await service.deleteUserDeck('demo')).toEqual({ ok: false, error: { code: 'error.bundledDelete', params: { id: 'demo' } } });
    expect(await service.deleteUserDeck('nope')).toEqual({ ok: false, error: { code: 'error.noImportedDeck', params: { id: 'nope' } } });
    expect(readdirSync(dirs.bundled)).toEqual(['demo.yaml']);
    expect(readdirSync(dirs.user)).toEqual(['mine.yaml']);
  });
});
