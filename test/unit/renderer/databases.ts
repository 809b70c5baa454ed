// Test databases (fake-indexeddb): each one gets a fresh name and is deleted after its test.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach } from 'vitest';

let opened: Dexie[] = [];
let counter = 0;

afterEach(async () => {
  for (const db of opened) {
    db.close();
    await Dexie.delete(db.name);
  }
  opened = [];
});

/** A unique database name for this test file. */
export const freshName = (prefix: string) => `${prefix}-${counter++}`;

/** Registers `db` for deletion after the current test, and returns it. */
export function track<T extends Dexie>(db: T): T {
  opened.push(db);
  return db;
}
