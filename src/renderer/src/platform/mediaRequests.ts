// What the media service worker decides, kept pure: which requests it answers (the imported
// images' URLs, as deckMediaUrl writes them for a user deck) and what it answers.
import { DECK_ASSETS_PATH, deckMediaType, isKeptMediaName } from '../../../shared/decks/assets';
import { MEDIA_FOLDER } from '../../../shared/exchange/htmlToMarkdown';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';

/** The media a GET of `url` asks for (`<scope>deck-assets/user/media/<name>`), or undefined: left to the network. */
export function mediaNameOf(url: string, scope: string): string | undefined {
  const folder = new URL(`${DECK_ASSETS_PATH}/user/${MEDIA_FOLDER}/`, scope);
  const target = new URL(url);
  if (target.origin !== folder.origin || !target.pathname.startsWith(folder.pathname)) return undefined;
  let name: string;
  try {
    name = decodeURIComponent(target.pathname.slice(folder.pathname.length));
  } catch {
    return undefined;
  }
  return isKeptMediaName(name) ? name : undefined;
}

/** The answer for the media `name`: its bytes as the image type its name says, or 404. */
export function mediaResponse(name: string, bytes: Uint8Array | undefined): Response {
  // Like every file of the app: never sniffed, and the CSP if the image is opened as a page (SVG).
  const headers = { 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': CONTENT_SECURITY_POLICY };
  const type = deckMediaType(name);
  if (!bytes || !type) return new Response('Not found', { status: 404, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
  // Stored bytes never sit on a SharedArrayBuffer, which is all the DOM types guard against here.
  return new Response(bytes as Uint8Array<ArrayBuffer>, { status: 200, headers: { ...headers, 'Content-Type': type } });
}
