// Images imported with decks, as the web twin keeps them: a `media` table in the user decks'
// IndexedDB database. Read here with the plain IndexedDB API, so that the media service worker
// stays small (no Dexie) and never creates or upgrades the database (the page's Dexie does).

/** Where imported decks and their images are kept: a database of its own, apart from progress. */
export const USER_DECKS_DATABASE = 'kubedeck-user-decks';
export const MEDIA_TABLE = 'media';
/** What the page posts to the media worker to be taken over (after a hard reload, which bypasses it). */
export const CLAIM_MESSAGE = 'kubedeck:claim';

export interface StoredMedia {
  /** A kept media name (see isKeptMediaName), as cards write it after `media/`. */
  name: string;
  bytes: Uint8Array;
  type: string;
}

/** The bytes of the media `name`, or undefined when the database, its media table or that media is absent. */
export function readStoredMedia(factory: IDBFactory, database: string, name: string): Promise<Uint8Array | undefined> {
  return new Promise((resolve, reject) => {
    const request = factory.open(database);
    // Opened without a version, an upgrade only happens when the database does not exist: abort it, creating nothing.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      resolve(undefined);
    };
    request.onsuccess = () => {
      const db = request.result;
      // The page may upgrade the database while this connection is open: let it.
      db.onversionchange = () => db.close();
      if (!db.objectStoreNames.contains(MEDIA_TABLE)) {
        db.close();
        resolve(undefined);
        return;
      }
      const get = db.transaction(MEDIA_TABLE, 'readonly').objectStore(MEDIA_TABLE).get(name);
      get.onsuccess = () => {
        db.close();
        resolve((get.result as StoredMedia | undefined)?.bytes);
      };
      get.onerror = () => {
        db.close();
        reject(get.error ?? new Error('cannot read media'));
      };
    };
  });
}
