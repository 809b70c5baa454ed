import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  APP_SCHEME_PRIVILEGES,
  devServerFrom,
  isAllowedNavigation,
  isAppUrl,
  mainWindowOptions,
  permissionDecision,
  printWindowOptions,
  windowOpenDecision,
} from '../../../src/main/security';
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/security/csp';

describe('main window security', () => {
  const prefs = mainWindowOptions('/app/preload/index.cjs').webPreferences!;

  it('isolates and sandboxes the renderer, without Node', () => {
    expect(prefs).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('serves the app from a standard, secure custom scheme with a fixed origin', () => {
    expect(APP_ORIGIN).toBe('kubedeck://app');
    expect(APP_ENTRY_URL.startsWith(`${APP_ORIGIN}/`)).toBe(true);
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ scheme: 'kubedeck', privileges: { standard: true, secure: true } });
  });

  it('allows navigation within the app only', () => {
    expect(isAllowedNavigation('kubedeck://app/index.html#/deck/x')).toBe(true);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'kubedeck://other/index.html', 'http://localhost:5173/', 'not a url']) {
      expect(isAllowedNavigation(url), url).toBe(false);
    }
  });

  it('trusts the dev server only on loopback and only in development', () => {
    expect(isAppUrl('http://localhost:5173/index.html', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('http://evil.example:5173/', 'http://evil.example:5173')).toBe(false);
  });

  it('prints deck sheets in a hidden sandboxed window with scripts off', () => {
    expect(printWindowOptions()).toMatchObject({
      show: false,
      webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true },
    });
    expect(printWindowOptions().webPreferences?.preload).toBeUndefined();
  });

  it('denies new windows and every permission request', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
    expect(permissionDecision()).toBe(false);
  });
});

describe('Content-Security-Policy', () => {
  const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

  it('allows only the app itself: no remote origin, no inline or eval script (WebAssembly only)', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    for (const [name, sources] of directives) {
      for (const source of sources) {
        expect(source.replace("'wasm-unsafe-eval'", ''), name).not.toMatch(/unsafe|https?:|\*|wss?:/);
      }
    }
  });
});

describe('the dev server URL (ELECTRON_RENDERER_URL)', () => {
  it('is loaded only for an http server on loopback, and never once packaged', () => {
    expect(devServerFrom('http://localhost:5173/', false)).toBe('http://localhost:5173/');
    expect(devServerFrom('http://127.0.0.1:5173', false)).toBe('http://127.0.0.1:5173/');
    expect(devServerFrom('http://[::1]:5173/', false)).toBe('http://[::1]:5173/');
    expect(devServerFrom('http://localhost:5173/', true)).toBeUndefined();
    for (const hostile of ['https://evil.example/', 'http://localhost.evil.example/', 'http://user@localhost/', 'file:///tmp/index.html', 'javascript:alert(1)', 'not a url', '']) {
      expect(devServerFrom(hostile, false)).toBeUndefined();
      expect(isAppUrl('https://evil.example/x', hostile)).toBe(false);
    }
  });
});
