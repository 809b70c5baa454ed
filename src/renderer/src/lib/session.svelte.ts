// A study session: today's queue over a scope, one item at a time. Each answer is saved (state +
// log line, one transaction) before the next item shows; a failed save is shown and retried.
// Every action on an item (grade, bury, suspend, forget) goes on one undo stack.
import type { MessageKey } from '../../../shared/i18n';
import { gradeFromResult } from '../../../shared/review/answers';
import type { StudyItem } from '../../../shared/review/items';
import { afterAnswer, LEARN_AHEAD_MS, nextStep, queueCounts, withoutItem, type Queue, type QueueKind } from '../../../shared/review/queue';
import { nextStudyDayStart } from '../../../shared/review/day';
import { Scheduler } from '../../../shared/review/scheduler';
import type { ReviewSettings } from '../../../shared/review/settings';
import { STATE_NEW, STATE_REVIEW, type CardStateRecord, type Grade } from '../../../shared/review/types';
import { UndoStack, type UndoEntry } from '../../../shared/review/undo';
import type { ProgressStore } from '../storage/progress';
import type { DeckContext } from './deckContext';
import type { ScopeItems, StudyScope } from './scope';
import type { StudyLock } from './studyLock';

/** `elsewhere`: another window holds the study session (see studyLock). */
export type Phase = 'loading' | 'question' | 'answer' | 'waiting' | 'done' | 'failed' | 'elsewhere';

const RETRY_DELAYS_MS = [300, 1000, 3000];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const kindOf = (record: CardStateRecord | undefined): QueueKind =>
  !record || record.state === STATE_NEW ? 'new' : record.state === STATE_REVIEW ? 'review' : 'learning';

/** What a session reads and writes through: the component passes the app's own, a test its fakes. */
export interface SessionSources {
  store: ProgressStore;
  itemsInScope(scope: StudyScope): Promise<ScopeItems>;
  deckContexts(): Promise<Map<string, DeckContext>>;
  acquireStudyLock(takeOver: boolean, onLost: () => void): Promise<StudyLock | undefined>;
}

export class StudySession {
  phase = $state<Phase>('loading');
  item = $state<StudyItem>();
  kind = $state<QueueKind>();
  /** The grade the answer suggests (mcq, input, cloze), which the student may override. */
  suggested = $state<Grade>();
  /** When each grade would bring the item back (epoch ms). */
  previews = $state<Record<Grade, number>>();
  counts = $state<Record<QueueKind, number>>({ learning: 0, review: 0, new: 0 });
  answered = $state(0);
  waitUntil = $state<number>();
  leech = $state(false);
  error = $state<string>();
  saving = $state(false);
  saveFailed = $state<string>();
  deckTitle = $state<string>();
  /** How many actions U can undo. */
  undoable = $state(0);
  /** What the last action or undo did, said on screen ("Suspension annulée"). */
  notice = $state<MessageKey>();
  /** The current card's deck: where its images are served, its language. */
  deckContext = $state<DeckContext>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup table, read when a card shows
  private deckContexts = new Map<string, DeckContext>();

  private queue: Queue = { learning: [], reviews: [], news: [] };
  // A lookup table, not reactive state: the template reads `item`, never this map.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private items = new Map<string, StudyItem>();
  private scopeItems: StudyItem[] = [];
  private only?: Set<string>;
  private settings!: ReviewSettings;
  private shownAt = 0;
  private pendingGrade?: Grade;
  private waitTimer?: ReturnType<typeof setTimeout>;
  private readonly undoStack = new UndoStack();
  private lock?: StudyLock;
  private stopped = false;

  private readonly store: ProgressStore;

  constructor(
    private readonly scope: StudyScope,
    private readonly sources: SessionSources,
  ) {
    this.store = sources.store;
  }

  /** Opens the session; `takeOver` moves it here from another window that holds it. */
  async start(takeOver = false): Promise<void> {
    this.phase = 'loading';
    this.lock = await this.sources.acquireStudyLock(takeOver, () => this.lose());
    if (this.stopped) return this.lock?.release();
    if (!this.lock) {
      this.phase = 'elsewhere';
      return;
    }
    try {
      const [{ items, only, deckTitle }, contexts] = await Promise.all([this.sources.itemsInScope(this.scope), this.sources.deckContexts()]);
      this.deckContexts = contexts;
      this.deckTitle = deckTitle;
      this.scopeItems = items;
      this.only = only;
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- same lookup table
      this.items = new Map(items.map((item) => [item.key, item]));
      this.settings = await this.store.settings();
      this.queue = await this.store.queue(items, this.settings, only);
      await this.showNext();
    } catch (error) {
      this.error = (error as Error).message;
      this.phase = 'failed';
    }
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.waitTimer);
    this.lock?.release();
  }

  /** Another window took the session: this one stops showing cards (its undo stack goes too). */
  private lose(): void {
    clearTimeout(this.waitTimer);
    this.lock = undefined;
    this.item = undefined;
    this.phase = 'elsewhere';
  }

  get remaining(): number {
    return this.counts.learning + this.counts.review + this.counts.new;
  }


  /**
   * Shows the answer side. An answered card (mcq, input, cloze) passes whether it was right; a
   * challenge passes the grade its outcome suggests. The student may still pick another grade.
   */
  reveal(result?: boolean | Grade): void {
    if (this.phase !== 'question') return;
    this.suggested = typeof result === 'boolean' ? gradeFromResult(result) : result;
    this.phase = 'answer';
  }

  async grade(grade: Grade): Promise<void> {
    if (this.phase !== 'answer' || !this.item || this.saving) return;
    this.pendingGrade = grade;
    await this.save();
  }

  /** Saves the pending grade, retrying a failed write before telling the student. */
  async save(): Promise<void> {
    const item = this.item!;
    const grade = this.pendingGrade!;
    this.saving = true;
    this.saveFailed = undefined;
    for (let attempt = 0; ; attempt++) {
      try {
        const { record, uid } = await this.store.answer(item, grade, Date.now() - this.shownAt, this.settings);
        this.remember({ action: 'grade', key: item.key, answerUid: uid });
        this.queue = afterAnswer(this.queue, item.key, record, nextStudyDayStart(this.store.now(), this.settings.dayStartHour));
        this.answered++;
        this.saving = false;
        this.pendingGrade = undefined;
        this.notice = undefined;
        await this.showNext();
        return;
      } catch (error) {
        if (attempt >= RETRY_DELAYS_MS.length) {
          // The answer stays on screen with its grade: "Retry" calls save() again.
          this.saveFailed = (error as Error).message || String(error);
          this.saving = false;
          return;
        }
        await sleep(RETRY_DELAYS_MS[attempt]);
      }
    }
  }

  /** Undoes the last action of this session, whatever it was, and shows its item again. */
  async undo(): Promise<void> {
    if (this.saving || this.phase === 'loading' || this.phase === 'elsewhere') return;
    const entry = this.undoStack.pop();
    this.undoable = this.undoStack.size;
    if (!entry) {
      this.notice = 'study.undo.nothing';
      return;
    }
    try {
      await this.revert(entry);
    } catch (error) {
      this.remember(entry);
      this.saveFailed = (error as Error).message || String(error);
      return;
    }
    this.notice = `study.undone.${entry.action}`;
    this.queue = await this.store.queue(this.scopeItems, this.settings, this.only);
    // Show the item again first, as it was before the action.
    const again = this.items.get(entry.key);
    if (again) await this.show(again, kindOf((await this.store.states([entry.key])).get(entry.key)));
    else await this.showNext();
  }

  private remember(entry: UndoEntry): void {
    this.undoStack.push(entry);
    this.undoable = this.undoStack.size;
  }

  private async revert(entry: UndoEntry): Promise<void> {
    if (entry.action === 'grade') {
      await this.store.undoAnswer(entry.answerUid);
      this.answered = Math.max(0, this.answered - 1);
    } else {
      await this.store.putBack(entry.before);
    }
  }

  /** Hides the item until tomorrow. */
  bury(): Promise<void> {
    return this.setAside('bury', (item) => this.store.bury(item, this.settings));
  }

  /** Sets the item aside until the student unsuspends it (deck view) or undoes. */
  suspend(): Promise<void> {
    return this.setAside('suspend', (item) => this.store.suspend(item));
  }

  /** Starts the item over as new. */
  forget(): Promise<void> {
    return this.setAside('forget', (item) => this.store.forget(item));
  }

  private async setAside(action: 'bury' | 'suspend' | 'forget', change: (item: StudyItem) => Promise<CardStateRecord>): Promise<void> {
    const item = this.item;
    if (!item || this.saving || (this.phase !== 'question' && this.phase !== 'answer')) return;
    let before: CardStateRecord;
    try {
      before = await change(item);
    } catch (error) {
      this.saveFailed = (error as Error).message || String(error);
      return;
    }
    this.remember({ action, key: item.key, before });
    this.notice = `study.did.${action}`;
    this.queue = withoutItem(this.queue, item.key);
    await this.showNext();
  }

  private async showNext(): Promise<void> {
    clearTimeout(this.waitTimer);
    this.counts = queueCounts(this.queue);
    const step = nextStep(this.queue, Date.now());
    if ('entry' in step) {
      const item = this.items.get(step.entry.key);
      if (item) return this.show(item, step.entry.kind);
      this.queue = withoutItem(this.queue, step.entry.key);
      return this.showNext();
    }
    this.item = undefined;
    if ('waitUntil' in step) {
      this.phase = 'waiting';
      this.waitUntil = step.waitUntil;
      this.waitTimer = setTimeout(() => void this.showNext(), Math.max(1000, step.waitUntil - LEARN_AHEAD_MS - Date.now()));
    } else {
      this.phase = 'done';
    }
  }

  private async show(item: StudyItem, kind: QueueKind): Promise<void> {
    const state = (await this.store.states([item.key])).get(item.key);
    const memory = state && state.state !== STATE_NEW ? state : undefined;
    this.previews = new Scheduler(this.settings).preview(memory, Date.now());
    this.leech = state?.leech ?? false;
    this.deckContext = this.deckContexts.get(item.deckId);
    this.item = item;
    this.kind = kind;
    this.suggested = undefined;
    this.saveFailed = undefined;
    this.counts = queueCounts(this.queue);
    this.phase = 'question';
    this.shownAt = Date.now();
  }
}
