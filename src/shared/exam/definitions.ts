// Exam definitions shipped in decks (`exams:`), gathered across the library. An exam draws from
// the cards of every loaded deck by tag, not only from the deck that defines it.
import type { Deck, ExamDefinition } from '../decks/types';
import type { StudyItem } from '../review/items';
import { countCards, drawQuestions, questionPool, type Draw } from './questions';

export interface CatalogExam {
  /** `deckId/examId`: unique across the library. */
  ref: string;
  deckId: string;
  deckTitle: string;
  definition: ExamDefinition;
}

export function examCatalog(decks: readonly Deck[]): CatalogExam[] {
  return decks.flatMap((deck) =>
    (deck.exams ?? []).map((definition) => ({ ref: `${deck.id}/${definition.id}`, deckId: deck.id, deckTitle: deck.title, definition })),
  );
}

export function questionCount(definition: ExamDefinition): number {
  return definition.questions.reduce((sum, quota) => sum + quota.count, 0);
}

/** For each quota, how many questions the loaded decks can give (at most one per card). */
export function quotaAvailability(definition: ExamDefinition, items: readonly StudyItem[]): { tag: string; wanted: number; available: number }[] {
  const pool = questionPool(items, { types: definition.types });
  return definition.questions.map((quota) => ({ tag: quota.tag, wanted: quota.count, available: countCards(pool, quota.tag) }));
}

export function drawExam(definition: ExamDefinition, items: readonly StudyItem[], seed: number): Draw {
  return drawQuestions(questionPool(items, { types: definition.types }), definition.questions, seed);
}
