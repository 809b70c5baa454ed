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

/**
 * Chromium arguments for an app window with its own profile (so IndexedDB progress persists there).
 * `noSandbox` for root on Linux: Chromium refuses to start as root with its sandbox on.
 */
export function chromiumAppArguments(url: string, profileDir: string, options: { noSandbox?: boolean } = {}): string[] {
  return [
    `--app=${url}`,
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(options.noSandbox ? ['--no-sandbox'] : []),
  ];
}

/**
 * The web twin's fixed port: the page's origin (and so where IndexedDB keeps progress) includes
 * it, so it must not change from one start to the next.
 */
export const WEB_TWIN_PORT = 47800;

/** How many ports `npm start` tries, from the first one up, before giving up. */
export const PORT_ATTEMPTS = 10;

/** The first port to try: `KUBEDECK_PORT` when set, else WEB_TWIN_PORT; undefined when KUBEDECK_PORT is not a port number. */
export function requestedPort(env: NodeJS.ProcessEnv): number | undefined {
  const text = env.KUBEDECK_PORT?.trim();
  if (!text) return WEB_TWIN_PORT;
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  return port >= 1 && port <= 65535 ? port : undefined;
}

/** The port to try once `port` was found in use, or undefined when PORT_ATTEMPTS ports from `first` were tried. */
export function nextPort(first: number, port: number): number | undefined {
  const next = port + 1;
  return next < first + PORT_ATTEMPTS && next <= 65535 ? next : undefined;
}

/** Why no browser window is opened for the web twin, or undefined when one can be. */
export type NoWindowReason = 'disabled' | 'no-chromium' | 'no-display';

export function noWindowReason(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, chromium: string | undefined): NoWindowReason | undefined {
  if (env.KUBEDECK_NO_BROWSER) return 'disabled';
  if (!chromium) return 'no-chromium';
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return 'no-display';
  return undefined;
}

/** Chromium's sandbox cannot run as root on Linux (uid 0): it must be started with --no-sandbox there. */
export function needsNoSandbox(platform: NodeJS.Platform, uid: number | undefined): boolean {
  return platform === 'linux' && uid === 0;
}

/** The exit status of a process stopped by `signal`, as shells report it (128 + the signal's number). */
export function exitCodeOfSignal(signal: 'SIGINT' | 'SIGTERM' | 'SIGHUP'): number {
  return 128 + { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }[signal];
}

/**
 * `npm start` runs the script under `sh -c`, and npm passes SIGTERM/SIGINT to that shell only: when
 * the shell is gone, the script's parent changes (it is adopted), and the server must stop too.
 */
export function parentGone(parentAtStart: number, parentNow: number): boolean {
  return parentNow !== parentAtStart;
}
