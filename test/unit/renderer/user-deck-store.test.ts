// The web twin's imported decks and images: the Dexie store upgrades without losing a deck, and
// the media worker's reader finds images without ever creating or upgrading the database.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { readStoredMedia } from '../../../src/renderer/src/platform/storedMedia';
import { UserDeckStore } from '../../../src/renderer/src/platform/userDeckStore';
import { VALID_DECK } from '../../fixtures/decks';
import { freshName, track } from './databases';

const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);
/** Stored bytes as plain numbers: under jsdom, IndexedDB clones them into another realm's Uint8Array. */
const read = async (database: string, name: string) => {
  const bytes = await readStoredMedia(indexedDB, database, name);
  return bytes && Array.from(bytes);
};

describe('user deck store', () => {
  it('upgrades a version 1 database to version 2: imported decks are kept, and images can be stored beside them', async () => {
    const name = freshName('user-decks-v1');
    const v1 = new Dexie(name);
    v1.version(1).stores({ decks: 'id' });
    await v1.table('decks').put({ id: 'demo', yaml: VALID_DECK });
    v1.close();

    const current = track(new UserDeckStore(name));
    await current.open();
    expect(current.verno).toBe(2);
    expect(await current.decks.get('demo')).toEqual({ id: 'demo', yaml: VALID_DECK });
    await current.media.put({ name: 'schema.png', bytes: png, type: 'image/png' });
    expect(await read(name, 'schema.png')).toEqual(Array.from(png));
  });
});

describe('reading stored media (the media worker)', () => {
  it('finds a stored image and nothing under another name', async () => {
    const store = track(new UserDeckStore(freshName('user-decks')));
    await store.media.put({ name: 'schéma 1.png', bytes: png, type: 'image/png' });
    expect(await read(store.name, 'schéma 1.png')).toEqual(Array.from(png));
    expect(await readStoredMedia(indexedDB, store.name, 'other.png')).toBeUndefined();
  });

  it('answers nothing for a missing database, without creating it', async () => {
    const name = freshName('never-created');
    expect(await readStoredMedia(indexedDB, name, 'schema.png')).toBeUndefined();
    expect((await indexedDB.databases()).map((db) => db.name)).not.toContain(name);
  });

  it('answers nothing from a version 1 database (no media table), and lets the page upgrade it afterwards', async () => {
    const name = freshName('user-decks-v1');
    const v1 = new Dexie(name);
    v1.version(1).stores({ decks: 'id' });
    await v1.table('decks').put({ id: 'demo', yaml: VALID_DECK });
    v1.close();
    expect(await readStoredMedia(indexedDB, name, 'schema.png')).toBeUndefined();
    const current = track(new UserDeckStore(name));
    expect(await current.decks.count()).toBe(1);
    expect(current.verno).toBe(2);
  });
});
