// End-to-end tests against the built web twin (out/web) served like `npm start` serves it,
// in Debian's Chromium (Playwright cannot download its own browser here).
import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// E2E_PORT lets several checkouts run their suites side by side without reusing one another's server.
const port = Number(process.env.E2E_PORT ?? 4173);
const chromiumPath = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    trace: 'retain-on-failure',
    // The course's language; one test checks that an English system gets English.
    locale: 'fr-FR',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'web', testIgnore: /electron\.spec\.ts/ },
    { name: 'electron', testMatch: /electron\.spec\.ts/ },
  ],
  webServer: {
    command: `npx tsx scripts/serve-web.ts ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
