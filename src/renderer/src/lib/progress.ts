// The app's progress database and store, opened once per page.
import { KubeDeckDatabase } from '../storage/db';
import { ProgressStore } from '../storage/progress';

export const database = new KubeDeckDatabase();
export const progress = new ProgressStore(database);

export type PersistenceStatus = 'persisted' | 'refused' | 'unsupported';

/** Asks the browser not to evict our storage under pressure; the settings screen shows the answer. */
export async function requestPersistentStorage(): Promise<PersistenceStatus> {
  if (!navigator.storage?.persist) return 'unsupported';
  if (await navigator.storage.persisted()) return 'persisted';
  return (await navigator.storage.persist()) ? 'persisted' : 'refused';
}
