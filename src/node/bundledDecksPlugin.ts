// Vite plugin for the web twin: the bundled decks are loaded and checked at build time with the
// same code as the desktop app (loadLibrary), so the page starts from ready JSON instead of
// shipping a YAML parser and parsing in the browser. Each deck is its own chunk, fetched when opened.
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { DECK_ASSETS_PATH, DECK_MEDIA_EXTENSIONS } from '../shared/decks/assets.ts';
import type { Plugin } from 'vite';
import { loadLibrary, type LoadedLibrary } from '../shared/decks/library.ts';
import { listDeckFiles } from './deckFiles.ts';

export const BUNDLED_DECKS_MODULE = 'virtual:kubedeck/bundled-decks';
const DECK_MODULE_PREFIX = 'virtual:kubedeck/deck/';
const resolved = (id: string) => `\0${id}`;

export function bundledDecksPlugin(decksDir: string): Plugin {
  let files: string[] = [];
  let loaded: LoadedLibrary | undefined;
  function load(): LoadedLibrary {
    loaded ??= loadLibrary(
      files.map((path) => ({ file: path.slice(decksDir.length + 1), origin: 'bundled' as const, text: readFileSync(path, 'utf8') })),
    );
    return loaded;
  }
  return {
    name: 'kubedeck-bundled-decks',
    async buildStart() {
      files = await listDeckFiles(decksDir);
      loaded = undefined;
      for (const file of files) this.addWatchFile(file);
    },
    watchChange(id) {
      if (files.includes(id)) loaded = undefined;
    },
    // Images next to the decks, where the app looks for them (shared/decks/assets.ts).
    async generateBundle() {
      for (const image of await listDeckImages(decksDir)) {
        this.emitFile({ type: 'asset', fileName: `${DECK_ASSETS_PATH}/bundled/${image}`, source: readFileSync(join(decksDir, image)) });
      }
    },
    resolveId(id) {
      return id === BUNDLED_DECKS_MODULE || id.startsWith(DECK_MODULE_PREFIX) ? resolved(id) : undefined;
    },
    load(id) {
      if (id === resolved(BUNDLED_DECKS_MODULE)) {
        const { library, decks } = load();
        const loaders = [...decks.keys()]
          .map((deckId) => `  ${JSON.stringify(deckId)}: () => import(${JSON.stringify(DECK_MODULE_PREFIX + deckId)}).then((m) => m.default),`)
          .join('\n');
        return `export const library = JSON.parse(${JSON.stringify(JSON.stringify(library))});\nexport const deckLoaders = {\n${loaders}\n};\n`;
      }
      if (id.startsWith(resolved(DECK_MODULE_PREFIX))) {
        const deck = load().decks.get(id.slice(resolved(DECK_MODULE_PREFIX).length));
        if (!deck) this.error(`no bundled deck ${id}`);
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(deck))});\n`;
      }
      return undefined;
    },
  };
}


/** Image (and sound, video) files under the deck folder, as paths relative to it (with `/`). */
async function listDeckImages(decksDir: string): Promise<string[]> {
  const entries = await readdir(decksDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && DECK_MEDIA_EXTENSIONS.includes(extname(entry.name).toLowerCase()))
    .map((entry) => relative(decksDir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}
