// Images in card Markdown are written relative to the deck file (`![](images/x.svg)`). The app
// serves them under one path per deck folder: `deck-assets/<origin>/<path from that folder>`.
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
export const DECK_IMAGE_EXTENSIONS = Object.keys(DECK_IMAGE_TYPES);

/** The content type of an image file a deck may show (by extension, as Node's extname sees it); undefined for anything else. */
export function deckImageType(name: string): string | undefined {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? DECK_IMAGE_TYPES[name.slice(dot).toLowerCase()] : undefined;
}

/**
 * Whether a media file imported with decks is kept in the deck folder's media/: only images
 * (cards show nothing else), under a plain file name with no folder in it.
 */
export function isKeptMediaName(name: string): boolean {
  return !/[\\/]/.test(name) && !CONTROLS.test(name) && deckImageType(name) !== undefined;
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
 * The URL of an image written `src` in a card of the deck whose asset base is `base`; undefined
 * for what a deck may not load: other schemes (remote, data:), absolute paths, `..`, non-images.
 */
export function deckImageUrl(src: string, base: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/|^\\/i.test(src)) return undefined;
  const path = src.split(/[?#]/)[0];
  if (path.split('/').some((segment) => segment === '..' || segment === '')) return undefined;
  if (!DECK_IMAGE_EXTENSIONS.some((ext) => path.toLowerCase().endsWith(ext))) return undefined;
  return base + path.split('/').map(encodeURIComponent).join('/');
}
