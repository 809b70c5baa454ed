// The web twin's implementation of KubeDeckApi: the same deck loading as the main process, over
// the decks bundled at build time (each deck its own chunk, fetched when the library is listed).
import type { KubeDeckApi } from '../../../shared/api';
import { loadLibrary, type DeckSource, type LoadedLibrary } from '../../../shared/decks/library';

type DeckLoaders = Record<string, () => Promise<string>>;

const bundledDecks: DeckLoaders = import.meta.glob('../../../../decks/*.{yaml,yml}', {
  query: '?raw',
  import: 'default',
}) as DeckLoaders;

/** An API over deck files given as loaders keyed by path (the bundled decks by default). */
export function createBrowserApi(loaders: DeckLoaders = bundledDecks, locale: () => string = () => navigator.language): KubeDeckApi {
  let loaded: Promise<LoadedLibrary> | undefined;
  function load(): Promise<LoadedLibrary> {
    loaded ??= Promise.all(
      Object.keys(loaders)
        .sort()
        .map(async (path): Promise<DeckSource> => ({ file: path.split('/').pop()!, origin: 'bundled', text: await loaders[path]() })),
    ).then(loadLibrary);
    return loaded;
  }
  return {
    async listDecks() {
      return (await load()).library;
    },
    async getDeck(id) {
      const deck = (await load()).decks.get(id);
      return deck ? { ok: true, value: deck } : { ok: false, error: `no deck with id "${id}"` };
    },
    async getSystemLocale() {
      return locale();
    },
  };
}

export function createPlatformApi(): KubeDeckApi {
  return createBrowserApi();
}

export const userDeckFolderHint = 'decks/';
