// Export and import of all progress (settings screen). Import is all-or-nothing: the file is
// checked completely, then merged in one transaction.
import { BACKUP_FORMAT, newerState, parseBackup, type Backup } from '../../../shared/review/backup';
import type { KubeDeckDatabase } from './db';
import type { ProgressStore } from './progress';

export async function exportBackup(db: KubeDeckDatabase, store: ProgressStore): Promise<Backup> {
  return db.transaction('r', db.cardStates, db.reviewLogs, db.settings, async () => ({
    format: BACKUP_FORMAT,
    exportedAt: store.now(),
    settings: await store.settings(),
    cardStates: await db.cardStates.toArray(),
    reviewLogs: (await db.reviewLogs.orderBy('id').toArray()).map(({ id: _id, ...log }) => log),
  }));
}

export interface ImportSummary {
  states: number;
  logs: number;
}

/** Merges a backup file's text; throws BackupError before writing anything when the file is damaged. */
export async function importBackup(db: KubeDeckDatabase, store: ProgressStore, text: string): Promise<ImportSummary> {
  const backup = parseBackup(text);
  return db.transaction('rw', db.cardStates, db.reviewLogs, db.settings, async () => {
    const existing = await db.cardStates.bulkGet(backup.cardStates.map((s) => s.key));
    const states = backup.cardStates
      .map((incoming, i) => (existing[i] ? newerState(existing[i], incoming) : incoming))
      .filter((state, i) => state !== existing[i]);
    await db.cardStates.bulkPut(states);
    const known = new Set(await db.reviewLogs.where('uid').anyOf(backup.reviewLogs.map((l) => l.uid)).keys());
    const logs = backup.reviewLogs.filter((log) => !known.has(log.uid)).sort((a, b) => a.reviewedAt - b.reviewedAt);
    await db.reviewLogs.bulkAdd(logs);
    if (!(await db.settings.get('review'))) await store.saveSettings(backup.settings);
    return { states: states.length, logs: logs.length };
  });
}
