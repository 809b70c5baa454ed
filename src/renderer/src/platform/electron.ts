// In Electron the API is the preload bridge.
import type { KubeDeckApi } from '../../../shared/api';

declare global {
  interface Window {
    kubedeck?: KubeDeckApi;
  }
}

export function createPlatformApi(): KubeDeckApi {
  if (!window.kubedeck) throw new Error('KubeDeck preload bridge is missing');
  return window.kubedeck;
}

/** Where a user adds deck files, as shown in the empty library. */
export const userDeckFolderHint = '<userData>/decks';
/** The About screen's sentence on where progress is kept (the app's profile, or this browser for this address). */
export const progressStorageKey = 'about.storage.desktop' as const;
export const canPrintToPdf = true;
