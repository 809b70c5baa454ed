// The web twin: the same renderer as a static site in out/web, with the browser API and the
// decks bundled at build time. electron-vite's dev/preview always start Electron, hence this config.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import { bundledDecksPlugin } from './src/node/bundledDecksPlugin.ts';
import { rendererBuild, rendererPlugins } from './vite.shared.ts';

/** The file browser.ts registers (MEDIA_WORKER_FILE in src/renderer/src/platform/browser.ts). */
const MEDIA_WORKER_FILE = 'media-worker.js';

/** The media service worker as one classic script (no imports: not every browser runs module service workers). */
async function bundleMediaWorker(entry: string): Promise<string> {
  const result = await build({
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      target: rendererBuild.target,
      write: false,
      lib: { entry, formats: ['iife'], name: 'kubedeckMediaWorker', fileName: () => MEDIA_WORKER_FILE },
    },
  });
  const [output] = Array.isArray(result) ? result : [result];
  const chunk = 'output' in output ? output.output.find((file) => file.type === 'chunk') : undefined;
  if (!chunk) throw new Error('the media worker was not built');
  return chunk.code;
}

/** The media worker named MEDIA_WORKER_FILE at the root of the app, so that its scope is the app: in the build, and served by `npm run dev:web`. */
function mediaWorkerPlugin(entry: string): Plugin {
  return {
    name: 'kubedeck-media-worker',
    configureServer(server) {
      // Bundled again on each request, so that edits to the worker are picked up.
      server.middlewares.use(`/${MEDIA_WORKER_FILE}`, (_request, response, next) => {
        bundleMediaWorker(entry).then((code) => {
          response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          response.end(code);
        }, next);
      });
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: MEDIA_WORKER_FILE, source: await bundleMediaWorker(entry) });
    },
  };
}

export default defineConfig({
  root: 'src/renderer',
  base: './',
  resolve: { alias: { $platform: resolve('src/renderer/src/platform/browser.ts') } },
  plugins: [
    svelte({ configFile: resolve('svelte.config.js') }),
    bundledDecksPlugin(resolve('decks')),
    mediaWorkerPlugin(resolve('src/renderer/src/platform/mediaWorker.ts')),
    ...rendererPlugins(),
  ],
  build: { ...rendererBuild, outDir: resolve('out/web'), emptyOutDir: true },
  server: { host: '127.0.0.1', fs: { allow: [resolve('.')] } },
});
