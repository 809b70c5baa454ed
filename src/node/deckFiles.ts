// Reads deck files from folders (bundled decks, the user's deck folder, CLI arguments).
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { DeckOrigin } from '../shared/api.ts';
import type { DeckSource } from '../shared/decks/library.ts';
import { MAX_DECK_BYTES } from '../shared/decks/parse.ts';
import { decodeDeckBytes } from '../shared/decks/utf8.ts';

export const DECK_EXTENSIONS = ['.yaml', '.yml'];

export function isDeckFileName(name: string): boolean {
  return DECK_EXTENSIONS.includes(extname(name).toLowerCase());
}

/** The deck files directly in `dir`, sorted by name; a missing folder is an empty one. */
export async function listDeckFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names.filter(isDeckFileName).sort().map((name) => join(dir, name));
}

/** One deck file as a source for the library; unreadable or oversized files become a source with a problem. */
export async function readDeckSource(path: string, file: string, origin: DeckOrigin): Promise<DeckSource> {
  try {
    const info = await stat(path);
    if (info.size > MAX_DECK_BYTES) {
      return {
        file,
        origin,
        problem: {
          file, line: 1, col: 1, severity: 'error', code: 'file-too-large',
          params: { size: (info.size / 1024 / 1024).toFixed(1), max: MAX_DECK_BYTES / 1024 / 1024 },
        },
      };
    }
    return { file, origin, ...decodeDeckBytes(new Uint8Array(await readFile(path)), file) };
  } catch (error) {
    return {
      file,
      origin,
      problem: { file, line: 1, col: 1, severity: 'error', code: 'file-unreadable', params: { detail: (error as Error).message } },
    };
  }
}

/** Every deck file of `dir` as sources, named by their file name. */
export async function readDeckFolder(dir: string, origin: DeckOrigin): Promise<DeckSource[]> {
  const paths = await listDeckFiles(dir);
  return Promise.all(paths.map((path) => readDeckSource(path, path.slice(dir.length).replace(/^[\\/]+/, ''), origin)));
}
