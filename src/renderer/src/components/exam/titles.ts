// Titles of quizzes and custom exams, from what the student picked.
import { selectionNames, type TopicGroup, type TopicKey } from '../../../../shared/exam/topics';
import { t } from '../../lib/i18n.svelte';

const SHOWN = 3;

/** `Les objets Ingress, MetalLB` or `tous les paquets`; long picks end with `…`. */
export function selectionTitle(groups: readonly TopicGroup[], topics: readonly TopicKey[]): string {
  const names = selectionNames(groups, topics);
  if (names.length === 0) return t('exam.allDecks');
  return names.length > SHOWN ? `${names.slice(0, SHOWN).join(', ')}…` : names.join(', ');
}
