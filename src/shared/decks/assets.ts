// Images in card Markdown are written relative to the deck file (`![](images/x.svg)`), and so are
// sounds and videos (`![](media/x.mp3)`, played in the card). The app serves them under one path per deck folder: `deck-assets/<origin>/<path from that folder>`.
import type { DeckOrigin } from './library';

export const DECK_ASSETS_PATH = 'deck-assets';
/** The images a deck may show, by extension, with the content type they are served with. */
const DECK_IMAGE_TYPES: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
};
/** The sounds and videos a card may play (imported from Anki: `[sound:x.mp3]`, `<audio>`, `<video>`). */
const DECK_AUDIO_TYPES: Readonly<Record<string, string>> = {
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.oga': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.wav': 'audio/wav',
  '.m4a': 'audio/mp4',
  '.aac': 'audio/aac',
  '.flac': 'audio/flac',
};
const DECK_VIDEO_TYPES: Readonly<Record<string, string>> = {
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.ogv': 'video/ogg',
  '.m4v': 'video/mp4',
};
const DECK_MEDIA_TYPES: Readonly<Record<string, string>> = { ...DECK_IMAGE_TYPES, ...DECK_AUDIO_TYPES, ...DECK_VIDEO_TYPES };
/** The files served next to the decks: images, sounds and videos. */
export const DECK_MEDIA_EXTENSIONS = Object.keys(DECK_MEDIA_TYPES);

export type DeckMediaKind = 'image' | 'audio' | 'video';

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** What a media file of a deck is, by its extension; undefined for anything a card may not show. */
export function deckMediaKind(name: string): DeckMediaKind | undefined {
  const extension = extensionOf(name);
  if (!Object.hasOwn(DECK_MEDIA_TYPES, extension)) return undefined;
  if (Object.hasOwn(DECK_IMAGE_TYPES, extension)) return 'image';
  return Object.hasOwn(DECK_AUDIO_TYPES, extension) ? 'audio' : 'video';
}

/** The content type of a media file a deck may show or play (by extension, as Node's extname sees it); undefined for anything else. */
export function deckMediaType(name: string): string | undefined {
  const extension = extensionOf(name);
  return Object.hasOwn(DECK_MEDIA_TYPES, extension) ? DECK_MEDIA_TYPES[extension] : undefined;
}

/**
 * Whether a media file imported with decks is kept in the deck folder's media/: only images,
 * sounds and videos (cards show nothing else), under a plain file name with no folder in it.
 */
export function isKeptMediaName(name: string): boolean {
  return !/[\\/]/.test(name) && !CONTROLS.test(name) && deckMediaType(name) !== undefined;
}

/** Control characters and the bidirectional controls that make `gpj.exe` display as `exe.jpg`. */
const CONTROLS = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A name as shown in a terminal or a list, without bidirectional controls. */
export function withoutBidiControls(name: string): string {
  return name.replace(BIDI_CONTROLS, '');
}

/** URL prefix (relative to the app page) for the images of a deck file. */
export function deckAssetBase(origin: DeckOrigin, file: string): string {
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  return `./${DECK_ASSETS_PATH}/${origin}/${folder}`;
}

/**
 * The URL of a media file written `src` in a card of the deck whose asset base is `base`;
 * undefined for what a deck may not load: other schemes (remote, data:), absolute paths, `..`,
 * files that are not images, sounds or videos (or not of one of `kinds`, when given).
 */
export function deckMediaUrl(src: string, base: string, kinds?: readonly DeckMediaKind[]): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/|^\\/i.test(src)) return undefined;
  const path = src.split(/[?#]/)[0];
  if (path.split('/').some((segment) => segment === '..' || segment === '')) return undefined;
  const kind = deckMediaKind(path);
  if (!kind || (kinds && !kinds.includes(kind))) return undefined;
  return base + path.split('/').map(encodeURIComponent).join('/');
}
