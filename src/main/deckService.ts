// The KubeDeckApi as the main process implements it: decks read from the bundled folder and
// from the user's own folder, on every request so that new files show up on reload.
import { failure, type KubeDeckApi } from '../shared/api';
import { loadLibrary } from '../shared/decks/library';
import { readDeckFolder } from '../node/deckFiles';
import { deleteUserDeck, saveUserDecks } from '../node/userDecks';

export interface DeckFolders {
  bundled: string;
  user: string;
}

export interface Platform {
  systemLocale: () => string;
  printToPdf: (html: string) => Promise<Uint8Array>;
}

export function createDeckService(folders: DeckFolders, platform: Platform): KubeDeckApi {
  async function load() {
    const sources = [...(await readDeckFolder(folders.bundled, 'bundled')), ...(await readDeckFolder(folders.user, 'user'))];
    return loadLibrary(sources);
  }
  async function bundledIds() {
    return new Set(loadLibrary(await readDeckFolder(folders.bundled, 'bundled')).decks.keys());
  }
  return {
    async listDecks() {
      return (await load()).library;
    },
    async getDeck(id) {
      const deck = (await load()).decks.get(id);
      return deck ? { ok: true, value: deck } : failure('error.deckNotFound', { id });
    },
    async getSystemLocale() {
      return platform.systemLocale();
    },
    async saveUserDecks(decks, media) {
      return saveUserDecks(folders.user, decks, await bundledIds(), media);
    },
    async deleteUserDeck(id) {
      return deleteUserDeck(folders.user, id, await bundledIds());
    },
    async printToPdf(html) {
      try {
        return { ok: true, value: await platform.printToPdf(html) };
      } catch (error) {
        return failure('error.pdfFailed', { reason: (error as Error).message });
      }
    },
  };
}
