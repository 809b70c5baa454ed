// `npm run screenshots`: every main screen (test/e2e/screens.ts) in light and dark, on a phone
// (390 × 844) and a laptop (1440 × 900), written to docs/screenshots/<screen>-<scheme>-<size>.png.
// It serves the built web twin as the end-to-end tests do (run `npm run build:web` first) and
// drives Debian's Chromium with the flags of playwright.config.ts. Not part of `npm test`.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import config from '../playwright.config';
import { SCREENS } from '../test/e2e/screens';

const root = resolve(import.meta.dirname, '..');
const web = join(root, 'out/web');
const folder = join(root, 'docs/screenshots');
const SIZES = [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
] as const;
const SCHEMES = ['light', 'dark'] as const;

if (!existsSync(join(web, 'index.html'))) {
  console.error('out/web is missing: run `npm run build:web` first.');
  process.exit(1);
}
mkdirSync(folder, { recursive: true });

// The e2e webServer's command, on SCREENSHOTS_PORT (default 4175, beside the tests' 4173).
const port = Number(process.env.SCREENSHOTS_PORT ?? 4175);
const baseURL = `http://127.0.0.1:${port}/`;
const server = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/serve-web.ts'), String(port)], { stdio: ['ignore', 'ignore', 'inherit'] });
const serverExit = new Promise<never>((_, reject) => server.once('exit', (code) => reject(new Error(`the web server stopped (exit code ${code}); is port ${port} free? Set SCREENSHOTS_PORT.`))));
async function serverUp(): Promise<void> {
  for (;;) {
    try {
      if ((await fetch(baseURL)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((next) => setTimeout(next, 100));
  }
}
await Promise.race([serverUp(), serverExit]);
const browser = await chromium.launch(config.use?.launchOptions);
let failed = false;
try {
  for (const colorScheme of SCHEMES) {
    for (const viewport of SIZES) {
      // A fresh profile each time: the same walk from an empty progress store.
      const context = await browser.newContext({ baseURL, viewport, colorScheme, reducedMotion: 'reduce', locale: config.use?.locale });
      const page = await context.newPage();
      for (const screen of SCREENS) {
        const file = `${screen.name}-${colorScheme}-${viewport.width}x${viewport.height}.png`;
        try {
          await screen.reach(page);
          // The caret and the focus ring would differ from one run to the next.
          await page.screenshot({ path: join(folder, file), caret: 'hide', animations: 'disabled' });
          console.log(`docs/screenshots/${file}`);
        } catch (error) {
          failed = true;
          console.error(`${file}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
process.exitCode = failed ? 1 : 0;
