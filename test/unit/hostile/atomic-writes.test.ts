import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFilesAtomically } from '../../../src/node/atomicWrite';
import { saveUserDecks } from '../../../src/node/userDecks';
import { apiErrorText } from '../../../src/shared/apiError';
import { isKeptMediaName, withoutBidiControls } from '../../../src/shared/decks/assets';
import { parseDeck } from '../../../src/shared/decks/parse';
import { hostileText } from '../../fixtures/hostile';

const folder = () => mkdtemp(join(tmpdir(), 'kd-atomic-'));

describe('all-or-nothing writes', () => {
  it('refuses an id longer than a file name allows, in the deck checker', () => {
    expect(parseDeck(hostileText('long-id.yaml'), 'long.yaml').problems).toEqual([
      expect.objectContaining({ code: 'id-too-long', line: 2, params: { length: 120, max: 100 } }),
    ]);
  });

  it('writes no file at all when one name is too long, and leaves no staging file', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'old.yaml'), 'before');
    const files = [
      { path: join(dir, 'old.yaml'), data: 'after' },
      { path: join(dir, `${'x'.repeat(300)}.png`), data: new Uint8Array([1]) },
    ];
    await expect(writeFilesAtomically(files)).rejects.toThrow(/too long/);
    expect(await readdir(dir)).toEqual(['old.yaml']);
    expect(await readFile(join(dir, 'old.yaml'), 'utf8')).toBe('before');
  });

  it('changes no target when staging fails halfway', async () => {
    const dir = await folder();
    const files = [
      { path: join(dir, 'a.yaml'), data: 'a' },
      { path: join(dir, 'missing', 'b.yaml'), data: 'b' },
    ];
    await expect(writeFilesAtomically(files)).rejects.toThrow(/ENOENT/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('saves the decks of the app all or nothing', async () => {
    const dir = await folder();
    const deck = (id: string) => `format: kubedeck/1\nid: ${id}\ntitle: T\nlang: fr\ndescription: d\nsource: s\ncards:\n  - id: c\n    type: basic\n    source: s\n    front: f\n    back: b\n`;
    const media = [{ name: `${'y'.repeat(300)}.png`, bytes: new Uint8Array([1]) }];
    const result = await saveUserDecks(dir, [{ yaml: deck('one') }, { yaml: deck('two') }], new Set(), media);
    expect(result).toEqual({ ok: false, error: { code: 'error.notWritten', params: { reason: 'fileError.ENAMETOOLONG' } } });
    expect(!result.ok && apiErrorText(result.error, 'fr')).toBe('rien n’a été enregistré (un nom de fichier est trop long)');
    expect((await readdir(dir)).filter((name) => name.endsWith('.yaml'))).toEqual([]);
    expect(await saveUserDecks(dir, [{ yaml: deck('one') }, { yaml: deck('two') }], new Set())).toEqual({ ok: true, value: { saved: ['one', 'two'] } });
    expect((await readdir(dir)).filter((name) => name.endsWith('.yaml')).sort()).toEqual(['one.yaml', 'two.yaml']);
  });
});

describe('media names on import', () => {
  it('keeps no media whose name hides its type behind bidirectional controls', () => {
    expect(isKeptMediaName('photo.png')).toBe(true);
    expect(isKeptMediaName('gnp\u202e.exe')).toBe(false);
    expect(isKeptMediaName('a\u2067b.png')).toBe(false);
    expect(isKeptMediaName('notes.txt')).toBe(false);
    expect(withoutBidiControls('Paquet \u202egpj.exe')).toBe('Paquet gpj.exe');
  });
});
