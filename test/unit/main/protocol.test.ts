import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveAppRequest } from '../../../src/main/protocol';

const root = mkdtempSync(join(tmpdir(), 'kubedeck-protocol-'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>KubeDeck</title>');
const bundled = mkdtempSync(join(tmpdir(), 'kubedeck-bundled-'));
mkdirSync(join(bundled, 'images'));
writeFileSync(join(bundled, 'images', 'pod.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
writeFileSync(join(bundled, 'volumes.yaml'), 'format: kubedeck/1');
const folders = { renderer: root, decks: { bundled, user: join(bundled, 'no-user-folder') } };
writeFileSync(join(tmpdir(), 'kubedeck-secret.txt'), 'secret');

describe('app protocol', () => {
  it('serves images next to the decks, and nothing else from their folder', async () => {
    const response = await serveAppRequest(new Request('kubedeck://app/deck-assets/bundled/images/pod.svg'), folders);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
  });

  it('serves the renderer files with the CSP and their content type', async () => {
    const response = await serveAppRequest(new Request('kubedeck://app/index.html'), folders);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toContain('KubeDeck');
    expect((await serveAppRequest(new Request('kubedeck://app/'), folders)).status).toBe(200);
  });

  it('refuses paths outside the renderer folder, other hosts and missing files', async () => {
    for (const url of [
      'kubedeck://app/%2e%2e/kubedeck-secret.txt',
      'kubedeck://app/..%2fkubedeck-secret.txt',
      'kubedeck://other/index.html',
      'kubedeck://app/missing.js',
      'kubedeck://app/deck-assets/bundled/volumes.yaml',
      'kubedeck://app/deck-assets/bundled/%2e%2e/kubedeck-secret.txt',
      'kubedeck://app/deck-assets/other/images/pod.svg',
    ]) {
      const response = await serveAppRequest(new Request(url), folders);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
  });
});
