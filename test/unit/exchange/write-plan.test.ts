// Where imported decks and media go in a deck folder: one plan for the app and for `kubedeck import`.
import { mkdtemp, readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveUserDecks } from '../../../src/node/userDecks';
import { apiErrorText } from '../../../src/shared/apiError';
import { planImportWrites, type FolderContents } from '../../../src/shared/exchange/writePlan';
import { main } from '../../../src/cli/main';
import { VALID_DECK } from '../../fixtures/decks';

const folder = (contents: Partial<FolderContents> = {}): FolderContents => ({ fileOfId: new Map(), names: new Set(), media: new Map(), ...contents });
const png = (...bytes: number[]) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, ...bytes]);

describe('the write plan of an import', () => {
  it.each([
    ['a new id gets its own file', folder(), 'volumes.yaml'],
    ['a known id replaces the file that holds it, whatever its name', folder({ fileOfId: new Map([['volumes', 'mes-volumes.yml']]) }), 'mes-volumes.yml'],
    ['a file of that name holding another deck is left alone', folder({ names: new Set(['volumes.yaml', 'volumes-2.yaml']) }), 'volumes-3.yaml'],
  ])('%s', (_, contents, path) => {
    const plan = planImportWrites([{ id: 'volumes', yaml: 'x' }], [], contents);
    expect(plan).toEqual({ ok: true, decks: [{ path, data: 'x' }], media: [] });
  });

  it('gives two new decks two files', () => {
    const plan = planImportWrites([{ id: 'a', yaml: '1' }, { id: 'b', yaml: '2' }], [], folder({ names: new Set(['a.yaml']) }));
    expect(plan.ok && plan.decks.map((file) => file.path)).toEqual(['a-2.yaml', 'b.yaml']);
  });

  it('keeps only media a card can show, once, and never overwrites another image of the same name', () => {
    const media = [
      { name: 'schema.png', bytes: png(1) },
      { name: 'schema.png', bytes: png(1) },
      { name: 'notes.txt', bytes: new Uint8Array([1]) },
      { name: 'same.png', bytes: png(2) },
    ];
    const plan = planImportWrites([], media, folder({ media: new Map([['same.png', png(2)]]) }));
    expect(plan).toEqual({ ok: true, decks: [], media: [{ name: 'schema.png', bytes: png(1) }] });
    expect(planImportWrites([], [{ name: 'same.png', bytes: png(3) }], folder({ media: new Map([['same.png', png(2)]]) }))).toEqual({ ok: false, mediaConflict: 'same.png' });
    expect(planImportWrites([], [{ name: 'a.png', bytes: png(1) }, { name: 'a.png', bytes: png(2) }], folder())).toEqual({ ok: false, mediaConflict: 'a.png' });
  });
});

describe('the app and the CLI follow the same plan', () => {
  async function deckFolderWithImage() {
    const dir = await mkdtemp(join(tmpdir(), 'kubedeck-plan-'));
    await mkdir(join(dir, 'media'));
    await writeFile(join(dir, 'media', 'schema.png'), png(1));
    // A file named as the new deck's id, holding another deck.
    await writeFile(join(dir, 'demo.yaml'), VALID_DECK.replace('id: demo', 'id: other'));
    return dir;
  }

  it('the app refuses an image that would replace another of the same name, and writes nothing', async () => {
    const dir = await deckFolderWithImage();
    const refused = await saveUserDecks(dir, [{ yaml: VALID_DECK }], new Set(), [{ name: 'schema.png', bytes: png(9) }]);
    expect(refused).toEqual({ ok: false, error: { code: 'error.mediaConflict', params: { name: 'schema.png' } } });
    expect(!refused.ok && apiErrorText(refused.error, 'fr')).toContain('un autre fichier média s’appelle déjà « schema.png »');
    expect((await readdir(dir)).sort()).toEqual(['demo.yaml', 'media']);
    expect(await saveUserDecks(dir, [{ yaml: VALID_DECK }], new Set(), [{ name: 'schema.png', bytes: png(1) }])).toEqual({ ok: true, value: { saved: ['demo'] } });
    expect((await readdir(dir)).sort()).toEqual(['demo-2.yaml', 'demo.yaml', 'media']);
    expect(await readFile(join(dir, 'demo.yaml'), 'utf8')).toContain('id: other');
  });

  it('the CLI writes the same files as the app', async () => {
    const dir = await deckFolderWithImage();
    const source = join(await mkdtemp(join(tmpdir(), 'kubedeck-source-')), 'demo.yaml');
    await writeFile(source, VALID_DECK);
    const lines: string[] = [];
    const code = await main(['import', source, '-o', dir, '--lang', 'en'], (line) => lines.push(line), (line) => lines.push(line));
    expect(code).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(['demo-2.yaml', 'demo.yaml', 'media']);
  });
});
