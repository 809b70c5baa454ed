// Quiz and exam attempts, beside the review data in the same database. Every save of an attempt
// in progress is one transaction; a quiz counted in the reviews writes the attempt, the item's
// state and its log line in one transaction too.
import type { AttemptRecord } from '../../../shared/exam/attempt';
import { MCQ_SCORINGS, type McqScoring } from '../../../shared/exam/scoring';
import type { StudyItem } from '../../../shared/review/items';
import type { ReviewSettings } from '../../../shared/review/settings';
import { QUEUE_ACTIVE, QUEUE_BURIED, QUEUE_REMOVED, type CardStateRecord, type Grade, STATE_NEW } from '../../../shared/review/types';
import type { KubeDeckDatabase } from './db';
import type { ProgressStore } from './progress';

/** The student's choices remembered from one attempt to the next. */
export interface ExamPreferences {
  mcqScoring: McqScoring;
}

const PREFERENCES_KEY = 'exam';

/** New items put first in line: new items are ordered by `due`, their position in the deck (0, 1, …). */
const FRONT_OF_NEW_ITEMS = -1;

export interface ReviewAnswer {
  item: StudyItem;
  grade: Grade;
  durationMs: number;
  settings: ReviewSettings;
}

/** What "review my mistakes" did. */
export interface MistakesQueued {
  /** Studied items now due. */
  dueNow: number;
  /** Never-studied items moved to the front of the new items. */
  firstNew: number;
  /** Items the student suspended: left suspended. */
  suspended: number;
}

export class ExamStore {
  constructor(
    private readonly db: KubeDeckDatabase,
    private readonly progress: ProgressStore,
  ) {}

  /** Stores a new attempt; returns its id (auto-incremented). */
  async create(record: AttemptRecord): Promise<number> {
    return (await this.db.attempts.add(record)) as number;
  }

  async get(id: number): Promise<AttemptRecord | undefined> {
    return this.db.attempts.get(id);
  }

  async save(record: AttemptRecord): Promise<void> {
    await this.db.attempts.put(record);
  }

  /** A quiz answer counted in the reviews: the attempt and the review are saved together or not at all. */
  async saveWithReview(record: AttemptRecord, review: ReviewAnswer): Promise<void> {
    await this.db.transaction('rw', this.db.attempts, this.db.cardStates, this.db.reviewLogs, async () => {
      await this.progress.answer(review.item, review.grade, review.durationMs, review.settings);
      await this.db.attempts.put(record);
    });
  }

  /** Attempts in progress, most recent first. */
  async running(): Promise<AttemptRecord[]> {
    return (await this.db.attempts.where('status').equals('running').toArray()).sort((a, b) => b.startedAt - a.startedAt);
  }

  /** Submitted attempts, oldest first. */
  async submitted(): Promise<AttemptRecord[]> {
    return this.db.attempts.orderBy('startedAt').filter((attempt) => attempt.status === 'submitted').toArray();
  }

  async preferences(): Promise<ExamPreferences> {
    const value = (await this.db.settings.get(PREFERENCES_KEY))?.value as Partial<ExamPreferences> | undefined;
    const mcqScoring = MCQ_SCORINGS.find((scoring) => scoring === value?.mcqScoring) ?? 'all-or-nothing';
    return { mcqScoring };
  }

  async savePreferences(preferences: ExamPreferences): Promise<void> {
    await this.db.settings.put({ key: PREFERENCES_KEY, value: { mcqScoring: preferences.mcqScoring } });
  }

  /**
   * "Review my mistakes": the items not fully right in a submitted attempt go into the review
   * queue, in one transaction. A studied item becomes due now, its FSRS memory untouched (the
   * next review grades it as usual); a buried one comes back. A never-studied item stays new (it
   * has no memory to schedule yet) but moves to the front of the new items, so it is introduced
   * first, within the daily limit of new cards. Suspended items stay suspended: the student chose
   * that, and can unsuspend them.
   */
  async reviewMistakes(record: AttemptRecord, now: number): Promise<MistakesQueued> {
    const score = record.score;
    if (!score) throw new Error('the attempt has not been submitted');
    const missed = record.questions.filter((_, index) => score.questions[index].outcome !== 'correct');
    const result: MistakesQueued = { dueNow: 0, firstNew: 0, suspended: 0 };
    await this.db.transaction('rw', this.db.cardStates, async () => {
      const states = await this.db.cardStates.bulkGet(missed.map((item) => item.key));
      const updates: CardStateRecord[] = [];
      missed.forEach((item, index) => {
        const state = states[index] ?? newState(item);
        if (state.queue === QUEUE_REMOVED) return; // the card left its deck
        if (state.queue !== QUEUE_ACTIVE && state.queue !== QUEUE_BURIED) {
          result.suspended++;
          return;
        }
        const back = { ...state, queue: QUEUE_ACTIVE, buriedUntil: undefined } as const;
        if (state.state === STATE_NEW) {
          updates.push({ ...back, due: FRONT_OF_NEW_ITEMS });
          result.firstNew++;
        } else {
          updates.push({ ...back, due: now });
          result.dueNow++;
        }
      });
      await this.db.cardStates.bulkPut(updates);
    });
    return result;
  }
}

function newState(item: StudyItem): CardStateRecord {
  return {
    key: item.key, deckId: item.deckId, cardId: item.card.id, queue: QUEUE_ACTIVE, leech: false,
    state: STATE_NEW, due: FRONT_OF_NEW_ITEMS, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0,
  };
}
