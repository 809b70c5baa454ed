// Electron build: main (ESM), preload (CommonJS, required by sandboxed preloads) and the renderer.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { rendererBuild, rendererPlugins } from './vite.shared.ts';

export default defineConfig({
  main: {
    build: { outDir: 'out/main', externalizeDeps: true },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'src/renderer',
    resolve: { alias: { $platform: resolve('src/renderer/src/platform/electron.ts') } },
    plugins: [svelte({ configFile: resolve('svelte.config.js') }), ...rendererPlugins()],
    build: { ...rendererBuild, outDir: resolve('out/renderer') },
  },
});
