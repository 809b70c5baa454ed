// Scoring answers, questions and whole attempts, with a score per topic (tag).
//
// Each question is worth one point. Typed answers (input, cloze) are accepted as in reviews:
// ignoring case, accents and extra spaces. A yaml-fix answer is the edited manifest; it earns the
// point when the manifest checker finds no error left, the card's `expect` assertions included.
//
// Multi-answer mcq (several correct choices), two settings:
// - all-or-nothing: 1 point when exactly the correct choices are ticked, else 0;
// - partial credit: each correct choice ticked earns 1/C and each wrong choice ticked costs 1/C
//   (C = number of correct choices), never below 0. Ticking every choice thus earns nothing
//   unless every choice is correct. Single-answer mcq are always all-or-nothing.
import { findClozeGaps } from '../decks/cloze';
import type { ClozeCard, McqChoice, YamlFixExpectation } from '../decks/types';
import { isAcceptedAnswer, isMcqAnswerCorrect } from '../review/answers';
import type { ItemSide } from '../review/items';
import type { QuestionItem } from './questions';

/** What the student gave: ticked choices (mcq) or a text (input, cloze, the manifest of a yaml-fix). */
export type GivenAnswer = { kind: 'choices'; selected: number[] } | { kind: 'text'; text: string };

export const MCQ_SCORINGS = ['all-or-nothing', 'partial'] as const;
export type McqScoring = (typeof MCQ_SCORINGS)[number];

/** Whether a fixed manifest passes: no error from the manifest checker, `expect` included. */
export type ManifestGrader = (manifest: string, expect: YamlFixExpectation[]) => boolean;

export type Outcome = 'correct' | 'partial' | 'incorrect' | 'unanswered';

export interface QuestionScore {
  /** Between 0 and 1. */
  points: number;
  outcome: Outcome;
}

export interface ScoringOptions {
  mcqScoring: McqScoring;
  /** Needed only when there are yaml-fix questions (the checker is loaded on demand). */
  gradeManifest?: ManifestGrader;
}

/** An answer counts as given when something was ticked or typed (a yaml-fix manifest: changed). */
export function isAnswered(item: QuestionItem, answer: GivenAnswer | null | undefined): answer is GivenAnswer {
  if (!answer) return false;
  if (answer.kind === 'choices') return answer.selected.length > 0;
  if (item.card.type === 'yaml-fix') return answer.text.trim() !== item.card.broken.trim();
  return answer.text.trim() !== '';
}

export function mcqPoints(selected: readonly number[], choices: readonly McqChoice[], scoring: McqScoring): number {
  const ticked = new Set(selected);
  const correctCount = choices.filter((choice) => choice.correct).length;
  if (scoring === 'all-or-nothing' || correctCount < 2) return isMcqAnswerCorrect(ticked, choices) ? 1 : 0;
  const hits = choices.filter((choice, index) => choice.correct && ticked.has(index)).length;
  const misses = choices.filter((choice, index) => !choice.correct && ticked.has(index)).length;
  return Math.max(0, (hits - misses) / correctCount);
}

/** The answer a cloze question expects: the text of its gap. */
export function clozeAnswer(card: ClozeCard, side: ItemSide): string {
  return findClozeGaps(card.text)[side.kind === 'gap' ? side.index : 0]?.answer ?? '';
}

export function scoreQuestion(item: QuestionItem, answer: GivenAnswer | null | undefined, options: ScoringOptions): QuestionScore {
  if (!isAnswered(item, answer)) return { points: 0, outcome: 'unanswered' };
  const points = pointsFor(item, answer, options);
  return { points, outcome: points >= 1 ? 'correct' : points > 0 ? 'partial' : 'incorrect' };
}

function pointsFor(item: QuestionItem, answer: GivenAnswer, options: ScoringOptions): number {
  const card = item.card;
  if (card.type === 'mcq') return answer.kind === 'choices' ? mcqPoints(answer.selected, card.choices, options.mcqScoring) : 0;
  if (answer.kind !== 'text') return 0;
  switch (card.type) {
    case 'input':
      return isAcceptedAnswer(answer.text, card.answers) ? 1 : 0;
    case 'cloze':
      return isAcceptedAnswer(answer.text, [clozeAnswer(card, item.side)]) ? 1 : 0;
    case 'yaml-fix':
      if (!options.gradeManifest) throw new Error('yaml-fix questions need the manifest checker');
      return options.gradeManifest(answer.text, card.expect) ? 1 : 0;
  }
}

export interface TopicScore {
  tag: string;
  questions: number;
  points: number;
  /** Points available: one per question. */
  max: number;
}

export interface AttemptScore {
  points: number;
  max: number;
  /** 0 to 100. */
  percent: number;
  /** Against the pass mark, when there is one. */
  passed?: boolean;
  questions: QuestionScore[];
  /**
   * One per topic of the attempt that has questions (see `scoreAttempt`'s `topics`), unanswered
   * ones included; without topics, every tag the questions carry. Most questions first.
   */
  topics: TopicScore[];
}

export function percentOf(points: number, max: number): number {
  return max === 0 ? 0 : (100 * points) / max;
}

export function scoreAttempt(
  items: readonly QuestionItem[],
  answers: readonly (GivenAnswer | null | undefined)[],
  options: ScoringOptions & {
    passMark?: number;
    /** The topics the attempt was drawn on (exam quotas, tags picked for a quiz): the only rows. */
    topics?: readonly string[];
  },
): AttemptScore {
  const questions = items.map((item, index) => scoreQuestion(item, answers[index], options));
  const points = questions.reduce((sum, score) => sum + score.points, 0);
  const percent = percentOf(points, items.length);
  const topicsByTag = new Map<string, TopicScore>();
  const asked = options.topics && options.topics.length > 0 ? new Set(options.topics) : undefined;
  items.forEach((item, index) => {
    for (const tag of item.tags) {
      if (asked && !asked.has(tag)) continue;
      const topic = topicsByTag.get(tag) ?? { tag, questions: 0, points: 0, max: 0 };
      topic.questions++;
      topic.max++;
      topic.points += questions[index].points;
      topicsByTag.set(tag, topic);
    }
  });
  const topics = [...topicsByTag.values()].sort((a, b) => b.questions - a.questions || a.tag.localeCompare(b.tag));
  return {
    points,
    max: items.length,
    percent,
    ...(options.passMark === undefined ? {} : { passed: percent >= options.passMark }),
    questions,
    topics,
  };
}
