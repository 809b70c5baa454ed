// Where the images of the deck on screen are served, for the Markdown of its cards.
import { deckAssetBase } from '../../../shared/decks/assets';
import { api } from './api';

export const ASSET_BASE_CONTEXT = 'kubedeck.assetBase';
export type AssetBase = () => string | undefined;

/** Image base of every listed deck, by deck id. */
export async function assetBases(): Promise<Map<string, string>> {
  const { decks } = await api.listDecks();
  return new Map(decks.flatMap((entry) => (entry.summary ? [[entry.summary.id, deckAssetBase(entry.origin, entry.file)] as const] : [])));
}
