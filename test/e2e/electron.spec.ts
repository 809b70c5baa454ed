// The desktop shell, through Playwright's Electron support. It needs the Electron binary, which
// offline installs (ELECTRON_SKIP_BINARY_DOWNLOAD=1) do not have: then it reports itself skipped.
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findElectronBinary } from '../../src/node/launcher';
import { API_METHODS } from '../../src/shared/api';

const root = resolve(import.meta.dirname, '../..');
const binary = findElectronBinary(join(root, 'node_modules/electron'), process.env, existsSync, (p) =>
  existsSync(p) ? readFileSync(p, 'utf8') : undefined,
);

test.describe('desktop app (Electron)', () => {
  test.skip(!binary, 'Electron binary not installed (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1); run `npx install-electron` where downloads work');

  test('opens the library from the app protocol, isolated from Node', async () => {
    const app = await electron.launch({ executablePath: binary!, args: [join(root, 'out/main/index.js')], cwd: root });
    try {
      const window = await app.firstWindow();
      await expect(window.getByRole('heading', { level: 1, name: /Bibliothèque|Library/ })).toBeVisible();
      expect(window.url()).toBe('kubedeck://app/index.html');
      expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await window.evaluate(() => Object.keys((window as unknown as { kubedeck: object }).kubedeck).sort())).toEqual([...API_METHODS].sort());
      await expect(window.getByTestId('deck-tile').first()).toBeVisible();
    } finally {
      await app.close();
    }
  });

  test('runs the FSRS optimizer\'s worker and its wasm from the app protocol', async () => {
    const app = await electron.launch({ executablePath: binary!, args: [join(root, 'out/main/index.js')], cwd: root });
    try {
      const window = await app.firstWindow();
      await window.evaluate(() => (location.hash = '#/settings'));
      // The workload table comes from the worker; the answer below needs its wasm.
      await expect(window.getByTestId('workload').locator('tbody tr')).toHaveCount(4);
      await window.getByRole('button', { name: /Optimiser mes paramètres|Optimize my parameters/ }).click();
      await expect(window.getByTestId('optimizer-outcome')).toContainText(/400/);
    } finally {
      await app.close();
    }
  });
});
