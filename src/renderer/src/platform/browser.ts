// The web twin's implementation of KubeDeckApi. The bundled decks were loaded and checked at
// build time by the same code as the desktop app (src/node/bundledDecksPlugin.ts); each deck's
// cards are a chunk of their own, fetched when the deck is opened. Decks the user imports are
// kept in IndexedDB (the web twin's "user deck folder") and checked by the same loadLibrary.
import type { DeckEntry, KubeDeckApi } from '../../../shared/api';
import type { Deck } from '../../../shared/decks/types';
import { bundleOf, type BundledDecks } from './bundled';
import type { UserDeckRecord, UserDeckStore } from './userDeckStore';
import { deckLoaders, library } from 'virtual:kubedeck/bundled-decks';

/** Where imported decks are kept: its own database, apart from progress (named once, like the app's origin). */
const USER_DECKS_DATABASE = 'kubedeck-user-decks';

/** The imported decks' database, opened on first use (Dexie and the store load with it). */
async function openUserDeckStore(name: string): Promise<UserDeckStore> {
  const { UserDeckStore } = await import('./userDeckStore');
  return new UserDeckStore(name);
}

/**
 * Whether decks were ever imported in this browser: a marker in localStorage, so that a start-up
 * without imported decks never waits for IndexedDB (opening it first costs more than the page).
 */
function hasImportedDecks(database: string): boolean {
  try {
    return localStorage.getItem(`kubedeck.imported.${database}`) !== null;
  } catch {
    return true;
  }
}

function markImportedDecks(database: string): void {
  try {
    localStorage.setItem(`kubedeck.imported.${database}`, '1');
  } catch {
    // Without localStorage, every start-up looks in IndexedDB.
  }
}

/** An API over pre-loaded bundled decks (the build's by default) and the user's imported decks. */
export function createBrowserApi(
  bundle: BundledDecks = { library, deckLoaders },
  locale: () => string = () => navigator.language,
  userDeckDatabase = USER_DECKS_DATABASE,
): KubeDeckApi {
  const bundledIds = new Set(bundle.library.decks.flatMap((e) => (e.summary ? [e.summary.id] : [])));
  let store: Promise<UserDeckStore> | undefined;
  const userDecks = () => (store ??= openUserDeckStore(userDeckDatabase));

  /** User decks, parsed on demand (the parser is a chunk of its own: most sessions never need it). */
  async function loadUserDecks(): Promise<BundledDecks> {
    if (!store && !hasImportedDecks(userDeckDatabase)) return { library: { decks: [] }, deckLoaders: {} };
    const records = await (await userDecks()).decks.toArray();
    if (records.length === 0) return { library: { decks: [] }, deckLoaders: {} };
    const { loadLibrary } = await import('../../../shared/decks/library');
    const loaded = loadLibrary(records.map((r) => ({ file: `${r.id}.yaml`, origin: 'user' as const, text: r.yaml })));
    return bundleOf(loaded);
  }

  async function findDeck(id: string): Promise<Deck | undefined> {
    // Own properties only: an id such as "constructor" must not reach Object.prototype.
    const own = (loaders: BundledDecks['deckLoaders']) => (Object.hasOwn(loaders, id) ? loaders[id] : undefined);
    const load = own(bundle.deckLoaders) ?? own((await loadUserDecks()).deckLoaders);
    return load ? load() : undefined;
  }

  return {
    async listDecks() {
      const user = await loadUserDecks();
      const userEntries: DeckEntry[] = user.library.decks.filter((e) => !e.summary || !bundledIds.has(e.summary.id));
      return { decks: [...bundle.library.decks, ...userEntries] };
    },
    async getDeck(id) {
      const deck = await findDeck(id);
      return deck ? { ok: true, value: deck } : { ok: false, error: `no deck with id "${id}"` };
    },
    async getSystemLocale() {
      return locale();
    },
    // Imported media are not kept in a browser: the page could only show them through blob: URLs,
    // which the CSP refuses; the desktop app saves them next to the decks.
    async saveUserDecks(decks) {
      const { parseDeck } = await import('../../../shared/decks/parse');
      const records: UserDeckRecord[] = [];
      for (const [index, { yaml }] of decks.entries()) {
        const { deck, problems } = parseDeck(yaml, `deck ${index + 1}`);
        if (!deck) return { ok: false, error: `deck ${index + 1}: ${problems[0]?.code ?? 'invalid'}` };
        if (bundledIds.has(deck.id)) return { ok: false, error: `"${deck.id}" is the id of a bundled deck` };
        records.push({ id: deck.id, yaml });
      }
      await (await userDecks()).decks.bulkPut(records);
      markImportedDecks(userDeckDatabase);
      return { ok: true, value: { saved: records.map((r) => r.id) } };
    },
    async printToPdf() {
      return { ok: false, error: 'PDF export needs the desktop app: export HTML and print it from the browser.' };
    },
  };
}

export function createPlatformApi(): KubeDeckApi {
  return createBrowserApi();
}

export const userDeckFolderHint = 'decks/';
/** The desktop app prints to PDF itself; a browser prints the HTML sheet. */
export const canPrintToPdf = false;
