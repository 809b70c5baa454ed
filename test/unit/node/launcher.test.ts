import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chromiumAppArguments,
  exitCodeOfSignal,
  findChromium,
  findElectronBinary,
  needsNoSandbox,
  nextPort,
  noWindowReason,
  parentGone,
  PORT_ATTEMPTS,
  requestedPort,
  WEB_TWIN_PORT,
} from '../../../src/node/launcher';
import { launcherLocale, launcherSay } from '../../../src/node/launcherMessages';

const files = (...present: string[]) => (path: string) => present.includes(path);
const texts = (entries: Record<string, string>) => (path: string) => entries[path];
const pkg = '/p/node_modules/electron';

describe('findElectronBinary', () => {
  it('finds the binary named by path.txt when it was downloaded', () => {
    const binary = join(pkg, 'dist', 'electron');
    expect(findElectronBinary(pkg, {}, files(binary), texts({ [join(pkg, 'path.txt')]: 'electron' }))).toBe(binary);
  });
  it('says absent when installed with ELECTRON_SKIP_BINARY_DOWNLOAD (no path.txt) or when dist/ is missing', () => {
    expect(findElectronBinary(pkg, {}, files(), texts({}))).toBeUndefined();
    expect(findElectronBinary(pkg, {}, files(), texts({ [join(pkg, 'path.txt')]: 'electron' }))).toBeUndefined();
  });
  it('honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    expect(findElectronBinary(pkg, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/e' }, files('/opt/e/electron'), texts({}))).toBe('/opt/e/electron');
  });
});

describe('findChromium', () => {
  it('prefers CHROME_PATH, then the usual places of the platform', () => {
    expect(findChromium('linux', { CHROME_PATH: '/x/chrome' }, files('/x/chrome', '/usr/bin/chromium'))).toBe('/x/chrome');
    expect(findChromium('linux', {}, files('/usr/bin/google-chrome', '/usr/bin/chromium'))).toBe('/usr/bin/chromium');
    expect(findChromium('linux', {}, files())).toBeUndefined();
  });
  it('opens an app window with its own profile and no background traffic', () => {
    const args = chromiumAppArguments('http://127.0.0.1:47800/', '/home/u/.config/kubedeck/web-profile');
    expect(args).toContain('--app=http://127.0.0.1:47800/');
    expect(args).toContain('--user-data-dir=/home/u/.config/kubedeck/web-profile');
    expect(args).toContain('--disable-background-networking');
  });
});

describe('npm start as root', () => {
  it('starts Chromium without its sandbox for root on Linux only (it refuses to start otherwise)', () => {
    expect(needsNoSandbox('linux', 0)).toBe(true);
    expect(needsNoSandbox('linux', 1000)).toBe(false);
    expect(needsNoSandbox('darwin', 0)).toBe(false);
    expect(needsNoSandbox('win32', undefined)).toBe(false);
    expect(chromiumAppArguments('http://127.0.0.1:47800/', '/p', { noSandbox: true })).toContain('--no-sandbox');
    expect(chromiumAppArguments('http://127.0.0.1:47800/', '/p')).not.toContain('--no-sandbox');
  });
});

describe('noWindowReason', () => {
  it('says why no window opens: turned off, no Chromium, or no display on Linux', () => {
    expect(noWindowReason('linux', { DISPLAY: ':0' }, '/usr/bin/chromium')).toBeUndefined();
    expect(noWindowReason('linux', { WAYLAND_DISPLAY: 'wayland-0' }, '/usr/bin/chromium')).toBeUndefined();
    expect(noWindowReason('linux', {}, '/usr/bin/chromium')).toBe('no-display');
    expect(noWindowReason('linux', { DISPLAY: ':0' }, undefined)).toBe('no-chromium');
    expect(noWindowReason('linux', { DISPLAY: ':0', KUBEDECK_NO_BROWSER: '1' }, '/usr/bin/chromium')).toBe('disabled');
    expect(noWindowReason('darwin', {}, '/Applications/Chromium.app/Contents/MacOS/Chromium')).toBeUndefined();
  });
  it('has a sentence for each reason, naming the address to open', () => {
    for (const reason of ['disabled', 'no-chromium', 'no-display'] as const) {
      expect(launcherSay(`start.served.${reason}`, 'en', { url: 'http://127.0.0.1:47800/' })).toContain('http://127.0.0.1:47800/');
    }
  });
});

describe('ports', () => {
  it('takes KUBEDECK_PORT when it is a port number, the fixed port otherwise', () => {
    expect(requestedPort({})).toBe(WEB_TWIN_PORT);
    expect(requestedPort({ KUBEDECK_PORT: '' })).toBe(WEB_TWIN_PORT);
    expect(requestedPort({ KUBEDECK_PORT: ' 8080 ' })).toBe(8080);
    for (const bad of ['0', '65536', '80a', '-1', '1e3', '8080.5']) expect(requestedPort({ KUBEDECK_PORT: bad }), bad).toBeUndefined();
  });
  it('tries the next ports while they are in use, then gives up', () => {
    expect(nextPort(47800, 47800)).toBe(47801);
    const tried = [47800];
    for (let port = nextPort(47800, 47800); port !== undefined; port = nextPort(47800, port)) tried.push(port);
    expect(tried).toHaveLength(PORT_ATTEMPTS);
    expect(nextPort(65535, 65535)).toBeUndefined();
  });
  it('says in one sentence which port is taken and which one comes next', () => {
    const sentence = launcherSay('start.portInUse', 'en', { port: 47800, next: 47801 });
    expect(sentence).toMatch(/47800.*47801/);
    expect(sentence.match(/\. /g)).toBeNull();
    expect(launcherSay('start.portInUse', 'fr', { port: 47800, next: 47801 })).toContain('47801');
  });
});

describe('stopping', () => {
  it('stops once the shell npm started it in is gone (npm signals that shell, not the script)', () => {
    expect(parentGone(4242, 4242)).toBe(false);
    expect(parentGone(4242, 1)).toBe(true);
  });
  it('exits as a signalled process does', () => {
    expect(exitCodeOfSignal('SIGINT')).toBe(130);
    expect(exitCodeOfSignal('SIGTERM')).toBe(143);
  });
  it('speaks French when LANG says so', () => {
    expect(launcherLocale({ LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(launcherLocale({ LANG: 'C.UTF-8' })).toBe('en');
    expect(launcherLocale({})).toBe('en');
  });
});
