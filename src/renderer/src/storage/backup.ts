// Export and import of all progress (settings screen). Import is all-or-nothing: the file is
// checked completely, then merged in one transaction.
import { attemptIdentity } from '../../../shared/backup/attempts';
import { BACKUP_FORMAT, newerState, parseBackup, type Backup } from '../../../shared/backup/backup';
import type { KubeDeckDatabase } from './db';
import type { ProgressStore } from './progress';

export async function exportBackup(db: KubeDeckDatabase, store: ProgressStore): Promise<Backup> {
  return db.transaction('r', db.cardStates, db.reviewLogs, db.settings, db.attempts, async () => ({
    format: BACKUP_FORMAT,
    exportedAt: store.now(),
    settings: await store.settings(),
    cardStates: await db.cardStates.toArray(),
    reviewLogs: (await db.reviewLogs.orderBy('id').toArray()).map(({ id: _id, ...log }) => log),
    // An attempt in progress stays on this device: it is the one being answered.
    attempts: (await db.attempts.where('status').equals('submitted').sortBy('startedAt')).map(({ id: _id, ...attempt }) => attempt),
  }));
}

export interface ImportSummary {
  states: number;
  logs: number;
  attempts: number;
}

/** Merges a backup file's text; throws BackupError before writing anything when the file is damaged. */
export async function importBackup(db: KubeDeckDatabase, store: ProgressStore, text: string): Promise<ImportSummary> {
  const backup = parseBackup(text);
  return db.transaction('rw', db.cardStates, db.reviewLogs, db.settings, db.attempts, async () => {
    const existing = await db.cardStates.bulkGet(backup.cardStates.map((s) => s.key));
    const states = backup.cardStates
      .map((incoming, i) => (existing[i] ? newerState(existing[i], incoming) : incoming))
      .filter((state, i) => state !== existing[i]);
    await db.cardStates.bulkPut(states);
    const known = new Set(await db.reviewLogs.where('uid').anyOf(backup.reviewLogs.map((l) => l.uid)).keys());
    const logs = backup.reviewLogs.filter((log) => !known.has(log.uid)).sort((a, b) => a.reviewedAt - b.reviewedAt);
    await db.reviewLogs.bulkAdd(logs);
    if (!(await db.settings.get('review'))) await store.saveSettings(backup.settings);
    const sameStart = await db.attempts.where('startedAt').anyOf(backup.attempts.map((a) => a.startedAt)).toArray();
    const knownAttempts = new Set(sameStart.map(attemptIdentity));
    const attempts = backup.attempts.filter((attempt) => !knownAttempts.has(attemptIdentity(attempt)));
    await db.attempts.bulkAdd(attempts);
    return { states: states.length, logs: logs.length, attempts: attempts.length };
  });
}
