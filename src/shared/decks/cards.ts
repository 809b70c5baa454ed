import type { Card } from './types';

/** The question side of a card as written (Markdown), for lists and previews. */
export function cardPrompt(card: Card): string {
  switch (card.type) {
    case 'basic':
      return card.front;
    case 'cloze':
      return card.text.replace(/\{\{([\s\S]*?)\}\}/g, '[…]');
    case 'mcq':
    case 'input':
      return card.question;
    case 'yaml-fix':
      return card.task;
  }
}

/** Every Markdown text of a card: what a learner can read on it, and where its images can be. */
export function cardTexts(card: Card): string[] {
  switch (card.type) {
    case 'basic':
      return [card.front, card.back];
    case 'cloze':
      return [card.text];
    case 'mcq':
      return [card.question, ...card.choices.flatMap((c) => [c.text, c.why ?? '']), card.explanation ?? ''];
    case 'input':
      return [card.question, card.explanation ?? ''];
    case 'yaml-fix':
      return [card.task, ...card.hints];
  }
}
