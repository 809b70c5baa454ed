// Renaming a user deck in the app: the title checked by shared/decks/rename.ts, the deck written
// again with the app's deck writer through the API that saves imports.
import type { ApiError, KubeDeckApi } from '../../../shared/api';
import { checkNewTitle, type TitleProblem } from '../../../shared/decks/rename';
import { deckToYaml } from '../../../shared/exchange/nativeYaml';

export type RenameResult = { ok: true; title: string } | { ok: false; problem: TitleProblem } | { ok: false; error: ApiError };

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
