// The web twin: the same renderer as a static site in out/web, with the browser API and the
// decks bundled at build time. electron-vite's dev/preview always start Electron, hence this config.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { bundledDecksPlugin } from './src/node/bundledDecksPlugin.ts';
import { rendererBuild, rendererPlugins } from './vite.shared.ts';

export default defineConfig({
  root: 'src/renderer',
  base: './',
  resolve: { alias: { $platform: resolve('src/renderer/src/platform/browser.ts') } },
  plugins: [svelte({ configFile: resolve('svelte.config.js') }), bundledDecksPlugin(resolve('decks')), ...rendererPlugins()],
  build: { ...rendererBuild, outDir: resolve('out/web'), emptyOutDir: true },
  server: { host: '127.0.0.1', fs: { allow: [resolve('.')] } },
});
