// Serving the built renderer from a folder, safely: shared by the Electron protocol handler
// and the web twin's static server.
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { deckMediaType } from '../shared/decks/assets';
import { CONTENT_SECURITY_POLICY } from '../shared/security/csp';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Headers sent with every file of the app. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? deckMediaType(file) ?? 'application/octet-stream';
}

/**
 * The file under `root` that a URL path names (`/` is `index.html`), or undefined when the path
 * is malformed or leaves `root` (`..`, encoded separators, absolute paths, NUL bytes).
 */
export function resolveStaticPath(root: string, urlPathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const relativePath = decoded.replace(/^\/+/, '') || 'index.html';
  const absoluteRoot = resolve(root);
  const file = resolve(absoluteRoot, relativePath);
  const fromRoot = relative(absoluteRoot, file);
  if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot) || fromRoot.split(sep).includes('..')) return undefined;
  return file;
}
