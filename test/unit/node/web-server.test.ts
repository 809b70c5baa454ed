import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createWebServer, listen } from '../../../src/node/webServer';

const root = mkdtempSync(join(tmpdir(), 'kubedeck-web-'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>KubeDeck</title>');
const server = createWebServer(root);
const base = await listen(server, 0);
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('web twin server', () => {
  it('listens on loopback and serves files with the security headers', async () => {
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(base);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('KubeDeck');
  });
  it('answers 404 for missing files and refuses other methods', async () => {
    expect((await fetch(`${base}missing.js`)).status).toBe(404);
    expect((await fetch(base, { method: 'POST' })).status).toBe(404);
  });
});
