// Reading and writing progress: every answer is one transaction (state + log line) that has
// completed before the next card is shown. Scheduling decisions come from src/shared/review.
//
// Like Anki, every study item has a record, new ones included (state New, `due` = position in
// its deck): today's queue is then three bounded range reads on [queue+state+due], whatever the
// size of the history. Records are added when a deck's items change (see syncItems).
import { nextStudyDayStart, studyDayStart } from '../../../shared/review/day';
import type { StudyItem } from '../../../shared/review/items';
import { buildQueue, type Queue } from '../../../shared/review/queue';
import { Scheduler } from '../../../shared/review/scheduler';
import { DEFAULT_SETTINGS, sanitizeSettings, type ReviewSettings } from '../../../shared/review/settings';
import {
  QUEUE_ACTIVE,
  QUEUE_BURIED,
  QUEUE_REMOVED,
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
const NEW = 0;
const LEARNING = 1;
const REVIEW = 2;
const RELEARNING = 3;

const newUid = () => crypto.randomUUID();

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

  /**
   * Makes sure every item has a record (new items: state New, due = position in the deck), and
   * that records of items that left their deck are set aside (QUEUE_REMOVED, history kept) or
   * brought back. A fingerprint of each deck's item keys skips the work when nothing changed.
   */
  async syncItems(items: readonly StudyItem[]): Promise<void> {
    for (const [deckId, deckItems] of groupByDeck(items)) {
      const fingerprintKey = `items:${deckId}`;
      const fingerprint = fingerprintOf(deckItems);
      if ((await this.db.settings.get(fingerprintKey))?.value === fingerprint) continue;
      await this.db.transaction('rw', this.db.cardStates, this.db.settings, async () => {
        const records = await this.deckRange(deckId).toArray();
        const known = new Map(records.map((record) => [record.key, record]));
        const current = new Set(deckItems.map((item) => item.key));
        const missing = deckItems.flatMap((item, position) => (known.has(item.key) ? [] : [newRecord(item, position)]));
        const moved = records.flatMap((record): CardStateRecord[] => {
          if (!current.has(record.key) && record.queue !== QUEUE_REMOVED) return [{ ...record, queue: QUEUE_REMOVED }];
          if (current.has(record.key) && record.queue === QUEUE_REMOVED) return [{ ...record, queue: QUEUE_ACTIVE }];
          return [];
        });
        await this.db.cardStates.bulkPut([...missing, ...moved]);
        await this.db.settings.put({ key: fingerprintKey, value: fingerprint });
      });
    }
  }

  /** Every record of a deck. */
  private deckRange(deckId: string) {
    return this.db.cardStates.where('[deckId+queue+state+due]').between([deckId, -Infinity, -Infinity, -Infinity], [deckId, Infinity, Infinity, Infinity]);
  }

  /** A deck's records in `queue` and `state`, due before `end`, in due order. */
  private inState(deckId: string, queue: number, state: number, end = Infinity) {
    return this.db.cardStates.where('[deckId+queue+state+due]').between([deckId, queue, state, -Infinity], [deckId, queue, state, end], true, false);
  }

  /** Buried items come back when a new study day starts. */
  private async unburyExpired(deckIds: Iterable<string>, now: number): Promise<void> {
    for (const deckId of deckIds) {
      const buried = await this.db.cardStates
        .where('[deckId+queue+state+due]')
        .between([deckId, QUEUE_BURIED, -Infinity, -Infinity], [deckId, QUEUE_BURIED, Infinity, Infinity])
        .toArray();
      const back = buried
        .filter((record) => (record.buriedUntil ?? 0) <= now)
        .map((record): CardStateRecord => ({ ...record, queue: QUEUE_ACTIVE, buriedUntil: undefined }));
      if (back.length > 0) await this.db.cardStates.bulkPut(back);
    }
  }

  /** New, learning and due-today counts per deck, for the library: index counts, no records read. */
  async counts(itemsByDeck: ReadonlyMap<string, readonly StudyItem[]>, settings: ReviewSettings): Promise<Map<string, DeckCounts>> {
    const now = this.now();
    await this.syncItems([...itemsByDeck.values()].flat());
    await this.unburyExpired(itemsByDeck.keys(), now);
    const end = nextStudyDayStart(now, settings.dayStartHour);
    const result = new Map<string, DeckCounts>();
    for (const deckId of itemsByDeck.keys()) {
      const [news, learning, relearning, due] = await Promise.all([
        this.inState(deckId, QUEUE_ACTIVE, NEW).count(),
        this.inState(deckId, QUEUE_ACTIVE, LEARNING).count(),
        this.inState(deckId, QUEUE_ACTIVE, RELEARNING).count(),
        this.inState(deckId, QUEUE_ACTIVE, REVIEW, end).count(),
      ]);
      result.set(deckId, { new: news, learning: learning + relearning, due });
    }
    return result;
  }

  /** Answers counted against today's limits: answers minus the ones undone. */
  async doneToday(settings: ReviewSettings): Promise<{ newIntroduced: number; reviews: number }> {
    const logs = await this.db.reviewLogs.where('reviewedAt').aboveOrEqual(studyDayStart(this.now(), settings.dayStartHour)).toArray();
    const undone = new Set(logs.filter((log) => log.kind === 'undo').map((log) => log.undoes));
    const answers = logs.filter((log) => log.kind === 'answer' && !undone.has(log.uid));
    return {
      newIntroduced: answers.filter((log) => !log.before || log.before.state === NEW).length,
      reviews: answers.filter((log) => log.before?.state === REVIEW).length,
    };
  }

  /**
   * Today's queue over whole decks (`items` all of their items), or over part of them (a topic:
   * pass `only`, the keys to keep). Reads only what the limits let through.
   */
  async queue(items: readonly StudyItem[], settings: ReviewSettings, only?: ReadonlySet<string>): Promise<Queue> {
    const now = this.now();
    await this.syncItems(items);
    const deckIds = [...groupByDeck(items).keys()];
    await this.unburyExpired(deckIds, now);
    const end = nextStudyDayStart(now, settings.dayStartHour);
    const doneToday = await this.doneToday(settings);
    const reviewLimit = Math.max(0, settings.reviewsPerDay - doneToday.reviews);
    const newLimit = Math.max(0, settings.newPerDay - doneToday.newIntroduced);
    const read = (collection: ReturnType<ProgressStore['inState']>, limit = Infinity) =>
      (only ? collection.toArray().then((records) => records.filter((r) => only.has(r.key))) : limit === Infinity ? collection.toArray() : collection.limit(limit).toArray());
    const perDeck = await Promise.all(
      deckIds.map(async (deckId) => {
        const [learning, relearning, reviews, news] = await Promise.all([
          read(this.inState(deckId, QUEUE_ACTIVE, LEARNING, end)),
          read(this.inState(deckId, QUEUE_ACTIVE, RELEARNING, end)),
          read(this.inState(deckId, QUEUE_ACTIVE, REVIEW, end), reviewLimit),
          read(this.inState(deckId, QUEUE_ACTIVE, NEW), newLimit),
        ]);
        return { due: [...learning, ...relearning, ...reviews], news };
      }),
    );
    // New items across decks: in deck order, decks interleaved (position first).
    const newKeys = perDeck
      .flatMap((deck) => deck.news)
      .sort((a, b) => a.due - b.due || a.key.localeCompare(b.key))
      .map((record) => record.key);
    return buildQueue({ settings, dueStates: perDeck.flatMap((deck) => deck.due), newKeys, doneToday });
  }

  /** Records an answer: new state and log line in one transaction. */
  async answer(item: StudyItem, grade: Grade, durationMs: number, settings: ReviewSettings): Promise<CardStateRecord> {
    const now = this.now();
    const scheduler = new Scheduler(settings);
    return this.db.transaction('rw', this.db.cardStates, this.db.reviewLogs, async () => {
      const previous = await this.db.cardStates.get(item.key);
      const before = previous && previous.state !== NEW ? memoryOf(previous) : undefined;
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
      const { key, deckId, cardId } = target;
      const current = await this.db.cardStates.get(key);
      // Before a first answer the item was new: it goes back to the front of the new items.
      const before = target.before ?? newMemory(-1);
      await this.db.cardStates.put({ key, deckId, cardId, leech: current?.leech ?? false, ...before, queue: QUEUE_ACTIVE });
      await this.db.reviewLogs.add({
        uid: newUid(), key, deckId, cardId,
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
      const record = (await this.db.cardStates.get(item.key)) ?? newRecord(item, 0);
      await this.db.cardStates.put({ ...record, queue, buriedUntil });
    });
  }

  /** All log lines of an item, oldest first (history survives the card leaving its deck). */
  async history(key: string): Promise<ReviewLogRecord[]> {
    return this.db.reviewLogs.where('key').equals(key).sortBy('id');
  }
}

function groupByDeck(items: readonly StudyItem[]): Map<string, StudyItem[]> {
  const byDeck = new Map<string, StudyItem[]>();
  for (const item of items) {
    const deckItems = byDeck.get(item.deckId);
    if (deckItems) deckItems.push(item);
    else byDeck.set(item.deckId, [item]);
  }
  return byDeck;
}

/** FNV-1a over the keys: cheap, stable, enough to notice that a deck's items changed. */
function fingerprintOf(items: readonly StudyItem[]): string {
  let hash = 0x811c9dc5;
  for (const { key } of items) {
    for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0x0a, 0x01000193);
  }
  return `${items.length}:${(hash >>> 0).toString(16)}`;
}

function memoryOf(record: CardStateRecord): MemoryState {
  const { state, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, lastReview } = record;
  return { state, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, lastReview };
}

/** A never-answered item; `due` orders new items (their position in the deck). */
function newMemory(position: number): MemoryState {
  return { state: 0, due: position, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0 };
}

function newRecord(item: StudyItem, position: number): CardStateRecord {
  return { key: item.key, deckId: item.deckId, cardId: item.card.id, queue: QUEUE_ACTIVE, leech: false, ...newMemory(position) };
}
