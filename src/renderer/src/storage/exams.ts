// Quiz and exam attempts, beside the review data in the same database. Every save of an attempt
// in progress is one transaction; a quiz counted in the reviews writes the attempt, the item's
// state and its log line in one transaction too.
import type { AttemptRecord } from '../../../shared/exam/attempt';
import { MCQ_SCORINGS, type McqScoring } from '../../../shared/exam/scoring';
import type { StudyItem } from '../../../shared/review/items';
import type { ReviewSettings } from '../../../shared/review/settings';
import { missedQuestions, requeueMistakes, type MistakesQueued } from '../../../shared/exam/mistakes';
import type { Grade } from '../../../shared/review/types';
import type { KubeDeckDatabase } from './db';
import type { ProgressStore } from './progress';

/** The student's choices remembered from one attempt to the next. */
export interface ExamPreferences {
  mcqScoring: McqScoring;
}

const PREFERENCES_KEY = 'exam';

export interface ReviewAnswer {
  item: StudyItem;
  grade: Grade;
  durationMs: number;
  settings: ReviewSettings;
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

  /** "Review my mistakes": the items not fully right go back into the review queue (see shared/exam/mistakes.ts), in one transaction. */
  async reviewMistakes(record: AttemptRecord, now: number): Promise<MistakesQueued> {
    const missed = missedQuestions(record);
    return this.db.transaction('rw', this.db.cardStates, async () => {
      const { updates, queued } = requeueMistakes(missed, await this.db.cardStates.bulkGet(missed.map((item) => item.key)), now);
      await this.db.cardStates.bulkPut(updates);
      return queued;
    });
  }
}

