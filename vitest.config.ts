// Unit tests: plain TypeScript modules in Node; renderer modules and components in jsdom with
// Svelte's browser build (runes need it; such tests are named *.svelte.test.ts).
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { bundledDecksPlugin } from './src/node/bundledDecksPlugin.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          exclude: ['test/unit/renderer/**'],
        },
      },
      {
        plugins: [svelte({ configFile: resolve('svelte.config.js') }), bundledDecksPlugin(resolve('decks'))],
        resolve: {
          conditions: ['browser'],
          alias: { $platform: resolve('src/renderer/src/platform/browser.ts') },
        },
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/unit/renderer/**/*.test.ts'],
        },
      },
    ],
  },
});
