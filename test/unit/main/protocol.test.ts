import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveAppRequest } from '../../../src/main/protocol';

const root = mkdtempSync(join(tmpdir(), 'kubedeck-protocol-'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>KubeDeck</title>');
writeFileSync(join(tmpdir(), 'kubedeck-secret.txt'), 'secret');

describe('app protocol', () => {
  it('serves the renderer files with the CSP and their content type', async () => {
    const response = await serveAppRequest(new Request('kubedeck://app/index.html'), root);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toContain('KubeDeck');
    expect((await serveAppRequest(new Request('kubedeck://app/'), root)).status).toBe(200);
  });

  it('refuses paths outside the renderer folder, other hosts and missing files', async () => {
    for (const url of [
      'kubedeck://app/%2e%2e/kubedeck-secret.txt',
      'kubedeck://app/..%2fkubedeck-secret.txt',
      'kubedeck://other/index.html',
      'kubedeck://app/missing.js',
    ]) {
      const response = await serveAppRequest(new Request(url), root);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
  });
});
