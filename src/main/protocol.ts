// The `kubedeck://app/` protocol: serves the built renderer with the security headers.
import { readFile } from 'node:fs/promises';
import { contentTypeOf, resolveStaticPath, SECURITY_HEADERS } from '../node/staticFiles';
import { APP_HOST } from './security';

/** Answers one request of the app protocol from the files under `root`. */
export async function serveAppRequest(request: Request, root: string): Promise<Response> {
  const url = new URL(request.url);
  const file = url.host === APP_HOST && request.method === 'GET' ? resolveStaticPath(root, url.pathname) : undefined;
  if (!file) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
  try {
    const body = await readFile(file);
    return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeOf(file) } });
  } catch {
    return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
  }
}
