// The web twin's implementation of KubeDeckApi. The bundled decks were loaded and checked at
// build time by the same code as the desktop app (src/node/bundledDecksPlugin.ts); each deck's
// cards are a chunk of their own, fetched when the deck is opened. Decks the user imports are
// kept in IndexedDB (the web twin's "user deck folder") and checked by the same loadLibrary.
// Their images are kept there too, and a service worker (mediaWorker.ts) serves them at the URLs
// cards use: the CSP (img-src 'self') refuses blob: and data: URLs, and stays as strict.
import { failure, type DeckEntry, type KubeDeckApi } from '../../../shared/api';
import { deckMediaType } from '../../../shared/decks/assets';
import { planImportWrites } from '../../../shared/exchange/writePlan';
import type { Deck } from '../../../shared/decks/types';
import { bundleOf, type BundledDecks } from './bundled';
import { CLAIM_MESSAGE, USER_DECKS_DATABASE, type StoredMedia } from './storedMedia';
import type { UserDeckRecord, UserDeckStore } from './userDeckStore';
import { deckLoaders, library } from 'virtual:kubedeck/bundled-decks';

/** The media worker's script (built by vite.web.config.ts), at the root of the app so that its scope is the whole app. */
const MEDIA_WORKER_FILE = 'media-worker.js';
/** How long saving imported images waits for the media worker to control the page. */
const MEDIA_WORKER_TIMEOUT = 5000;

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

/** Whether images were imported in this browser: only then does start-up register the media worker. */
function hasImportedMedia(database: string): boolean {
  try {
    return localStorage.getItem(`kubedeck.imported-media.${database}`) !== null;
  } catch {
    return false;
  }
}

function markImportedMedia(database: string): void {
  try {
    localStorage.setItem(`kubedeck.imported-media.${database}`, '1');
  } catch {
    // Without localStorage, the worker registered on import keeps serving; start-up just does not renew it.
  }
}

/** Registers the media worker; false when this page cannot have one (no service workers: file://, a non-secure origin). */
async function registerMediaWorker(container: ServiceWorkerContainer | undefined): Promise<boolean> {
  if (!container) return false;
  try {
    await container.register(MEDIA_WORKER_FILE);
    return true;
  } catch {
    return false;
  }
}

/** Resolves once the media worker controls this page (its images then load through it), or after `timeout` ms. */
function untilControlled(container: ServiceWorkerContainer, timeout: number): Promise<void> {
  const controlled = new Promise<void>((resolve) => {
    if (container.controller) resolve();
    else container.addEventListener('controllerchange', () => resolve(), { once: true });
  });
  const late = new Promise<void>((resolve) => setTimeout(resolve, timeout));
  return Promise.race([container.ready.then(() => controlled), late]);
}

/**
 * At start-up, when images were imported: resolves once their worker serves this page. A page
 * loaded normally is controlled at once (the worker is only renewed, in the background); after a
 * hard reload (Shift+reload bypasses service workers) the worker is asked to take the page over,
 * so that the cards shown next find their images.
 */
async function startMediaWorker(host: MediaWorkerHost): Promise<void> {
  const container = host.serviceWorkers();
  if (container?.controller) {
    void registerMediaWorker(container);
    return;
  }
  if (!container || !(await registerMediaWorker(container))) return;
  const registration = await container.ready;
  registration.active?.postMessage(CLAIM_MESSAGE);
  await untilControlled(container, host.timeout);
}

/** How the browser API reaches service workers (tests give their own). */
export interface MediaWorkerHost {
  serviceWorkers: () => ServiceWorkerContainer | undefined;
  timeout: number;
}

// `navigator.serviceWorker` is undefined where service workers are not allowed, whatever the DOM types say.
const defaultMediaWorkerHost: MediaWorkerHost = {
  serviceWorkers: () => (navigator.serviceWorker as ServiceWorkerContainer | undefined),
  timeout: MEDIA_WORKER_TIMEOUT,
};

/** An API over pre-loaded bundled decks (the build's by default) and the user's imported decks. */
export function createBrowserApi(
  bundle: BundledDecks = { library, deckLoaders },
  locale: () => string = () => navigator.language,
  userDeckDatabase = USER_DECKS_DATABASE,
  mediaWorker: MediaWorkerHost = defaultMediaWorkerHost,
): KubeDeckApi {
  const bundledIds = new Set(bundle.library.decks.flatMap((e) => (e.summary ? [e.summary.id] : [])));
  let store: Promise<UserDeckStore> | undefined;
  const userDecks = () => (store ??= openUserDeckStore(userDeckDatabase));
  // Never started without imported images; user decks (the only ones showing them) wait for it.
  const mediaReady = hasImportedMedia(userDeckDatabase) ? startMediaWorker(mediaWorker).catch(() => undefined) : Promise.resolve();

  /** User decks, parsed on demand (the parser is a chunk of its own: most sessions never need it). */
  async function loadUserDecks(): Promise<BundledDecks> {
    if (!store && !hasImportedDecks(userDeckDatabase)) return { library: { decks: [] }, deckLoaders: {} };
    await mediaReady;
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
      return deck ? { ok: true, value: deck } : failure('error.deckNotFound', { id });
    },
    async getSystemLocale() {
      return locale();
    },
    // Images are kept only where the media worker can serve them (it needs service workers: not
    // on file:// or a non-secure origin); the result says how many were not.
    async saveUserDecks(decks, media = []) {
      const { parseDeck } = await import('../../../shared/decks/parse');
      const records: UserDeckRecord[] = [];
      for (const [index, { yaml }] of decks.entries()) {
        const { deck, problems } = parseDeck(yaml, `deck ${index + 1}`);
        const error = problems.find((p) => p.severity === 'error');
        if (!deck || error) return failure('error.deckInvalid', {}, error ?? problems[0]);
        if (bundledIds.has(deck.id)) return failure('error.bundledId', { id: deck.id });
        records.push({ id: deck.id, yaml });
      }
      const db = await userDecks();
      // The same plan as a deck folder (shared/exchange/writePlan.ts): the media a card can show,
      // and never a media file that would replace another of the same name.
      const stored = await db.media.bulkGet(media.map((file) => file.name));
      const existing = new Map(stored.flatMap((file) => (file ? [[file.name, file.bytes] as const] : [])));
      const plan = planImportWrites(records, media, { fileOfId: new Map(records.map((r) => [r.id, r.id])), names: new Set(), media: existing });
      if (!plan.ok) return failure('error.mediaConflict', { name: plan.mediaConflict });
      const container = plan.media.length > 0 ? mediaWorker.serviceWorkers() : undefined;
      const serving = await registerMediaWorker(container);
      const kept: StoredMedia[] = serving ? plan.media.map(({ name, bytes }) => ({ name, bytes, type: deckMediaType(name)! })) : [];
      await db.transaction('rw', db.decks, db.media, async () => {
        await db.decks.bulkPut(records);
        await db.media.bulkPut(kept);
      });
      markImportedDecks(userDeckDatabase);
      if (serving && container) {
        markImportedMedia(userDeckDatabase);
        // The deck's cards may be shown next: their images must already go through the worker.
        await untilControlled(container, mediaWorker.timeout);
      }
      const saved = records.map((r) => r.id);
      return { ok: true, value: serving || plan.media.length === 0 ? { saved } : { saved, mediaNotKept: plan.media.length } };
    },
    async deleteUserDeck(id) {
      if (bundledIds.has(id)) return failure('error.bundledDelete', { id });
      const db = await userDecks();
      if (!(await db.decks.get(id))) return failure('error.noImportedDeck', { id });
      await db.decks.delete(id);
      return { ok: true, value: undefined };
    },
    async printToPdf() {
      return failure('error.pdfNeedsDesktop');
    },
  };
}

export function createPlatformApi(): KubeDeckApi {
  return createBrowserApi();
}

export const userDeckFolderHint = 'decks/';
/** The desktop app prints to PDF itself; a browser prints the HTML sheet. */
/** The About screen's sentence on where progress is kept (the app's profile, or this browser for this address). */
export const progressStorageKey = 'about.storage.browser' as const;
export const canPrintToPdf = false;
