// The IndexedDB database (through Dexie) that keeps a student's progress. It lives in the app's
// origin (kubedeck://app in Electron, the web twin's own origin in a browser).
//
// Schema changes: never edit a published version; add `this.version(n + 1)` with the new stores
// and an `upgrade` function, and extend the migration tests in test/unit/renderer/storage.test.ts.
import Dexie, { type EntityTable } from 'dexie';
import type { AttemptRecord } from '../../../shared/exam/attempt';
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

/** Version 2 adds quiz and exam attempts (the version 1 stores are kept as they are). */
export const SCHEMA_V2 = {
  // status finds the attempt in progress; startedAt orders the history.
  attempts: '++id, status, startedAt',
} as const;

export class KubeDeckDatabase extends Dexie {
  cardStates!: EntityTable<CardStateRecord, 'key'>;
  reviewLogs!: EntityTable<ReviewLogRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  attempts!: EntityTable<AttemptRecord, 'id'>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
  }
}
