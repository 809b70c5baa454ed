// The IndexedDB database (through Dexie) that keeps a student's progress. It lives in the app's
// origin (kubedeck://app in Electron, the web twin's own origin in a browser).
//
// Schema changes: never edit a published version; add `this.version(n + 1)` with the new stores
// and an `upgrade` function, and extend test/unit/renderer/storage-migrations.test.ts.
import Dexie, { type EntityTable } from 'dexie';
import type { CardStateRecord, ReviewLogRecord, SettingRecord } from '../../../shared/review/types';

export const DATABASE_NAME = 'kubedeck';

/** Version 1 stores, kept verbatim: the migration test opens a database made with exactly these. */
export const SCHEMA_V1 = {
  // [deckId+queue+state+due]: "a deck's active reviews due before tomorrow, oldest first" (and
  // its learning items, its new items in deck order) are exact range reads or counts, whatever
  // the size of the history.
  cardStates: 'key, [deckId+queue+state+due]',
  // Logs are append-only; uid de-duplicates merged backups; reviewedAt finds today's answers.
  reviewLogs: '++id, &uid, key, reviewedAt',
  settings: 'key',
} as const;

export class KubeDeckDatabase extends Dexie {
  cardStates!: EntityTable<CardStateRecord, 'key'>;
  reviewLogs!: EntityTable<ReviewLogRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
  }
}
