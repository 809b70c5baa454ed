// Reading and writing progress: every answer is one transaction (state + log line) that has
// completed before the next card is shown. Scheduling decisions come from src/shared/review.
//
// Like Anki, every study item has a record, new ones included (state New, `due` = position in
// its deck): today's queue is then three bounded range reads on [queue+state+due], whatever the
// size of the history. Records are added when a deck's items change (see syncItems).
import { setDueDate, studyNow, type DueSpec } from '../../../shared/browser/reschedule';
import { nextStudyDayStart, studyDayStart } from '../../../shared/review/day';
import type { StudyItem } from '../../../shared/review/items';
import { buildQueue, newLeft, queueCounts, reviewsLeft, type DoneToday, type Queue, type QueueKind } from '../../../shared/review/queue';
import { SiblingGate } from '../../../shared/review/siblings';
import { Scheduler } from '../../../shared/review/scheduler';
import { DEFAULT_SETTINGS, sanitizeSettings, type ReviewSettings } from '../../../shared/review/settings';
import { answeredRecord, countDoneToday, groupByDeck, itemsFingerprint, memoryOf, newMemory, newRecord, reconcileItems, unburied, undoneRecord } from '../../../shared/review/records';
import {
  QUEUE_ACTIVE,
  QUEUE_BURIED,
  QUEUE_SUSPENDED,
  STATE_LEARNING,
  STATE_NEW,
  STATE_RELEARNING,
  STATE_REVIEW,
  type CardStateRecord,
  type Grade,
  type ReviewLogRecord,
} from '../../../shared/review/types';
import type { DeckProgressCount } from '../../../shared/review/leftover';
import type { KubeDeckDatabase } from './db';

export type QueueCounts = ReturnType<typeof queueCounts>;

export interface TodayCounts {
  byDeck: Map<string, QueueCounts>;
  total: QueueCounts;
}

interface Today {
  /** Start of the next study day: what is due before it is due today. */
  end: number;
  done: DoneToday;
}

const SETTINGS_KEY = 'review';

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
      const fingerprint = itemsFingerprint(deckItems);
      if ((await this.db.settings.get(fingerprintKey))?.value === fingerprint) continue;
      await this.db.transaction('rw', this.db.cardStates, this.db.settings, async () => {
        await this.db.cardStates.bulkPut(reconcileItems(await this.deckRange(deckId).toArray(), deckItems));
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
      const back = unburied(buried, now);
      if (back.length > 0) await this.db.cardStates.bulkPut(back);
    }
  }

  /**
   * What today's queue holds, per deck and over everything: the numbers the library, each deck
   * tile and the study screen show, all from `queue` (daily limits, siblings, learning due today).
   */
  async todayCounts(itemsByDeck: ReadonlyMap<string, readonly StudyItem[]>, settings: ReviewSettings): Promise<TodayCounts> {
    const all = [...itemsByDeck.values()].flat();
    const today = await this.today(all, settings);
    // Each deck's records are read once: its own queue and the total are built from them.
    const candidates = new Map(await Promise.all([...itemsByDeck.keys()].map(async (deckId) => [deckId, await this.candidates(deckId, settings, today)] as const)));
    const byDeck = new Map([...candidates].map(([deckId, deck]) => [deckId, queueCounts(assemble([deck], settings, today))]));
    return { byDeck, total: queueCounts(assemble([...candidates.values()], settings, today)) };
  }

  /** Answers counted against today's limits (answers minus the ones undone), and their keys. */
  async doneToday(settings: ReviewSettings): Promise<DoneToday> {
    return countDoneToday(await this.db.reviewLogs.where('reviewedAt').aboveOrEqual(studyDayStart(this.now(), settings.dayStartHour)).toArray());
  }

  /**
   * Today's queue over whole decks (`items` all of their items), or over part of them (a topic:
   * pass `only`, the keys to keep). Reads only what the limits let through.
   */
  async queue(items: readonly StudyItem[], settings: ReviewSettings, only?: ReadonlySet<string>): Promise<Queue> {
    return this.queueOf([...groupByDeck(items).keys()], settings, await this.today(items, settings), only);
  }

  /** Brings records up to date for a new look at today (items synced, burials expired). */
  private async today(items: readonly StudyItem[], settings: ReviewSettings): Promise<Today> {
    const now = this.now();
    await this.syncItems(items);
    await this.unburyExpired(groupByDeck(items).keys(), now);
    return { end: nextStudyDayStart(now, settings.dayStartHour), done: await this.doneToday(settings) };
  }

  private async queueOf(deckIds: readonly string[], settings: ReviewSettings, today: Today, only?: ReadonlySet<string>): Promise<Queue> {
    return assemble(await Promise.all(deckIds.map((deckId) => this.candidates(deckId, settings, today, only))), settings, today);
  }

  /** What one deck may give today's queue, read within the daily limits. */
  private async candidates(deckId: string, settings: ReviewSettings, { end, done }: Today, only?: ReadonlySet<string>): Promise<DeckCandidates> {
    // The same sibling rule as buildQueue, applied while reading so that the limits count only
    // items the queue will take; buildQueue then decides over all decks.
    const gate = new SiblingGate(settings, done.studied);
    const take = (kind: QueueKind) => (record: CardStateRecord) => (!only || only.has(record.key)) && gate.admit(record.key, kind);
    const learning = (await this.inState(deckId, QUEUE_ACTIVE, STATE_LEARNING, end).toArray())
      .concat(await this.inState(deckId, QUEUE_ACTIVE, STATE_RELEARNING, end).toArray())
      .sort((a, b) => a.due - b.due || a.key.localeCompare(b.key))
      .filter(take('learning'));
    const reviews = await this.inState(deckId, QUEUE_ACTIVE, STATE_REVIEW, end).filter(take('review')).limit(reviewsLeft(settings, done)).toArray();
    const news = await this.inState(deckId, QUEUE_ACTIVE, STATE_NEW).filter(take('new')).limit(newLeft(settings, done)).toArray();
    return { due: [...learning, ...reviews], news };
  }


  /** Records an answer: new state and log line in one transaction. Returns the log line's uid for undo. */
  async answer(item: StudyItem, grade: Grade, durationMs: number, settings: ReviewSettings): Promise<{ record: CardStateRecord; uid: string }> {
    const now = this.now();
    const scheduler = new Scheduler(settings);
    return this.db.transaction('rw', this.db.cardStates, this.db.reviewLogs, async () => {
      const previous = await this.db.cardStates.get(item.key);
      const before = previous && previous.state !== STATE_NEW ? memoryOf(previous) : undefined;
      const after = scheduler.next(before, grade, now);
      const record = answeredRecord(item, previous, after, settings);
      const uid = newUid();
      await this.db.cardStates.put(record);
      await this.db.reviewLogs.add({ uid, key: item.key, deckId: item.deckId, cardId: item.card.id, kind: 'answer', reviewedAt: now, grade, before, after, durationMs });
      return { record, uid };
    });
  }

  /**
   * Undoes one answer (the session names its own, so that two windows never undo each other's):
   * restores the state before it and logs the undo. Undefined if it was already undone.
   */
  async undoAnswer(uid: string): Promise<ReviewLogRecord | undefined> {
    return this.db.transaction('rw', this.db.cardStates, this.db.reviewLogs, async () => {
      const target = await this.db.reviewLogs.where('uid').equals(uid).first();
      if (!target || target.kind !== 'answer') return undefined;
      if ((await this.db.reviewLogs.where('key').equals(target.key).filter((log) => log.kind === 'undo' && log.undoes === uid).count()) > 0) return undefined;
      const { key, deckId, cardId } = target;
      await this.db.cardStates.put(undoneRecord(target, await this.db.cardStates.get(key)));
      await this.db.reviewLogs.add({
        uid: newUid(), key, deckId, cardId,
        kind: 'undo', reviewedAt: this.now(), undoes: target.uid, before: target.after, after: target.before, durationMs: 0,
      });
      return target;
    });
  }

  /** Sets the item aside until the student unsuspends it. Returns the record as it was (for undo). */
  async suspend(item: StudyItem): Promise<CardStateRecord> {
    return this.update(item, (record) => ({ ...record, queue: QUEUE_SUSPENDED, buriedUntil: undefined }));
  }

  /** Hides the item until the next study day. Returns the record as it was. */
  async bury(item: StudyItem, settings: ReviewSettings): Promise<CardStateRecord> {
    return this.update(item, (record) => ({ ...record, queue: QUEUE_BURIED, buriedUntil: nextStudyDayStart(this.now(), settings.dayStartHour) }));
  }

  /** Brings back a suspended or buried item now. Returns the record as it was. */
  async restoreToQueue(item: StudyItem): Promise<CardStateRecord> {
    return this.update(item, (record) => ({ ...record, queue: QUEUE_ACTIVE, buriedUntil: undefined }));
  }

  /**
   * Forgets what the scheduler knew: the item is new again, after the other new items (as Anki's
   * "reset"). Its review history stays in the log. Returns the record as it was.
   */
  async forget(item: StudyItem): Promise<CardStateRecord> {
    // New items are ordered by `due`, their position; a timestamp sorts after every position.
    return this.update(item, (record) => ({ ...record, ...newMemory(this.now()), queue: QUEUE_ACTIVE, buriedUntil: undefined, leech: false }));
  }

  /**
   * Moves the item's due date (see setDueDate in shared/browser/reschedule). Returns the record as
   * it was, or undefined when nothing changed (a new item has no date to move).
   */
  async setDueDate(item: StudyItem, spec: DueSpec, settings: ReviewSettings, random?: () => number): Promise<CardStateRecord | undefined> {
    const clock = { now: this.now(), dayStartHour: settings.dayStartHour };
    return this.db.transaction('rw', this.db.cardStates, async () => {
      const record = await this.db.cardStates.get(item.key);
      const next = record && setDueDate(record, spec, clock, random);
      if (!next) return undefined;
      await this.db.cardStates.put(next);
      return record;
    });
  }

  /** Puts the item in today's queue, a new one ahead of its deck's other new items. Returns the record as it was. */
  async studyNow(item: StudyItem, settings: ReviewSettings): Promise<CardStateRecord> {
    const clock = { now: this.now(), dayStartHour: settings.dayStartHour };
    return this.db.transaction('rw', this.db.cardStates, async () => {
      const first = await this.inState(item.deckId, QUEUE_ACTIVE, STATE_NEW).first();
      const record = (await this.db.cardStates.get(item.key)) ?? newRecord(item, 0);
      await this.db.cardStates.put(studyNow(record, clock, first?.due));
      return record;
    });
  }

  /** Puts back a record exactly as it was before bury, suspend or forget (undo). */
  async putBack(record: CardStateRecord): Promise<void> {
    await this.db.cardStates.put(record);
  }

  private async update(item: StudyItem, change: (record: CardStateRecord) => CardStateRecord): Promise<CardStateRecord> {
    return this.db.transaction('rw', this.db.cardStates, async () => {
      const record = (await this.db.cardStates.get(item.key)) ?? newRecord(item, 0);
      await this.db.cardStates.put(change(record));
      return record;
    });
  }

  /** Card records and answers kept per deck id, every deck that has any (read whole: for Settings, on demand). */
  async progressByDeck(): Promise<DeckProgressCount[]> {
    const counts = new Map<string, DeckProgressCount>();
    const of = (deckId: string) => counts.get(deckId) ?? counts.set(deckId, { deckId, cards: 0, answers: 0 }).get(deckId)!;
    return this.db.transaction('r', this.db.cardStates, this.db.reviewLogs, async () => {
      await this.db.cardStates.each((record) => of(record.deckId).cards++);
      await this.db.reviewLogs.each((line) => {
        if (line.kind === 'answer') of(line.deckId).answers++;
      });
      return [...counts.values()];
    });
  }

  /**
   * Clears everything kept about one deck, card records and log lines, in one transaction: what
   * the student asks for once a deck is gone for good (see leftoverProgress). Backups made before
   * still hold it.
   */
  async clearDeckProgress(deckId: string): Promise<void> {
    await this.db.transaction('rw', this.db.cardStates, this.db.reviewLogs, async () => {
      // Every key [deckId, …] sorts after [deckId] and before [deckId, []] (an array after any number).
      await this.db.cardStates.where('[deckId+queue+state+due]').between([deckId], [deckId, []]).delete();
      await this.db.reviewLogs.filter((line) => line.deckId === deckId).delete();
    });
  }

  /** All log lines of an item, oldest first (history survives the card leaving its deck). */
  async history(key: string): Promise<ReviewLogRecord[]> {
    return this.db.reviewLogs.where('key').equals(key).sortBy('id');
  }

  /** The whole log, oldest first: what the FSRS optimizer fits the parameters to. */
  async reviewLog(): Promise<ReviewLogRecord[]> {
    return this.db.reviewLogs.orderBy('id').toArray();
  }
}

interface DeckCandidates {
  due: CardStateRecord[];
  news: CardStateRecord[];
}

/** Today's queue over the candidates of some decks; new items in deck order, decks interleaved (position first). */
function assemble(decks: readonly DeckCandidates[], settings: ReviewSettings, { done }: Today): Queue {
  const newKeys = decks
    .flatMap((deck) => deck.news)
    .sort((a, b) => a.due - b.due || a.key.localeCompare(b.key))
    .map((record) => record.key);
  return buildQueue({ settings, dueStates: decks.flatMap((deck) => deck.due), newKeys, doneToday: done });
}
