// Builds the IndexedDB benchmark page (out/bench) from the app's own storage modules.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: resolve(import.meta.dirname),
  base: './',
  logLevel: 'warn',
  build: { outDir: resolve(import.meta.dirname, '../../out/bench'), emptyOutDir: true, target: 'es2022' },
});
