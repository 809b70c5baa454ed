// `npm start`: the Electron app when its binary is installed; otherwise the same renderer as a
// web app on 127.0.0.1, in a Chromium app window when one is found.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { chromiumAppArguments, findChromium, findElectronBinary, WEB_TWIN_PORT } from '../src/node/launcher';
import { createWebServer, listen } from '../src/node/webServer';

const root = resolve(import.meta.dirname, '..');
const readText = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);
const electron = findElectronBinary(join(root, 'node_modules/electron'), process.env, existsSync, readText);

if (electron) {
  const child = spawn(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'preview'], {
    cwd: root,
    stdio: 'inherit',
  });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    'The Electron binary is not installed (it cannot be downloaded offline), so KubeDeck starts as a web app on 127.0.0.1 instead.',
  );
  await build({ configFile: join(root, 'vite.web.config.ts'), logLevel: 'warn' });
  const port = Number(process.env.KUBEDECK_PORT ?? WEB_TWIN_PORT);
  const url = await listen(createWebServer(join(root, 'out/web')), port);
  const chromium = findChromium(process.platform, process.env, existsSync);
  const hasDisplay = process.platform !== 'linux' || !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (chromium && hasDisplay && !process.env.KUBEDECK_NO_BROWSER) {
    const profile = join(homedir(), '.config', 'kubedeck', 'web-profile');
    spawn(chromium, chromiumAppArguments(url, profile), { stdio: 'ignore', detached: true }).unref();
    console.log(`KubeDeck is open in a Chromium window (${url}). Press Ctrl+C to stop.`);
  } else {
    console.log(`KubeDeck is served at ${url} — open it in a browser. Press Ctrl+C to stop.`);
  }
}
