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
