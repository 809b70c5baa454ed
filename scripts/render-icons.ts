// `npm run icons`: renders resources/icon.svg into the PNG sizes the desktop packages and the
// window use (resources/icon.png at 1024 px for macOS and Windows, resources/icons/NxN.png for
// Linux), in the same Chromium as the end-to-end tests.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
const root = resolve(import.meta.dirname, '..');
const svg = readFileSync(join(root, 'resources/icon.svg'), 'utf8');
const executablePath = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
mkdirSync(join(root, 'resources/icons'), { recursive: true });
for (const [size, file] of [...ICON_SIZES.map((size) => [size, `resources/icons/${size}x${size}.png`] as const), [1024, 'resources/icon.png'] as const]) {
  await page.setViewportSize({ width: size, height: size });
  const sized = svg.replace(/width="512" height="512"/, `width="${size}" height="${size}"`);
  await page.setContent(`<!doctype html><body style="margin:0">${sized}</body>`);
  await page.screenshot({ path: join(root, file), omitBackground: true });
}
await browser.close();
