// The `kubedeck://app/` protocol: serves the built renderer with the security headers.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { DeckOrigin } from '../shared/api';
import { DECK_ASSETS_PATH, DECK_MEDIA_EXTENSIONS } from '../shared/decks/assets';
import { contentTypeOf, resolveStaticPath, SECURITY_HEADERS } from '../node/staticFiles';
import { APP_HOST } from './security';

export interface AppFolders {
  /** The built renderer. */
  renderer: string;
  /** Deck folders, whose images cards show (`/deck-assets/<origin>/…`). */
  decks: Record<DeckOrigin, string>;
}

/** The file a request names: a renderer file, or an image next to the decks of one origin. */
function fileOf(pathname: string, folders: AppFolders): string | undefined {
  const asset = new RegExp(`^/${DECK_ASSETS_PATH}/(bundled|user)(/.*)$`).exec(pathname);
  if (!asset) return resolveStaticPath(folders.renderer, pathname);
  const file = resolveStaticPath(folders.decks[asset[1] as DeckOrigin], asset[2]);
  return file && DECK_MEDIA_EXTENSIONS.includes(extname(file).toLowerCase()) ? file : undefined;
}

/** Answers one request of the app protocol. */
export async function serveAppRequest(request: Request, folders: AppFolders): Promise<Response> {
  const url = new URL(request.url);
  const file = url.host === APP_HOST && request.method === 'GET' ? fileOf(url.pathname, folders) : undefined;
  if (!file) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
  try {
    const body = await readFile(file);
    return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeOf(file) } });
  } catch {
    return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
  }
}
