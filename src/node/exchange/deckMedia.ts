// The images of decks read from files, for exports that carry them (Anki packages): a card's
// `![alt](images/x.svg)` is read relative to the folder of the file its deck came from.
import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { deckMediaUrl } from '../../shared/decks/assets';
import type { Deck } from '../../shared/decks/types';

/** A loader for exportApkg: `folders` gives each deck's folder; sources outside it, or not images, give nothing. */
export function deckMediaLoader(folders: ReadonlyMap<Deck, string>): (deck: Deck, src: string) => Promise<Uint8Array | undefined> {
  return async (deck, src) => {
    const folder = folders.get(deck);
    if (folder === undefined || deckMediaUrl(src, '') === undefined) return undefined;
    const path = resolve(folder, src.split(/[?#]/)[0]);
    const inside = relative(resolve(folder), path);
    if (inside.startsWith('..') || inside.split(sep).includes('..')) return undefined;
    return readFile(path).then((bytes) => new Uint8Array(bytes), () => undefined);
  };
}
