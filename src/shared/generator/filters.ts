// Quality filters run on every draft before the deck is written: a draft that would be thrown
// away on review is left out, and counted with its reason for the summary.
import { findClozeGaps } from '../decks/cloze';
import type { Card } from '../decks/types';

export const FILTER_REASONS = ['needs-context', 'exclamation', 'sentence-gap', 'same-answer', 'too-long'] as const;
export type FilterReason = (typeof FILTER_REASONS)[number];

/** About what fits on a phone screen with the answer: longer cards are split by hand. */
const MAX_CARD_CHARS = 700;

/**
 * Words that, at the start of a card, point to what came before it in the course ("Il…",
 * "Cette commande…", "ci-dessus", "Ensuite…", "(…"): on its own, the card would not make sense.
 */
const NEEDS_CONTEXT =
  /^(?:\(|(?:il|elle|ils|elles|celui-ci|celle-ci|ceux-ci|cela|ceci|ça|ce|cet|cette|ces|c['’]est|ci-dessus|ci-dessous|là|toute?s? ne|ensuite|puis|enfin|et|ou|mais|donc|sinon|alors|après(?=,)|it|they|this|that|these|those|above|below|here|then|also|and|but|or|so|finally|next)\b)/iu;
/** An impersonal "il" ("Il faut…", "Il existe…") points to nothing before it. */
const IMPERSONAL = /^il (?:faut|existe|suffit|y a|est (?:possible|nécessaire|conseillé|recommandé|préférable|important|utile|courant))\b(?! (?:ensuite|maintenant|alors|donc|aussi|également)\b)/iu;
/** …or to the block after it ("… comme suit.", "… as follows:", "la commande suivante :"). */
const MENTIONS_CONTEXT =
  /\b(?:these|those|ceux-ci|celles-ci)\s*[.!?]?$|\bci-dessus\b|\bci-dessous\b|\bci-après\b|\bprécédemment\b|\bprécédente?s?\b|\b(?:the )?(?:above|previous) (?:example|command|manifest|step)\b|\b(?:comme suit|comme ceci|as follows|like this|suivante?s?|following)\s*[.:]?$/iu;

/** Why `card` should not be written, or undefined when it is fine; `answers` holds the answers already taken. */
export function filterReason(card: Card, answers: Set<string>): FilterReason | undefined {
  const { prompt, answer } = promptAndAnswer(card);
  const plain = prompt.replace(/[*_`{}]/g, '').trim();
  if (card.type !== 'yaml-fix' && ((NEEDS_CONTEXT.test(plain) && !IMPERSONAL.test(plain)) || MENTIONS_CONTEXT.test(plain))) return 'needs-context';
  // An exclamation mark, maybe followed by an emoji ("…claimName! ⚠️").
  if (card.type === 'cloze' && /!\s*[\p{Extended_Pictographic}\uFE0F\s]*$/u.test(plain)) return 'exclamation';
  if (card.type === 'cloze' && findClozeGaps(card.text).some((gap) => isPhrase(gap.answer))) return 'sentence-gap';
  if (card.type !== 'yaml-fix' && prompt.length + answer.length > MAX_CARD_CHARS) return 'too-long';
  const key = answer.toLowerCase().replace(/\s+/g, ' ').trim();
  if (key && answers.has(key)) return 'same-answer';
  if (key) answers.add(key);
  return undefined;
}

const MAX_GAP_WORDS = 4;

/**
 * A gap that is a phrase or a sentence rather than a term: five words or more, sentence
 * punctuation inside or at its end, or a label ("NB:"). Nobody recalls a phrase word for word.
 */
export function isPhrase(gap: string): boolean {
  const words = gap.trim().split(/\s+/);
  return words.length > MAX_GAP_WORDS || /[!?]|[,;]\s|[.:]$/u.test(gap.trim()) || /^-\s/.test(gap);
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
