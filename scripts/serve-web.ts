// Serves the built web twin (out/web) on 127.0.0.1: `npm run serve:web -- [PORT]`.
// The end-to-end tests run against exactly this.
import { join, resolve } from 'node:path';
import { createWebServer, listen } from '../src/node/webServer';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.argv[2] ?? 4173);
const url = await listen(createWebServer(join(root, 'out/web')), port);
console.log(`Serving out/web at ${url}`);
