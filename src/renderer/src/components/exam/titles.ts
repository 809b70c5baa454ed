// Titles of quizzes and custom exams, from what the student picked.
import type { QuestionBank } from '../../lib/attempt.svelte';
import { t } from '../../lib/i18n.svelte';
import { topic } from '../../lib/topics.svelte';

const SHOWN = 3;

/** `Les objets Ingress, metallb` or `Tous les paquets`; long picks end with `…`. */
export function selectionTitle(bank: QuestionBank, deckIds: readonly string[], tags: readonly string[]): string {
  const names = [...bank.decks.filter((deck) => deckIds.includes(deck.id)).map((deck) => deck.title), ...tags.map(topic)];
  if (names.length === 0) return t('exam.allDecks');
  return names.length > SHOWN ? `${names.slice(0, SHOWN).join(', ')}…` : names.join(', ');
}
