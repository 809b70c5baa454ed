import fc from 'fast-check';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { readDeckSource } from '../../../src/node/deckFiles';
import { parseDeck } from '../../../src/shared/decks/parse';
import { decodeDeckBytes } from '../../../src/shared/decks/utf8';
import { findBadText } from '../../../src/shared/yaml/bytes';
import { ExchangeError } from '../../../src/shared/exchange/errors';
import { importFile } from '../../../src/shared/exchange/importFile';
import { hostileBytes } from '../../fixtures/hostile';
import { FUZZ } from './fuzz';

describe('strict UTF-8 in deck files', () => {
  it('refuses an invalid byte with its line and column, where check and the app read decks', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kd-utf8-'));
    const path = join(dir, 'bad.yaml');
    await writeFile(path, hostileBytes('invalid-utf8.yaml'));
    const source = await readDeckSource(path, 'bad.yaml', 'user');
    expect(source).toMatchObject({ problem: { file: 'bad.yaml', line: 3, col: 13, code: 'invalid-utf8', params: { byte: '0xE9' } } });
  });

  it('refuses a NUL byte with its position, in bytes and in text', () => {
    const bytes = hostileBytes('nul-byte.yaml');
    expect(decodeDeckBytes(bytes, 'nul.yaml')).toMatchObject({ problem: { line: 5, col: 15, code: 'nul-character' } });
    const text = new TextDecoder().decode(bytes);
    expect(parseDeck(text, 'nul.yaml').problems).toEqual([expect.objectContaining({ code: 'nul-character', line: 5, col: 15 })]);
  });

  it('refuses both on import, saying where', async () => {
    for (const [name, detail] of [['invalid-utf8.yaml', '0xE9 (3:13)'], ['nul-byte.yaml', 'NUL (5:15)']]) {
      const error = await importFile(name, hostileBytes(name)).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ExchangeError);
      expect(error).toMatchObject({ code: 'bad-text', params: { detail } });
    }
  });

  it('refuses both in kubedeck lint, at the byte, in the file’s report', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kd-utf8-lint-'));
    const bad = join(dir, 'service.yaml');
    // A Latin-1 "é" in a label value: the API server's YAML reader refuses the whole file.
    await writeFile(bad, Buffer.concat([Buffer.from('apiVersion: v1\nkind: Service\nmetadata:\n  name: caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    const nul = join(dir, 'nul.yaml');
    await writeFile(nul, hostileBytes('nul-byte.yaml'));
    const out: string[] = [];
    const code = await main(['lint', bad, nul, '--lang', 'en'], (line) => out.push(line), () => {});
    expect(code).toBe(1);
    expect(out[0]).toMatch(/service\.yaml:4:12 error text-encoding Invalid UTF-8: byte 0xE9/);
    expect(out[1]).toMatch(/nul\.yaml:5:15 error text-encoding NUL character/);
  });

  it('refuses both in kubedeck export, naming the file, line and column', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kd-utf8-export-'));
    const path = join(dir, 'bad.yaml');
    await writeFile(path, hostileBytes('invalid-utf8.yaml'));
    const err: string[] = [];
    const code = await main(['export', path, '--format', 'tsv', '--lang', 'en'], () => {}, (line) => err.push(line));
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(/bad\.yaml:3:13/);
  });

  it('agrees with a fatal TextDecoder on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        let valid = !bytes.includes(0);
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        expect(findBadText(bytes) === undefined).toBe(valid);
      }),
      FUZZ,
    );
  });
});
