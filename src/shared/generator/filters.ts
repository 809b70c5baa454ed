// Quality filters run on every draft before the deck is written: a draft that would be thrown
// away on review is left out, and counted with its reason for the summary.
import { findClozeGaps } from '../decks/cloze';
import type { Card } from '../decks/types';

export const FILTER_REASONS = ['needs-context', 'exclamation', 'same-answer', 'too-long'] as const;
export type FilterReason = (typeof FILTER_REASONS)[number];

/** About what fits on a phone screen with the answer: longer cards are split by hand. */
const MAX_CARD_CHARS = 700;

/**
 * Words that, at the start of a card, point to what came before it in the course ("Il…",
 * "Cette commande…", "ci-dessus"): on its own, the card would not make sense.
 */
const NEEDS_CONTEXT =
  /^(?:il|elle|ils|elles|celui-ci|celle-ci|ceux-ci|cela|ceci|ça|ce|cet|cette|ces|ci-dessus|ci-dessous|là|it|they|this|that|these|those|above|below|here)\b/iu;
const MENTIONS_CONTEXT = /\bci-dessus\b|\bci-dessous\b|\bprécédemment\b|\b(?:the )?(?:above|previous) (?:example|command|manifest|step)\b/iu;

/** Why `card` should not be written, or undefined when it is fine; `answers` holds the answers already taken. */
export function filterReason(card: Card, answers: Set<string>): FilterReason | undefined {
  const { prompt, answer } = promptAndAnswer(card);
  const plain = prompt.replace(/[*_`{}]/g, '').trim();
  if (card.type !== 'yaml-fix' && (NEEDS_CONTEXT.test(plain) || MENTIONS_CONTEXT.test(plain))) return 'needs-context';
  if (card.type === 'cloze' && /!\s*$/.test(plain)) return 'exclamation';
  if (card.type !== 'yaml-fix' && prompt.length + answer.length > MAX_CARD_CHARS) return 'too-long';
  const key = answer.toLowerCase().replace(/\s+/g, ' ').trim();
  if (key && answers.has(key)) return 'same-answer';
  if (key) answers.add(key);
  return undefined;
}

/** What the learner reads, and what they must find (a yaml-fix card's answer is its solution). */
function promptAndAnswer(card: Card): { prompt: string; answer: string } {
  switch (card.type) {
    case 'basic':
      return { prompt: card.front, answer: card.back };
    case 'cloze':
      return { prompt: card.text, answer: findClozeGaps(card.text).map((gap) => gap.answer).join(' | ') };
    case 'mcq':
      return { prompt: card.question, answer: `${card.question} ${card.choices.filter((c) => c.correct).map((c) => c.text).join(' | ')}` };
    case 'input':
      return { prompt: card.question, answer: card.answers[0] ?? '' };
    case 'yaml-fix':
      return { prompt: card.task, answer: card.solution };
  }
}
