// The app icon: one SVG source, rendered to the PNG sizes the window, the packages and the web twin use.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../src/main/security';

const root = resolve(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(resolve(root, path));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('app icon', () => {
  it('comes in the sizes its file names give, from 16 px to 512 px, and 1024 px for macOS and Windows', () => {
    const files = readdirSync(resolve(root, 'resources/icons')).sort();
    expect(files).toEqual(expect.arrayContaining(['16x16.png', '32x32.png', '48x48.png', '256x256.png', '512x512.png']));
    for (const file of files) {
      const [, width, height] = /^(\d+)x(\d+)\.png$/.exec(file)!.map(Number);
      expect(pngSize(read(`resources/icons/${file}`)), file).toEqual([width, height]);
    }
    expect(pngSize(read('resources/icon.png'))).toEqual([1024, 1024]);
  });

  it('is the web twin’s favicon and the window’s icon, and ships in the packages', () => {
    const html = read('src/renderer/index.html').toString();
    expect(html).toContain('rel="icon" type="image/svg+xml" href="../../resources/icon.svg"');
    expect(mainWindowOptions('/p.cjs', '/app/resources/icon.png').icon).toBe('/app/resources/icon.png');
    const builder = read('electron-builder.yml').toString();
    expect(builder).toMatch(/^ {2}- resources\/icon\.png$/m);
    expect(builder).toMatch(/^ {2}icon: resources\/icons$/m);
  });
});
