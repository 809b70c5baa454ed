import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumAppArguments, findChromium, findElectronBinary } from '../../../src/node/launcher';

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
