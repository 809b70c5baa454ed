// A study session: today's queue over a scope, one item at a time. Each answer is saved (state +
// log line, one transaction) before the next item shows; a failed save is shown and retried.
import { gradeFromResult } from '../../../shared/review/answers';
import type { StudyItem } from '../../../shared/review/items';
import { afterAnswer, LEARN_AHEAD_MS, nextStep, queueCounts, withoutItem, type Queue, type QueueKind } from '../../../shared/review/queue';
import { nextStudyDayStart } from '../../../shared/review/day';
import { Scheduler } from '../../../shared/review/scheduler';
import type { ReviewSettings } from '../../../shared/review/settings';
import type { Grade } from '../../../shared/review/types';
import { assetBases } from './assetBase';
import { progress } from './progress';
import { itemsInScope, type StudyScope } from './scope';

export type Phase = 'loading' | 'question' | 'answer' | 'waiting' | 'done' | 'failed';

const RETRY_DELAYS_MS = [300, 1000, 3000];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
  /** Where the current card's images are served (its deck's folder). */
  assetBase = $state<string>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup table, read when a card shows
  private assetBases = new Map<string, string>();

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

  constructor(private readonly scope: StudyScope) {}

  async start(): Promise<void> {
    try {
      const [{ items, only, deckTitle }, bases] = await Promise.all([itemsInScope(this.scope), assetBases()]);
      this.assetBases = bases;
      this.deckTitle = deckTitle;
      this.scopeItems = items;
      this.only = only;
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- same lookup table
      this.items = new Map(items.map((item) => [item.key, item]));
      this.settings = await progress.settings();
      this.queue = await progress.queue(items, this.settings, only);
      await this.showNext();
    } catch (error) {
      this.error = (error as Error).message;
      this.phase = 'failed';
    }
  }

  stop(): void {
    clearTimeout(this.waitTimer);
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
        const state = await progress.answer(item, grade, Date.now() - this.shownAt, this.settings);
        this.queue = afterAnswer(this.queue, item.key, state, nextStudyDayStart(progress.now(), this.settings.dayStartHour));
        this.answered++;
        this.saving = false;
        this.pendingGrade = undefined;
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

  async undo(): Promise<void> {
    if (this.saving) return;
    const undone = await progress.undoLastAnswer();
    if (!undone) return;
    this.answered = Math.max(0, this.answered - 1);
    this.queue = await progress.queue(this.scopeItems, this.settings, this.only);
    // Show the undone item again first, as it was before the answer.
    const again = this.items.get(undone.key);
    if (again) await this.show(again, undone.before ? (undone.before.state === 2 ? 'review' : 'learning') : 'new');
    else await this.showNext();
  }

  async bury(): Promise<void> {
    if (!this.item || this.saving) return;
    await progress.bury(this.item, this.settings);
    this.queue = withoutItem(this.queue, this.item.key);
    await this.showNext();
  }

  async suspend(): Promise<void> {
    if (!this.item || this.saving) return;
    await progress.suspend(this.item);
    this.queue = withoutItem(this.queue, this.item.key);
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
    const state = (await progress.states([item.key])).get(item.key);
    const memory = state && state.state !== 0 ? state : undefined;
    this.previews = new Scheduler(this.settings).preview(memory, Date.now());
    this.leech = state?.leech ?? false;
    this.assetBase = this.assetBases.get(item.deckId);
    this.item = item;
    this.kind = kind;
    this.suggested = undefined;
    this.counts = queueCounts(this.queue);
    this.phase = 'question';
    this.shownAt = Date.now();
  }
}
