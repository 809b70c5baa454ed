// Reviews over a large history, in Chromium's IndexedDB: 50,000 card states and 500,000 log
// lines. Building today's queue and answering a card (write + next card ready), against a
// baseline that reads the whole tables, in the same run.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { findChromium } from '../src/node/launcher';
import { createWebServer, listen } from '../src/node/webServer';
import { line, median, ms, percentile } from './stats';

const root = resolve(import.meta.dirname, '..');
const STATES = 50_000;
const LOGS = 500_000;

export async function benchReviews(): Promise<string[]> {
  const executablePath = findChromium(process.platform, process.env, existsSync);
  if (!executablePath) return ['- reviews: skipped (no Chromium found; set CHROME_PATH)'];
  await build({ configFile: join(root, 'bench/browser/vite.config.ts') });
  const server = createWebServer(join(root, 'out/bench'));
  const url = await listen(server, 0);
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => (globalThis as unknown as { document: { title: string } }).document.title === 'ready');
    // Calls a function of the page's `kubedeckBench` object (bench/browser/main.ts).
    const call = <T>(method: string, ...args: number[]) =>
      page.evaluate(
        ([name, values]) => (globalThis as unknown as { kubedeckBench: Record<string, (...a: number[]) => Promise<unknown>> }).kubedeckBench[name](...values),
        [method, args] as const,
      ) as Promise<T>;
    const populated = await call<{ states: number; logs: number; items: number }>('populate', STATES, LOGS);
    const size = await call<{ learning: number; reviews: number; news: number }>('queueSize');
    const queue = await call<number[]>('queue', 15);
    const scan = await call<number[]>('fullScan', 5);
    const answers = await call<number[]>('answers', 200);
    // The first build adds records for the 2,000 new items (once per deck change); the others do not.
    const warmQueue = queue.slice(1);
    return [
      `  IndexedDB: ${populated.states} card states, ${populated.logs} log lines, ${populated.items} items in scope; queue today: ${size.learning} learning, ${size.reviews} reviews, ${size.news} new`,
      line(
        'build today’s queue',
        `median ${ms(median(warmQueue))}, p95 ${ms(percentile(warmQueue, 95))}`,
        `target < 50 ms; full-table-scan baseline median ${ms(median(scan))}, ×${(median(scan) / median(warmQueue)).toFixed(1)} faster; ` +
          `first build after the deck changed (records for new items added) ${ms(queue[0])}`,
        percentile(warmQueue, 95) < 50,
      ),
      line(
        'answer a card (write + next card ready)',
        `median ${ms(median(answers))}, p95 ${ms(percentile(answers, 95))}`,
        `target p95 < 16 ms over ${answers.length} answers; ×${(percentile(answers, 95) / median(warmQueue)).toFixed(2)} of a queue build`,
        percentile(answers, 95) < 16,
      ),
    ];
  } finally {
    await browser.close();
    server.close();
  }
}
