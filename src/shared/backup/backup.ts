// Progress backups: a JSON file with every card state, log line, setting and submitted quiz or
// exam. Importing checks the whole file first, then merges: log lines by uid (never twice), card
// states by the most recent review, attempts by start time and seed, so importing the same backup
// twice changes nothing.
import { parseAttempts } from './attempts';
import type { AttemptRecord } from '../exam/attempt';
import { BackupError, isFiniteNumber, isObject, isText } from './checks';
import { sanitizeSettings, type ReviewSettings } from '../review/settings';
import type { CardStateRecord, MemoryState, ReviewLogRecord } from '../review/types';

export { BackupError } from './checks';

export const BACKUP_FORMAT = 'kubedeck-progress/1';

export interface Backup {
  format: typeof BACKUP_FORMAT;
  exportedAt: number;
  settings: ReviewSettings;
  cardStates: CardStateRecord[];
  reviewLogs: Omit<ReviewLogRecord, 'id'>[];
  /** Submitted quizzes and exams, without their local ids (absent from files of earlier versions). */
  attempts: Omit<AttemptRecord, 'id'>[];
}

const MEMORY_FIELDS = ['due', 'stability', 'difficulty', 'elapsedDays', 'scheduledDays', 'learningSteps', 'reps', 'lapses'] as const;

function memory(value: unknown, where: string): MemoryState {
  if (!isObject(value) || ![0, 1, 2, 3].includes(value.state as number)) throw new BackupError('backup.memoryState', where);
  for (const field of MEMORY_FIELDS) if (!isFiniteNumber(value[field])) throw new BackupError('backup.number', where, { fields: field });
  if (value.lastReview !== undefined && !isFiniteNumber(value.lastReview)) throw new BackupError('backup.number', where, { fields: 'lastReview' });
  const { state, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, lastReview } = value as unknown as MemoryState;
  return { state, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, lastReview };
}

function cardState(value: unknown, index: number): CardStateRecord {
  const where = `cardStates[${index}]`;
  if (!isObject(value)) throw new BackupError('backup.notObject', where);
  for (const field of ['key', 'deckId', 'cardId'] as const) if (!isText(value[field])) throw new BackupError('backup.text', where, { fields: field });
  if (![0, -1, -2, -3].includes(value.queue as number)) throw new BackupError('backup.oneOf', where, { field: 'queue', values: '0, -1, -2, -3' });
  if (value.buriedUntil !== undefined && !isFiniteNumber(value.buriedUntil)) throw new BackupError('backup.number', where, { fields: 'buriedUntil' });
  return {
    ...memory(value, where),
    key: value.key as string,
    deckId: value.deckId as string,
    cardId: value.cardId as string,
    queue: value.queue as CardStateRecord['queue'],
    buriedUntil: value.buriedUntil as number | undefined,
    leech: value.leech === true,
  };
}

function reviewLog(value: unknown, index: number): Omit<ReviewLogRecord, 'id'> {
  const where = `reviewLogs[${index}]`;
  if (!isObject(value)) throw new BackupError('backup.notObject', where);
  for (const field of ['uid', 'key', 'deckId', 'cardId'] as const) if (!isText(value[field])) throw new BackupError('backup.text', where, { fields: field });
  if (value.kind !== 'answer' && value.kind !== 'undo') throw new BackupError('backup.oneOf', where, { field: 'kind', values: 'answer, undo' });
  if (!isFiniteNumber(value.reviewedAt) || !isFiniteNumber(value.durationMs)) throw new BackupError('backup.number', where, { fields: 'reviewedAt, durationMs' });
  if (value.kind === 'answer' && ![1, 2, 3, 4].includes(value.grade as number)) throw new BackupError('backup.oneOf', where, { field: 'grade', values: '1, 2, 3, 4' });
  if (value.kind === 'undo' && !isText(value.undoes)) throw new BackupError('backup.text', where, { fields: 'undoes' });
  return {
    uid: value.uid as string,
    key: value.key as string,
    deckId: value.deckId as string,
    cardId: value.cardId as string,
    kind: value.kind,
    reviewedAt: value.reviewedAt,
    grade: value.grade as ReviewLogRecord['grade'],
    undoes: value.undoes as string | undefined,
    before: value.before === undefined ? undefined : memory(value.before, `${where}.before`),
    after: value.after === undefined ? undefined : memory(value.after, `${where}.after`),
    durationMs: value.durationMs,
  };
}

/** Parses and checks a backup file entirely; throws BackupError (with where) on the first problem. */
export function parseBackup(text: string): Backup {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // The engine's own message (English, and different in each browser) says nothing more to a student.
    throw new BackupError('backup.notJson', 'JSON');
  }
  if (!isObject(value) || value.format !== BACKUP_FORMAT) throw new BackupError('backup.notBackup', 'format', { format: BACKUP_FORMAT });
  if (!Array.isArray(value.cardStates) || !Array.isArray(value.reviewLogs)) throw new BackupError('backup.notLists', 'file', { fields: 'cardStates, reviewLogs' });
  return {
    format: BACKUP_FORMAT,
    exportedAt: isFiniteNumber(value.exportedAt) ? value.exportedAt : 0,
    settings: sanitizeSettings(value.settings),
    cardStates: value.cardStates.map(cardState),
    reviewLogs: value.reviewLogs.map(reviewLog),
    attempts: value.attempts === undefined ? [] : parseAttempts(value.attempts),
  };
}

/** Which of two states of the same item to keep when merging: the one reviewed last. */
export function newerState(a: CardStateRecord, b: CardStateRecord): CardStateRecord {
  const reviewedA = a.lastReview ?? -1;
  const reviewedB = b.lastReview ?? -1;
  if (reviewedA !== reviewedB) return reviewedA > reviewedB ? a : b;
  return b.reps > a.reps ? b : a;
}
