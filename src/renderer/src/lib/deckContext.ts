// The deck of the card on screen: where its images are served and its language. Every view that
// shows cards provides it (reviews, quizzes, exams, results); Markdown reads it, and throws when a
// view forgot to, rather than silently dropping the card's images.
import { getContext, setContext } from 'svelte';
import { deckAssetBase } from '../../../shared/decks/assets';
import { api } from './api';

export interface DeckContext {
  assetBase?: string;
  /** The deck's language (BCP 47), for the `lang` of the card's text. */
  lang?: string;
}

const KEY = Symbol('kubedeck.deckContext');

/** Context of every listed deck, by deck id. */
export async function deckContexts(): Promise<Map<string, DeckContext>> {
  const { decks } = await api.listDecks();
  return new Map(decks.flatMap((entry) => (entry.summary ? [[entry.summary.id, { assetBase: deckAssetBase(entry.origin, entry.file), lang: entry.summary.lang }] as const] : [])));
}

/** Called by a view while it initialises: `get` gives the context of the card shown now (undefined: a deck no longer listed). */
export function provideDeckContext(get: () => DeckContext | undefined): void {
  setContext(KEY, get);
}

export function useDeckContext(): () => DeckContext {
  const get = getContext<(() => DeckContext | undefined) | undefined>(KEY);
  if (!get) throw new Error('A card was rendered outside a view that provides its deck context (provideDeckContext).');
  return () => get() ?? {};
}
