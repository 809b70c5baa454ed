// A small static file server for the web twin (out/web), bound to loopback only. Used by
// `npm start` when Electron is absent and by the end-to-end tests, so both see the same thing.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { contentTypeOf, resolveStaticPath, SECURITY_HEADERS } from './staticFiles';

export function createWebServer(root: string): Server {
  return createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = request.method === 'GET' || request.method === 'HEAD' ? resolveStaticPath(root, url.pathname) : undefined;
    const info = file ? await stat(file).catch(() => undefined) : undefined;
    if (!file || !info?.isFile()) {
      response.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': contentTypeOf(file),
      'Content-Length': info.size,
      'Cache-Control': 'no-cache',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
}

/** Starts the server on 127.0.0.1:`port` and resolves with its URL. */
export function listen(server: Server, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve(`http://127.0.0.1:${actualPort}/`);
    });
  });
}
