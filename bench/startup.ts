// Start-up of the web build in Chromium: navigation to an interactive library, against a blank
// page served the same way in the same run; and the renderer's initial JavaScript, gzipped.
import { chromium } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createWebServer, listen } from '../src/node/webServer';
import { findChromium } from '../src/node/launcher';
import { existsSync } from 'node:fs';
import { kb, line, median, ms, percentile } from './stats';

const root = resolve(import.meta.dirname, '..');
const webRoot = join(root, 'out/web');
const RUNS = 15;
const TARGET_MS = 400;
const TARGET_BYTES = 250 * 1024;

/** The scripts index.html loads before anything else (entry and module preloads). */
function initialScripts(): string[] {
  const html = readFileSync(join(webRoot, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
}

export async function benchStartup(): Promise<string[]> {
  const executablePath = findChromium(process.platform, process.env, existsSync);
  if (!executablePath) return ['- start-up: skipped (no Chromium found; set CHROME_PATH)'];

  const baselineRoot = mkdtempSync(join(tmpdir(), 'kubedeck-bench-'));
  writeFileSync(join(baselineRoot, 'index.html'), '<!doctype html><title>blank</title><script type="module" src="./mark.js"></script>');
  writeFileSync(join(baselineRoot, 'mark.js'), "performance.mark('kubedeck:library-ready');");

  const appServer = createWebServer(webRoot);
  const baselineServer = createWebServer(baselineRoot);
  const appUrl = await listen(appServer, 0);
  const baselineUrl = await listen(baselineServer, 0);
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });

  async function timeToReady(url: string): Promise<number> {
    const context = await browser.newContext({ locale: 'fr-FR' }); // fresh cache and storage each run
    const page = await context.newPage();
    await page.goto(url);
    const ready = await page.waitForFunction(() => performance.getEntriesByName('kubedeck:library-ready')[0]?.startTime);
    const value = (await ready.jsonValue()) as number;
    await context.close();
    return value;
  }

  try {
    await timeToReady(appUrl); // warm-up: disk cache of the server, Chromium's own start
    const app: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      baseline.push(await timeToReady(baselineUrl));
      app.push(await timeToReady(appUrl));
    }
    const scripts = initialScripts();
    const gzipped = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(join(webRoot, file))).length, 0);
    const appMedian = median(app);
    return [
      line(
        'start-up to interactive library (web build, Chromium)',
        `median ${ms(appMedian)}, p95 ${ms(percentile(app, 95))}`,
        `target < ${TARGET_MS} ms; blank page baseline median ${ms(median(baseline))}, ×${(appMedian / median(baseline)).toFixed(1)} of baseline (${RUNS} runs, fresh context each)`,
        percentile(app, 95) < TARGET_MS,
      ),
      line(
        'initial renderer JavaScript, gzipped',
        kb(gzipped),
        `target < ${kb(TARGET_BYTES)} (${((gzipped / TARGET_BYTES) * 100).toFixed(0)}% of budget); ${scripts.join(', ')}`,
        gzipped < TARGET_BYTES,
      ),
    ];
  } finally {
    await browser.close();
    appServer.close();
    baselineServer.close();
  }
}
