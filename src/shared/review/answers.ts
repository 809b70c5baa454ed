// Checking typed and chosen answers. Typed answers match ignoring case, accents and extra spaces.
import type { McqCard, McqChoice } from '../decks/types';
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

/** Whether the mcq has several right choices: then each choice is ticked on its own, else one replaces the other. */
export const hasSeveralAnswers = (card: Pick<McqCard, 'choices'>) => card.choices.filter((choice) => choice.correct).length > 1;

/** The choices ticked after the student picks `choice`: in a single-answer mcq it replaces the one ticked, else it is ticked or unticked. */
export function toggleChoice(selected: readonly number[], choice: number, multiple: boolean): number[] {
  if (!multiple) return [choice];
  return selected.includes(choice) ? selected.filter((c) => c !== choice) : [...selected, choice].sort((a, b) => a - b);
}

/** The grade an answered card gets unless the student overrides it. */
export function gradeFromResult(correct: boolean): Grade {
  return correct ? 3 : 1;
}
