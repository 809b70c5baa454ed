// A quiz or exam attempt as it is stored (IndexedDB, table `attempts`), and the steps of its life:
// created with its drawn questions, answered (saved at each answer), submitted with its score.
// Questions are stored whole (card included) so that results stay readable after decks change.
import { MINUTE } from '../review/day';
import type { QuestionItem } from './questions';
import { isAnswered, scoreAttempt, type AttemptScore, type GivenAnswer, type ManifestGrader, type McqScoring, type QuestionScore } from './scoring';
import { deadlineOf } from './timer';

export type AttemptMode = 'quiz' | 'exam';
export type AttemptStatus = 'running' | 'submitted';

export interface AttemptSetup {
  mode: AttemptMode;
  title: string;
  /** An exam a deck defines: `deckId/examId`. */
  examRef?: string;
  /** Exams only. */
  durationMinutes?: number;
  /** Percentage needed to pass, when there is one. */
  passMark?: number;
  mcqScoring: McqScoring;
  /** Quiz only: each answer is also a review (graded Good when right, Again otherwise). */
  countInReviews: boolean;
  /** The topics (tags) the questions were drawn on: a defined exam's quotas, the tags picked. */
  topics?: string[];
}

export interface AttemptRecord {
  id?: number;
  mode: AttemptMode;
  status: AttemptStatus;
  title: string;
  examRef?: string;
  seed: number;
  startedAt: number;
  durationMs?: number;
  passMark?: number;
  mcqScoring: McqScoring;
  countInReviews: boolean;
  /** As in the setup: the rows of the results' per-topic table (absent: every tag asked). */
  topics?: string[];
  questions: QuestionItem[];
  /** By question index; null: not answered. */
  answers: (GivenAnswer | null)[];
  /** Quiz: the feedback shown once a question is checked (its answer is then final). */
  checked: (QuestionScore | null)[];
  flagged: boolean[];
  /** Time each question was on screen, accumulated over visits. */
  timeSpentMs: number[];
  /** The question on screen, to resume on it. */
  current: number;
  submittedAt?: number;
  /** Submitted by the clock reaching zero. */
  timedOut?: boolean;
  score?: AttemptScore;
}

export function newAttempt(setup: AttemptSetup, questions: QuestionItem[], seed: number, now: number): AttemptRecord {
  const none = <T>(value: T) => questions.map(() => value);
  return {
    mode: setup.mode,
    status: 'running',
    title: setup.title,
    ...(setup.examRef ? { examRef: setup.examRef } : {}),
    seed,
    startedAt: now,
    ...(setup.mode === 'exam' && setup.durationMinutes ? { durationMs: setup.durationMinutes * MINUTE } : {}),
    ...(setup.passMark === undefined ? {} : { passMark: setup.passMark }),
    mcqScoring: setup.mcqScoring,
    countInReviews: setup.mode === 'quiz' && setup.countInReviews,
    ...(setup.topics && setup.topics.length > 0 ? { topics: [...setup.topics] } : {}),
    questions,
    answers: none(null),
    checked: none(null),
    flagged: none(false),
    timeSpentMs: none(0),
    current: 0,
  };
}

/** The questions flagged to come back to, by index, in order. */
export function flaggedIndexes(record: Pick<AttemptRecord, 'flagged'>): number[] {
  return record.flagged.flatMap((flag, index) => (flag ? [index] : []));
}

export function unansweredIndexes(record: Pick<AttemptRecord, 'questions' | 'answers'>): number[] {
  return record.questions.flatMap((item, index) => (isAnswered(item, record.answers[index]) ? [] : [index]));
}

/**
 * The attempt handed in at `now` (or at its deadline, if that came first: an exam left open past
 * its end was handed in as it stood when time ran out), with its score.
 */
export function submitAttempt(record: AttemptRecord, now: number, gradeManifest?: ManifestGrader): AttemptRecord {
  const deadline = deadlineOf(record);
  const timedOut = deadline !== undefined && now >= deadline;
  const score = scoreAttempt(record.questions, record.answers, { mcqScoring: record.mcqScoring, gradeManifest, passMark: record.passMark, topics: record.topics });
  return { ...record, status: 'submitted', submittedAt: timedOut ? deadline : now, timedOut, score };
}

export function needsManifestGrader(record: Pick<AttemptRecord, 'questions'>): boolean {
  return record.questions.some((item) => item.card.type === 'yaml-fix');
}

/** Time from start to hand-in. */
export function timeUsedMs(record: AttemptRecord): number {
  return (record.submittedAt ?? record.startedAt) - record.startedAt;
}
