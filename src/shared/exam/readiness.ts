// Readiness per topic: how ready the student is on each tag of the course, weakest first, so that
// the history screen says which part to revise.
//
// For a tag:
// - memory: the mean FSRS retrievability now (probability of recalling the item) over every study
//   item carrying the tag, never-studied items counting 0: the share of the topic the student
//   would recall today;
// - exams: points over questions for the tag in the 3 most recent submitted quizzes or exams
//   that asked it;
// - readiness: memory alone when the tag was never asked in an attempt, otherwise
//   half memory, half exams.
import type { StudyItem } from '../review/items';
import { Scheduler } from '../review/scheduler';
import type { ReviewSettings } from '../review/settings';
import { STATE_NEW, type MemoryState } from '../review/types';
import type { TopicScore } from './scoring';

export const RECENT_ATTEMPTS = 3;
export const EXAM_WEIGHT = 0.5;

export interface TopicReadiness {
  tag: string;
  /** Between 0 and 1. */
  readiness: number;
  memory: number;
  /** Recent attempts' share of points for the tag, if it was asked. */
  exams?: number;
  /** Study items carrying the tag, and how many of them were studied. */
  items: number;
  studied: number;
  /** Questions on the tag in the recent attempts counted. */
  examQuestions: number;
}

export interface ReadinessInput {
  /** Every study item of the loaded decks. */
  items: readonly StudyItem[];
  /** Retrievability now of each studied item, by key (items missing here were never studied). */
  recall: ReadonlyMap<string, number>;
  /** Submitted attempts, in any order. */
  attempts: readonly { submittedAt: number; topics: readonly TopicScore[] }[];
}

export function topicReadiness({ items, recall, attempts }: ReadinessInput): TopicReadiness[] {
  const keysByTag = new Map<string, string[]>();
  for (const item of items) {
    for (const tag of item.tags) {
      const keys = keysByTag.get(tag);
      if (keys) keys.push(item.key);
      else keysByTag.set(tag, [item.key]);
    }
  }
  const newestFirst = [...attempts].sort((a, b) => b.submittedAt - a.submittedAt);
  const topics = [...keysByTag].map(([tag, keys]): TopicReadiness => {
    const studied = keys.filter((key) => recall.has(key));
    const memory = keys.reduce((sum, key) => sum + (recall.get(key) ?? 0), 0) / keys.length;
    const recent = newestFirst.flatMap((attempt) => attempt.topics.filter((topic) => topic.tag === tag)).slice(0, RECENT_ATTEMPTS);
    const examQuestions = recent.reduce((sum, topic) => sum + topic.max, 0);
    const exams = examQuestions > 0 ? recent.reduce((sum, topic) => sum + topic.points, 0) / examQuestions : undefined;
    const readiness = exams === undefined ? memory : (1 - EXAM_WEIGHT) * memory + EXAM_WEIGHT * exams;
    return { tag, readiness, memory, ...(exams === undefined ? {} : { exams }), items: keys.length, studied: studied.length, examQuestions };
  });
  return topics.sort((a, b) => a.readiness - b.readiness || a.tag.localeCompare(b.tag));
}

/** The retrievability now of every studied item (new items are left out: never studied). */
export function recallNow(states: ReadonlyMap<string, MemoryState>, settings: ReviewSettings, now: number): Map<string, number> {
  const scheduler = new Scheduler(settings);
  return new Map([...states].filter(([, state]) => state.state !== STATE_NEW).map(([key, state]) => [key, scheduler.retrievability(state, now)]));
}
