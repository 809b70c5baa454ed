// FSRS scheduling through ts-fsrs, with our records (epoch ms, plain objects) on both sides.
import { fsrs, Rating, State, type Card as FsrsCard, type FSRS, type Steps } from 'ts-fsrs';
import type { ReviewSettings } from './settings';
import type { Grade, MemoryState } from './types';

export const GRADES: readonly Grade[] = [1, 2, 3, 4];

function toFsrs(state: MemoryState | undefined, now: number): FsrsCard {
  if (!state) {
    return {
      due: new Date(now), stability: 0, difficulty: 0, elapsed_days: 0, scheduled_days: 0,
      learning_steps: 0, reps: 0, lapses: 0, state: State.New,
    };
  }
  return {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: state.state as State,
    last_review: state.lastReview === undefined ? undefined : new Date(state.lastReview),
  };
}

function fromFsrs(card: FsrsCard): MemoryState {
  return {
    state: card.state as MemoryState['state'],
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: card.last_review?.getTime(),
  };
}

export class Scheduler {
  private readonly fsrs: FSRS;

  constructor(settings: ReviewSettings) {
    this.fsrs = fsrs({
      ...(settings.parameters ? { w: settings.parameters } : {}),
      request_retention: settings.desiredRetention,
      maximum_interval: settings.maximumIntervalDays,
      // ts-fsrs leaves fuzz off by default; we decide it explicitly from the settings.
      enable_fuzz: settings.fuzz,
      enable_short_term: true,
      learning_steps: settings.learningSteps as Steps,
      relearning_steps: settings.relearningSteps as Steps,
    });
  }

  /** The state after answering `grade` at `now` (undefined state: the item is new). */
  next(state: MemoryState | undefined, grade: Grade, now: number): MemoryState {
    return fromFsrs(this.fsrs.next(toFsrs(state, now), new Date(now), grade as unknown as Rating.Again).card);
  }

  /** For each grade, when the item would come back: what the grade buttons show. */
  preview(state: MemoryState | undefined, now: number): Record<Grade, number> {
    const preview = this.fsrs.repeat(toFsrs(state, now), new Date(now));
    return Object.fromEntries(GRADES.map((grade) => [grade, preview[grade as unknown as Rating.Again].card.due.getTime()])) as Record<Grade, number>;
  }

  /** Probability of recalling the item at `now` (0 for a new item). */
  retrievability(state: MemoryState | undefined, now: number): number {
    if (!state || state.state === State.New) return 0;
    return this.fsrs.get_retrievability(toFsrs(state, now), new Date(now), false);
  }
}
