// The decks named on the command line: a deck file, a bundle file, or the id of a deck in decks/.
import { stat } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { ID_PATTERN } from '../../shared/decks/spec';
import { loadLibrary } from '../../shared/decks/library';
import type { Deck } from '../../shared/decks/types';
import { looksLikeBundle, parseBundle } from '../../shared/exchange/bundle';
import { ExchangeError } from '../../shared/exchange/errors';
import { readNativeDeck } from '../../shared/exchange/nativeYaml';
import { readDeckFolder, readDeckSource } from '../deckFiles';

/** A name that is neither a readable file nor a deck id found in decks/. */
export class DeckNotFoundError extends Error {}

export async function loadDeckArgument(argument: string, decksDir = 'decks'): Promise<Deck[]> {
  const info = await stat(argument).catch(() => undefined);
  if (info?.isFile()) {
    // Read as check reads decks: strict UTF-8 and the deck size limit, the bad byte named.
    const source = await readDeckSource(argument, relative(process.cwd(), argument) || argument, 'user');
    if ('problem' in source) throw new ExchangeError('invalid-deck', {}, [source.problem]);
    const { text, file } = source;
    return looksLikeBundle(text) ? parseBundle(text, file).decks : [readNativeDeck(text, file)];
  }
  if (ID_PATTERN.test(argument)) {
    const { decks } = loadLibrary(await readDeckFolder(decksDir, 'bundled'));
    const deck = decks.get(argument);
    if (deck) return [deck];
  }
  throw new DeckNotFoundError(argument);
}

/** The folder the images of `argument`'s decks are relative to: the file's folder, or decks/ for a deck id. */
export async function deckArgumentFolder(argument: string, decksDir = 'decks'): Promise<string> {
  const info = await stat(argument).catch(() => undefined);
  return info?.isFile() ? dirname(argument) : decksDir;
}
