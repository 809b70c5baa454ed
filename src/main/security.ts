// Security decisions of the main process, as plain values and functions so that unit tests check
// exactly what index.ts passes to Electron.
import type { BrowserWindowConstructorOptions, CustomScheme } from 'electron';

/**
 * The app is served from `kubedeck://app/`. This origin decides where IndexedDB keeps a student's
 * progress: it is chosen once and must never change.
 */
export const APP_SCHEME = 'kubedeck';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** A standard, secure scheme: a real origin for storage, fetch and CSP, treated like https. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  // stream: the cards' <audio> and <video> read imported media through this scheme.
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
};

export function mainWindowOptions(preloadPath: string, iconPath?: string): BrowserWindowConstructorOptions {
  return {
    // The window's icon on Linux and Windows (macOS takes the bundle's).
    ...(iconPath ? { icon: iconPath } : {}),
    width: 1200,
    height: 820,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'KubeDeck',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
      // Middle-click must not open new windows either (window.open is already denied).
      disableBlinkFeatures: 'Auxclick',
    },
  };
}

/** The hidden window that prints a deck sheet to PDF: no script, no preload, sandboxed. */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    webPreferences: {
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    },
  };
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server to load instead of the app protocol: `ELECTRON_RENDERER_URL`, which
 * electron-vite sets in `dev`, accepted only when not packaged and only for an http(s) server on
 * loopback. Anything else (a remote page, `file:`, garbage) is ignored and the app loads itself.
 */
export function devServerFrom(rendererUrl: string | undefined, isPackaged: boolean): string | undefined {
  if (isPackaged || !rendererUrl) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(rendererUrl);
  } catch {
    return undefined;
  }
  const web = parsed.protocol === 'http:' || parsed.protocol === 'https:';
  return web && LOOPBACK_HOSTS.has(parsed.hostname) && !parsed.username && !parsed.password ? parsed.href : undefined;
}

/**
 * Whether a URL belongs to the app itself: the custom protocol, or in development the
 * electron-vite dev server on loopback. Everything else is refused.
 */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  const dev = devServerFrom(devServerUrl, false);
  return dev !== undefined && parsed.origin === new URL(dev).origin;
}

/** Navigation away from the app (links, drag-and-drop of URLs, redirects) is denied. */
export function isAllowedNavigation(url: string, devServerUrl?: string): boolean {
  return isAppUrl(url, devServerUrl);
}

/** No window is ever opened by page content. */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

/** Renderer permission requests (camera, notifications, geolocation…) are all refused: the app needs none. */
export function permissionDecision(): boolean {
  return false;
}
