// Renaming a user deck: the new title checked here; the app writes the deck again under the same
// id (its progress is keyed by the id, so nothing of it moves), see renderer/src/lib/deckRename.ts.
import type { Deck } from './types';

export const MAX_TITLE_LENGTH = 200;

export type TitleProblem = 'empty' | 'tooLong' | 'lineBreak' | 'unchanged';

/** The title to save (trimmed), or why it cannot be. */
export function checkNewTitle(deck: Pick<Deck, 'title'>, input: string): { title: string } | { problem: TitleProblem } {
  const title = input.trim();
  if (!title) return { problem: 'empty' };
  if (/[\r\n]/.test(title)) return { problem: 'lineBreak' };
  if ([...title].length > MAX_TITLE_LENGTH) return { problem: 'tooLong' };
  if (title === deck.title) return { problem: 'unchanged' };
  return { title };
}
