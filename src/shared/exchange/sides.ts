// Every card as a question side and an answer side in Markdown, for the formats that only know
// "front and back": Anki notes of other types, TSV rows and printable sheets. Labels follow the
// deck's language, since the sheet or the note is read by the deck's audience.
import { findClozeGaps } from '../decks/cloze';
import type { Card, ClozeCard } from '../decks/types';
import { exportLabel } from './labels';
import { fence } from './markdown';

export interface CardSides {
  question: string;
  answer: string;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const paragraphs = (...parts: (string | undefined | false)[]) => parts.filter((part): part is string => !!part && part.trim() !== '').join('\n\n');

/** The cloze text with every gap hidden (`[…]` or `[hint]`), or every gap shown in bold. */
export function clozeSide(card: ClozeCard, side: 'question' | 'answer'): string {
  let text = '';
  let last = 0;
  for (const gap of findClozeGaps(card.text)) {
    text += card.text.slice(last, gap.start) + (side === 'question' ? `[${gap.hint ?? '…'}]` : `**${gap.answer}**`);
    last = gap.end;
  }
  return text + card.text.slice(last);
}

export function cardSides(card: Card, lang: string): CardSides {
  switch (card.type) {
    case 'basic':
      return { question: card.front, answer: card.back };
    case 'cloze':
      return { question: clozeSide(card, 'question'), answer: clozeSide(card, 'answer') };
    case 'mcq': {
      const choices = card.choices.map((choice, i) => `- ${LETTERS[i] ?? i + 1}. ${choice.text}`).join('\n');
      const correct = card.choices
        .map((choice, i) => ({ choice, letter: LETTERS[i] ?? String(i + 1) }))
        .filter(({ choice }) => choice.correct)
        .map(({ choice, letter }) => `- ${letter}. ${choice.text}${choice.why ? ` — ${choice.why}` : ''}`)
        .join('\n');
      const heading = exportLabel(lang, 'card.correct', { count: card.choices.filter((c) => c.correct).length });
      return { question: paragraphs(card.question, choices), answer: paragraphs(`**${heading}**`, correct, card.explanation) };
    }
    case 'input':
      return {
        question: card.question,
        answer: paragraphs(`**${exportLabel(lang, 'card.accepted')}** ${card.answers.map((a) => `\`${a.replace(/`/g, "'")}\``).join(' · ')}`, card.explanation),
      };
    case 'yaml-fix':
      return {
        question: paragraphs(card.task, fence(card.broken, 'yaml'), card.hints.length > 0 && `**${exportLabel(lang, 'card.hints')}**\n\n${card.hints.map((h) => `- ${h}`).join('\n')}`),
        answer: paragraphs(`**${exportLabel(lang, 'card.fixed')}**`, fence(card.solution, 'yaml')),
      };
  }
}
