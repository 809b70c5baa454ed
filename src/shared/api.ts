// The one contract between the Electron main process, the preload bridge and the renderer.
// The web twin implements the same interface in the browser (src/renderer/src/platform/browser.ts).
import type { DeckLibrary } from './decks/library';
import { ID_PATTERN, MAX_ID_LENGTH } from './decks/spec';
import type { Deck, DeckProblem } from './decks/types';
import type { Message } from './i18n';
import type { errorMessages } from './i18n/messages.errors';

export type { DeckEntry, DeckLibrary, DeckOrigin, DeckSummary } from './decks/library';

/** Results cross the IPC boundary as values: an Error thrown in main loses everything but its message. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/**
 * Why a call failed, as a code of the errors catalog and its parameters: main has no UI language,
 * so the renderer says it in the user's. A refused deck carries its problem (file, line, column).
 */
export interface ApiError extends Message<keyof typeof errorMessages> {
  problem?: DeckProblem;
}

export const failure = (code: ApiError['code'], params?: ApiError['params'], problem?: DeckProblem): { ok: false; error: ApiError } => ({
  ok: false,
  error: problem ? { code, params, problem } : params ? { code, params } : { code },
});

export interface KubeDeckApi {
  /** Every deck file found (bundled and user folder), sorted by title. */
  listDecks(): Promise<DeckLibrary>;
  /** A whole deck by id, for the deck view. */
  getDeck(id: string): Promise<Result<Deck>>;
  /** The system locale (e.g. `fr-FR`), used to choose the UI language on first start. */
  getSystemLocale(): Promise<string>;
  /**
   * Saves imported decks into the user's deck folder, each under its id (replacing the user deck
   * of the same id). Every text must be a valid `kubedeck/1` deck, or nothing is saved.
   */
  saveUserDecks(decks: { yaml: string }[], media?: ImportedImage[]): Promise<Result<SavedDecks>>;
  /**
   * Removes an imported (user) deck from the library. Its progress stays in the progress database
   * and in backups until the student clears it; a bundled deck cannot be deleted.
   */
  deleteUserDeck(id: string): Promise<Result<void>>;
  /** A printable HTML sheet as PDF bytes (Electron's printToPDF); an error where the platform cannot. */
  printToPdf(html: string): Promise<Result<Uint8Array>>;
}

export interface SavedDecks {
  /** Ids of the decks saved. */
  saved: string[];
  /** Images that could not be kept where cards can show them (a browser without service workers); absent when none. */
  mediaNotKept?: number;
}

/** An image that came with imported decks (Anki media), saved in the deck folder's media/. */
export interface ImportedImage {
  name: string;
  bytes: Uint8Array;
}

/** Limits on what the renderer may send. */
export const MAX_MEDIA_FILES = 5000;
export const MAX_MEDIA_BYTES = 64 * 1024 * 1024;
const SAFE_MEDIA_NAME = /^[^/\\\0]{1,200}$/;
export const MAX_SAVED_DECKS = 200;
export const MAX_DECK_TEXT = 16 * 1024 * 1024;
export const MAX_PRINT_HTML = 32 * 1024 * 1024;

export type ApiMethod = keyof KubeDeckApi;

/** IPC channel of a method. */
export const channelOf = (method: ApiMethod): string => `kubedeck:${method}`;

/** Validates the arguments a renderer sent before main acts on them (the renderer is not trusted). */
export const API_ARGUMENT_CHECKS: { [M in ApiMethod]: (args: unknown[]) => args is Parameters<KubeDeckApi[M]> } = {
  listDecks: (args): args is [] => args.length === 0,
  getDeck: (args): args is [string] => args.length === 1 && isDeckId(args[0]),
  getSystemLocale: (args): args is [] => args.length === 0,
  deleteUserDeck: (args): args is [string] => args.length === 1 && isDeckId(args[0]),
  saveUserDecks: (args): args is [{ yaml: string }[], ImportedImage[]?] =>
    (args.length === 1 || (args.length === 2 && (args[1] === undefined || isMediaList(args[1])))) &&
    Array.isArray(args[0]) &&
    args[0].length > 0 &&
    args[0].length <= MAX_SAVED_DECKS &&
    args[0].every((d: unknown) => typeof d === 'object' && d !== null && typeof (d as { yaml?: unknown }).yaml === 'string' && (d as { yaml: string }).yaml.length <= MAX_DECK_TEXT),
  printToPdf: (args): args is [string] => args.length === 1 && typeof args[0] === 'string' && args[0].length <= MAX_PRINT_HTML,
};

/** Every method name, derived from the exhaustive checks above so preload and main enumerate the same set. */
export const API_METHODS = Object.keys(API_ARGUMENT_CHECKS) as ApiMethod[];

function isDeckId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_ID_LENGTH && ID_PATTERN.test(value);
}

function isMediaList(value: unknown): value is ImportedImage[] {
  if (!Array.isArray(value) || value.length > MAX_MEDIA_FILES) return false;
  let total = 0;
  for (const item of value) {
    if (typeof item !== 'object' || item === null) return false;
    const { name, bytes } = item as Partial<ImportedImage>;
    if (typeof name !== 'string' || !SAFE_MEDIA_NAME.test(name) || name.startsWith('.') || !(bytes instanceof Uint8Array)) return false;
    total += bytes.length;
  }
  return total <= MAX_MEDIA_BYTES;
}
