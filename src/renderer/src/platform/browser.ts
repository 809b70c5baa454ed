// The web twin's implementation of KubeDeckApi. The bundled decks were loaded and checked at
// build time by the same code as the desktop app (src/node/bundledDecksPlugin.ts); each deck's
// cards are a chunk of their own, fetched when the deck is opened.
import type { KubeDeckApi } from '../../../shared/api';
import type { BundledDecks } from './bundled';
import { deckLoaders, library } from 'virtual:kubedeck/bundled-decks';

/** An API over a set of pre-loaded decks (the bundled ones by default). */
export function createBrowserApi(
  bundle: BundledDecks = { library, deckLoaders },
  locale: () => string = () => navigator.language,
): KubeDeckApi {
  return {
    async listDecks() {
      return bundle.library;
    },
    async getDeck(id) {
      const load = Object.hasOwn(bundle.deckLoaders, id) ? bundle.deckLoaders[id] : undefined;
      return load ? { ok: true, value: await load() } : { ok: false, error: `no deck with id "${id}"` };
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
