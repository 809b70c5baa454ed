// What `npm start` needs to decide: is the Electron binary installed, and which Chromium can show
// the web twin. Pure functions over a file-existence check, so tests can drive them.
import { join } from 'node:path';

export type Exists = (path: string) => boolean;
export type ReadText = (path: string) => string | undefined;

/**
 * Path of the Electron binary when it is installed, else undefined. Mirrors how the `electron`
 * package finds it (path.txt + dist/), without its fallback of downloading it on first use.
 */
export function findElectronBinary(electronPackageDir: string, env: NodeJS.ProcessEnv, exists: Exists, readText: ReadText): string | undefined {
  const relativePath = readText(join(electronPackageDir, 'path.txt'))?.trim();
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const overridden = join(env.ELECTRON_OVERRIDE_DIST_PATH, relativePath || 'electron');
    return exists(overridden) ? overridden : undefined;
  }
  if (!relativePath) return undefined;
  const binary = join(electronPackageDir, 'dist', relativePath);
  return exists(binary) ? binary : undefined;
}

const CHROMIUM_CANDIDATES: Record<string, string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  ],
};

/** A Chromium-family browser able to open an "app" window: $CHROME_PATH first, then the usual places. */
export function findChromium(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, exists: Exists): string | undefined {
  const candidates = [env.CHROME_PATH, ...(CHROMIUM_CANDIDATES[platform] ?? [])].filter((p): p is string => !!p);
  return candidates.find(exists);
}

/** Chromium arguments for an app window with its own profile (so IndexedDB progress persists there). */
export function chromiumAppArguments(url: string, profileDir: string): string[] {
  return [
    `--app=${url}`,
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

/**
 * The web twin's fixed port: the page's origin (and so where IndexedDB keeps progress) includes
 * it, so it must not change from one start to the next.
 */
export const WEB_TWIN_PORT = 47800;
