// Reading and writing progress: every answer is one transaction (state + log line) that has
// completed before the next card is shown. Scheduling decisions come from src/shared/review.
import { nextStudyDayStart, studyDayStart } from '../../../shared/review/day';
import type { StudyItem } from '../../../shared/review/items';
import { buildQueue, type Queue } from '../../../shared/review/queue';
import { Scheduler } from '../../../shared/review/scheduler';
import { DEFAULT_SETTINGS, sanitizeSettings, type ReviewSettings } from '../../../shared/review/settings';
import {
  QUEUE_ACTIVE,
  QUEUE_BURIED,
  QUEUE_SUSPENDED,
  type CardStateRecord,
  type Grade,
  type MemoryState,
  type ReviewLogRecord,
} from '../../../shared/review/types';
import type { KubeDeckDatabase } from './db';

export interface DeckCounts {
  new: number;
  learning: number;
  due: number;
}

const SETTINGS_KEY = 'review';
const NEW_KEYS_CHUNK = 200;

const newUid = () => crypto.randomUUID();
const isLearning = (state: number) => state === 1 || state === 3;

export class ProgressStore {
  constructor(
    private readonly db: KubeDeckDatabase,
    private readonly clock: () => number = Date.now,
  ) {}

  now(): number {
    return this.clock();
  }

  async settings(): Promise<ReviewSettings> {
    const record = await this.db.settings.get(SETTINGS_KEY);
    return record ? sanitizeSettings(record.value) : { ...DEFAULT_SETTINGS };
  }

  async saveSettings(settings: ReviewSettings): Promise<void> {
    await this.db.settings.put({ key: SETTINGS_KEY, value: sanitizeSettings(settings) });
  }

  async states(keys: readonly string[]): Promise<Map<string, CardStateRecord>> {
    const records = await this.db.cardStates.bulkGet([...keys]);
    return new Map(records.filter((r): r is CardStateRecord => r !== undefined).map((r) => [r.key, r]));
  }

  /** Buried items come back when a new study day starts. */
  private async unburyExpired(now: number): Promise<void> {
    await this.db.cardStates
      .where('[queue+due]')
      .between([QUEUE_BURIED, -Infinity], [QUEUE_BURIED, Infinity])
      .filter((record) => (record.buriedUntil ?? 0) <= now)
      .modify({ queue: QUEUE_ACTIVE, buriedUntil: undefined });
  }

  /** Active learning and review items due before the next study day. */
  private async dueBefore(end: number): Promise<CardStateRecord[]> {
    return this.db.cardStates
      .where('[queue+due]')
      .between([QUEUE_ACTIVE, -Infinity], [QUEUE_ACTIVE, end], true, false)
      .filter((record) => record.state !== 0)
      .toArray();
  }

  /** New, learning and due-today counts per deck, for the library. */
  async counts(itemsByDeck: ReadonlyMap<string, readonly StudyItem[]>, settings: ReviewSettings): Promise<Map<string, DeckCounts>> {
    const now = this.now();
    await this.unburyExpired(now);
    const end = nextStudyDayStart(now, settings.dayStartHour);
    const due = await this.dueBefore(end);
    const result = new Map<string, DeckCounts>();
    for (const [deckId, items] of itemsByDeck) {
      const keys = new Set(items.map((item) => item.key));
      const inDeck = due.filter((record) => record.deckId === deckId && keys.has(record.key));
      const studied = new Map(
        (await this.db.cardStates.where('deckId').equals(deckId).toArray()).map((record) => [record.key, record]),
      );
      result.set(deckId, {
        new: items.filter((item) => isNewRecord(studied.get(item.key))).length,
        learning: [...studied.values()].filter((r) => keys.has(r.key) && r.queue === QUEUE_ACTIVE && isLearning(r.state)).length,
        due: inDeck.filter((record) => record.state === 2).length,
      });
    }
    return result;
  }

  /** Answers counted against today's limits: answers minus the ones undone. */
  async doneToday(settings: ReviewSettings): Promise<{ newIntroduced: number; reviews: number }> {
    const logs = await this.db.reviewLogs.where('reviewedAt').aboveOrEqual(studyDayStart(this.now(), settings.dayStartHour)).toArray();
    const undone = new Set(logs.filter((log) => log.kind === 'undo').map((log) => log.undoes));
    const answers = logs.filter((log) => log.kind === 'answer' && !undone.has(log.uid));
    return {
      newIntroduced: answers.filter((log) => !log.before || log.before.state === 0).length,
      reviews: answers.filter((log) => log.before?.state === 2).length,
    };
  }

  /** Today's queue over `items` (one deck, a tag, or everything). */
  async queue(items: readonly StudyItem[], settings: ReviewSettings): Promise<Queue> {
    const now = this.now();
    await this.unburyExpired(now);
    const inScope = new Set(items.map((item) => item.key));
    const dueStates = (await this.dueBefore(nextStudyDayStart(now, settings.dayStartHour))).filter((r) => inScope.has(r.key));
    const doneToday = await this.doneToday(settings);
    const wanted = Math.max(0, settings.newPerDay - doneToday.newIntroduced);
    const newKeys: string[] = [];
    for (let start = 0; start < items.length && newKeys.length < wanted; start += NEW_KEYS_CHUNK) {
      const chunk = items.slice(start, start + NEW_KEYS_CHUNK).map((item) => item.key);
      const records = await this.db.cardStates.bulkGet(chunk);
      chunk.forEach((key, i) => {
        if (isNewRecord(records[i]) && records[i]?.queue !== QUEUE_SUSPENDED && records[i]?.queue !== QUEUE_BURIED) newKeys.push(key);
      });
    }
    return buildQueue({ settings, dueStates, newKeys: newKeys.slice(0, wanted), doneToday });
  }

  /** Records an answer: new state and log line in one transaction. */
  async answer(item: StudyItem, grade: Grade, durationMs: number, settings: ReviewSettings): Promise<CardStateRecord> {
    const now = this.now();
    const scheduler = new Scheduler(settings);
    return this.db.transaction('rw', this.db.cardStates, this.db.reviewLogs, async () => {
      const previous = await this.db.cardStates.get(item.key);
      const before = previous && previous.state !== 0 ? memoryOf(previous) : undefined;
      const after = scheduler.next(before, grade, now);
      const record: CardStateRecord = {
        ...after,
        key: item.key,
        deckId: item.deckId,
        cardId: item.card.id,
        queue: QUEUE_ACTIVE,
        leech: (previous?.leech ?? false) || after.lapses >= settings.leechThreshold,
      };
      await this.db.cardStates.put(record);
      await this.db.reviewLogs.add({
        uid: newUid(), key: item.key, deckId: item.deckId, cardId: item.card.id,
        kind: 'answer', reviewedAt: now, grade, before, after, durationMs,
      });
      return record;
    });
  }

  /** Undoes the latest answer not yet undone: restores the state before it and logs the undo. */
  async undoLastAnswer(): Promise<ReviewLogRecord | undefined> {
    return this.db.transaction('rw', this.db.cardStates, this.db.reviewLogs, async () => {
      const undone = new Set<string>();
      let target: ReviewLogRecord | undefined;
      await this.db.reviewLogs
        .orderBy('id')
        .reverse()
        .until(() => target !== undefined)
        .each((log) => {
          if (log.kind === 'undo' && log.undoes) undone.add(log.undoes);
          else if (log.kind === 'answer' && !undone.has(log.uid)) target = log;
        });
      if (!target) return undefined;
      const current = await this.db.cardStates.get(target.key);
      if (target.before) {
        const { key, deckId, cardId } = target;
        await this.db.cardStates.put({ key, deckId, cardId, leech: current?.leech ?? false, ...target.before, queue: QUEUE_ACTIVE });
      } else {
        await this.db.cardStates.delete(target.key);
      }
      await this.db.reviewLogs.add({
        uid: newUid(), key: target.key, deckId: target.deckId, cardId: target.cardId,
        kind: 'undo', reviewedAt: this.now(), undoes: target.uid, before: target.after, after: target.before, durationMs: 0,
      });
      return target;
    });
  }

  async suspend(item: StudyItem): Promise<void> {
    await this.setQueue(item, QUEUE_SUSPENDED);
  }

  async unsuspend(item: StudyItem): Promise<void> {
    await this.setQueue(item, QUEUE_ACTIVE);
  }

  /** Hides the item until the next study day. */
  async bury(item: StudyItem, settings: ReviewSettings): Promise<void> {
    await this.setQueue(item, QUEUE_BURIED, nextStudyDayStart(this.now(), settings.dayStartHour));
  }

  private async setQueue(item: StudyItem, queue: CardStateRecord['queue'], buriedUntil?: number): Promise<void> {
    await this.db.transaction('rw', this.db.cardStates, async () => {
      const record = (await this.db.cardStates.get(item.key)) ?? newRecord(item, this.now());
      await this.db.cardStates.put({ ...record, queue, buriedUntil });
    });
  }

  /** All log lines of an item, oldest first (history survives the card leaving its deck). */
  async history(key: string): Promise<ReviewLogRecord[]> {
    return this.db.reviewLogs.where('key').equals(key).sortBy('id');
  }
}

/** An item never answered: no record, or a record made only to suspend or bury it. */
function isNewRecord(record: CardStateRecord | undefined): boolean {
  return !record || record.state === 0;
}

function memoryOf(record: CardStateRecord): MemoryState {
  const { state, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, lastReview } = record;
  return { state, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, lastReview };
}

function newRecord(item: StudyItem, now: number): CardStateRecord {
  return {
    key: item.key, deckId: item.deckId, cardId: item.card.id, queue: QUEUE_ACTIVE, leech: false,
    state: 0, due: now, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0,
  };
}
