// The web twin's implementation of KubeDeckApi. The bundled decks were loaded and checked at
// build time by the same code as the desktop app (src/node/bundledDecksPlugin.ts); each deck's
// cards are a chunk of their own, fetched when the deck is opened. Decks the user imports are
// kept in IndexedDB (the web twin's "user deck folder") and checked by the same loadLibrary.
import Dexie, { type EntityTable } from 'dexie';
import type { DeckEntry, KubeDeckApi } from '../../../shared/api';
import type { Deck } from '../../../shared/decks/types';
import { bundleOf, type BundledDecks } from './bundled';
import { deckLoaders, library } from 'virtual:kubedeck/bundled-decks';

interface UserDeckRecord {
  id: string;
  yaml: string;
}

/** Where imported decks live in a browser; its own database, apart from progress. */
export class UserDeckStore extends Dexie {
  decks!: EntityTable<UserDeckRecord, 'id'>;
  constructor(name = 'kubedeck-user-decks') {
    super(name);
    this.version(1).stores({ decks: 'id' });
  }
}

/** An API over pre-loaded bundled decks (the build's by default) and the user's imported decks. */
export function createBrowserApi(
  bundle: BundledDecks = { library, deckLoaders },
  locale: () => string = () => navigator.language,
  userDecks: UserDeckStore = new UserDeckStore(),
): KubeDeckApi {
  const bundledIds = new Set(bundle.library.decks.flatMap((e) => (e.summary ? [e.summary.id] : [])));

  /** User decks, parsed on demand (the parser is a chunk of its own: most sessions never need it). */
  async function loadUserDecks(): Promise<BundledDecks> {
    const records = await userDecks.decks.toArray();
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
      await userDecks.decks.bulkPut(records);
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
