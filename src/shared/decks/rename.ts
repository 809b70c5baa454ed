// Renaming a user deck: a new title checked here, the deck written again under the same id (its
// progress is keyed by the id, so nothing of it moves).
import type { KubeDeckApi } from '../api';
import { deckToYaml } from '../exchange/nativeYaml';
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

export type RenameResult = { ok: true; title: string } | { ok: false; problem: TitleProblem } | { ok: false; error: string };

/**
 * Renames the user deck `id`: read whole, written again with the new title by the app's deck
 * writer (comments of a hand-written file are not kept), through the API that saves imports, which
 * refuses bundled ids and replaces the user file holding this id.
 */
export async function renameUserDeck(api: Pick<KubeDeckApi, 'getDeck' | 'saveUserDecks'>, id: string, input: string): Promise<RenameResult> {
  const found = await api.getDeck(id);
  if (!found.ok) return found;
  const checked = checkNewTitle(found.value, input);
  if ('problem' in checked) return { ok: false, problem: checked.problem };
  const saved = await api.saveUserDecks([{ yaml: deckToYaml({ ...found.value, title: checked.title }) }]);
  return saved.ok ? { ok: true, title: checked.title } : saved;
}
