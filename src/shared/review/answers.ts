// Checking typed and chosen answers. Typed answers match ignoring case, accents and extra spaces.
import type { McqChoice } from '../decks/types';
import type { Grade } from './types';

export function normalizeAnswer(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/\s+/g, ' ');
}

export function isAcceptedAnswer(given: string, accepted: readonly string[]): boolean {
  const normalized = normalizeAnswer(given);
  return normalized !== '' && accepted.some((answer) => normalizeAnswer(answer) === normalized);
}

/** A multiple-choice answer is right when exactly the correct choices are selected. */
export function isMcqAnswerCorrect(selected: ReadonlySet<number>, choices: readonly McqChoice[]): boolean {
  return choices.every((choice, index) => choice.correct === selected.has(index));
}

/** The grade an answered card gets unless the student overrides it. */
export function gradeFromResult(correct: boolean): Grade {
  return correct ? 3 : 1;
}
