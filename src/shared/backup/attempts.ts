// Submitted quizzes and exams in a progress backup. A file from elsewhere must not be able to
// break the history or results views, so each attempt is checked whole: its questions' cards go
// through the deck parser (the same rules as a deck file), answers and scores must match them.
import { parseDeck } from '../decks/parse';
import { QUESTION_TYPES } from '../decks/types';
import { BackupError, isFiniteNumber, isObject, isText } from './checks';
import type { ItemSide } from '../review/items';
import type { AttemptRecord } from '../exam/attempt';
import type { QuestionItem } from '../exam/questions';
import { MCQ_SCORINGS, type AttemptScore, type GivenAnswer, type Outcome, type QuestionScore, type TopicScore } from '../exam/scoring';

const OUTCOMES: readonly Outcome[] = ['correct', 'partial', 'incorrect', 'unanswered'];
/** A typed answer or an edited manifest; anything longer is not something a student typed. */
const MAX_ANSWER_CHARS = 1024 * 1024;

const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isOptional = <T>(v: unknown, check: (v: unknown) => v is T): boolean => v === undefined || check(v);
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

function list(value: unknown, where: string, length?: number): unknown[] {
  if (!Array.isArray(value)) throw new BackupError('backup.notList', where);
  if (length !== undefined && value.length !== length) throw new BackupError('backup.entryCount', where, { count: length });
  return value;
}

function side(value: unknown, where: string): ItemSide {
  if (isObject(value) && (value.kind === 'front' || value.kind === 'reverse')) return { kind: value.kind };
  if (isObject(value) && value.kind === 'gap' && isCount(value.index)) return { kind: 'gap', index: value.index };
  throw new BackupError('backup.side', where);
}

/** The card as the deck parser reads it (unknown fields dropped, rules of deck files applied). */
function card(value: unknown, where: string): QuestionItem['card'] {
  if (!isObject(value) || !isText(value.id)) throw new BackupError('backup.cardWithId', where);
  // Stored cards are normalised (`tags: []`); a deck file leaves empty lists out.
  const written = Object.fromEntries(Object.entries(value).filter(([, field]) => !(Array.isArray(field) && field.length === 0)));
  const deck = { format: 'kubedeck/1', id: 'backup', title: 'backup', lang: 'fr', description: 'backup', source: 'backup', cards: [written] };
  const { deck: parsed, problems } = parseDeck(JSON.stringify(deck), where);
  const error = problems.find((problem) => problem.severity === 'error');
  const parsedCard = parsed?.cards[0];
  if (error || !parsedCard) throw new BackupError('backup.invalidCard', where, {}, error ?? problems[0]);
  if (!(QUESTION_TYPES as readonly string[]).includes(parsedCard.type)) throw new BackupError('backup.notQuestion', where, { type: parsedCard.type });
  return parsedCard as QuestionItem['card'];
}

function question(value: unknown, where: string): QuestionItem {
  if (!isObject(value) || !isText(value.key) || !isText(value.deckId)) throw new BackupError('backup.keyAndDeck', where);
  const tags = list(value.tags, `${where}.tags`);
  if (!tags.every(isText)) throw new BackupError('backup.text', `${where}.tags`, { fields: 'tags' });
  return { key: value.key, deckId: value.deckId, side: side(value.side, `${where}.side`), tags, card: card(value.card, `${where}.card`) };
}

function answer(value: unknown, where: string): GivenAnswer | null {
  if (value === null) return null;
  if (isObject(value) && value.kind === 'choices' && Array.isArray(value.selected) && value.selected.every(isCount)) {
    return { kind: 'choices', selected: value.selected };
  }
  if (isObject(value) && value.kind === 'text' && typeof value.text === 'string' && value.text.length <= MAX_ANSWER_CHARS) {
    return { kind: 'text', text: value.text };
  }
  throw new BackupError('backup.answer', where);
}

function questionScore(value: unknown, where: string): QuestionScore {
  if (isObject(value) && isFiniteNumber(value.points) && value.points >= 0 && value.points <= 1 && OUTCOMES.includes(value.outcome as Outcome)) {
    return { points: value.points, outcome: value.outcome as Outcome };
  }
  throw new BackupError('backup.questionScore', where);
}

function topic(value: unknown, where: string): TopicScore {
  if (isObject(value) && isText(value.tag) && isCount(value.questions) && isFiniteNumber(value.points) && isCount(value.max)) {
    return { tag: value.tag, questions: value.questions, points: value.points, max: value.max };
  }
  throw new BackupError('backup.topicScore', where);
}

function score(value: unknown, where: string, questions: number): AttemptScore {
  if (!isObject(value) || !isFiniteNumber(value.points) || !isFiniteNumber(value.max) || !isFiniteNumber(value.percent) || !isOptional(value.passed, isBoolean)) {
    throw new BackupError('backup.score', where);
  }
  return {
    points: value.points,
    max: value.max,
    percent: value.percent,
    ...(value.passed === undefined ? {} : { passed: value.passed as boolean }),
    questions: list(value.questions, `${where}.questions`, questions).map((s, i) => questionScore(s, `${where}.questions[${i}]`)),
    topics: list(value.topics, `${where}.topics`).map((t, i) => topic(t, `${where}.topics[${i}]`)),
  };
}

function attempt(value: unknown, index: number): Omit<AttemptRecord, 'id'> {
  const where = `attempts[${index}]`;
  if (!isObject(value)) throw new BackupError('backup.notObject', where);
  if (value.mode !== 'quiz' && value.mode !== 'exam') throw new BackupError('backup.oneOf', where, { field: 'mode', values: 'quiz, exam' });
  if (value.status !== 'submitted') throw new BackupError('backup.notSubmitted', where);
  if (!isText(value.title) || !isOptional(value.examRef, isText)) throw new BackupError('backup.text', where, { fields: 'title, examRef' });
  for (const field of ['seed', 'startedAt', 'submittedAt'] as const) {
    if (!isFiniteNumber(value[field])) throw new BackupError('backup.number', where, { fields: field });
  }
  if (!isOptional(value.durationMs, isCount) || !isOptional(value.passMark, isFiniteNumber)) throw new BackupError('backup.number', where, { fields: 'durationMs, passMark' });
  if (!MCQ_SCORINGS.includes(value.mcqScoring as never)) throw new BackupError('backup.oneOf', where, { field: 'mcqScoring', values: MCQ_SCORINGS.join(', ') });
  if (!isBoolean(value.countInReviews) || !isOptional(value.timedOut, isBoolean)) throw new BackupError('backup.boolean', where, { fields: 'countInReviews, timedOut' });
  const questions = list(value.questions, `${where}.questions`).map((q, i) => question(q, `${where}.questions[${i}]`));
  const count = questions.length;
  const flagged = list(value.flagged, `${where}.flagged`, count);
  const timeSpentMs = list(value.timeSpentMs, `${where}.timeSpentMs`, count);
  if (!flagged.every(isBoolean)) throw new BackupError('backup.boolean', where, { fields: 'flagged' });
  if (!timeSpentMs.every(isFiniteNumber)) throw new BackupError('backup.number', where, { fields: 'timeSpentMs' });
  if (!isCount(value.current) || (count > 0 && value.current >= count)) throw new BackupError('backup.current', where);
  return {
    mode: value.mode,
    status: 'submitted',
    title: value.title,
    ...(value.examRef === undefined ? {} : { examRef: value.examRef as string }),
    seed: value.seed as number,
    startedAt: value.startedAt as number,
    ...(value.durationMs === undefined ? {} : { durationMs: value.durationMs as number }),
    ...(value.passMark === undefined ? {} : { passMark: value.passMark as number }),
    mcqScoring: value.mcqScoring as AttemptRecord['mcqScoring'],
    countInReviews: value.countInReviews,
    questions,
    answers: list(value.answers, `${where}.answers`, count).map((a, i) => answer(a, `${where}.answers[${i}]`)),
    checked: list(value.checked, `${where}.checked`, count).map((c, i) => (c === null ? null : questionScore(c, `${where}.checked[${i}]`))),
    flagged,
    timeSpentMs,
    current: value.current,
    submittedAt: value.submittedAt as number,
    ...(value.timedOut === undefined ? {} : { timedOut: value.timedOut as boolean }),
    score: score(value.score, `${where}.score`, count),
  };
}

/** Checks every attempt of a backup; throws BackupError (naming where) on the first problem. */
export function parseAttempts(value: unknown): Omit<AttemptRecord, 'id'>[] {
  return list(value, 'attempts').map(attempt);
}

/** The same attempt on two machines: started at the same moment with the same draw. */
export function attemptIdentity(record: Pick<AttemptRecord, 'startedAt' | 'seed'>): string {
  return `${record.startedAt}/${record.seed}`;
}
