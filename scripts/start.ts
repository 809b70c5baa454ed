// `npm start`: the Electron app when its binary is installed; otherwise the same renderer as a
// web app on 127.0.0.1, in a Chromium app window when one can be opened. The decisions live in
// src/node/launcher.ts (unit-tested); this file only carries them out.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import {
  chromiumAppArguments,
  exitCodeOfSignal,
  findChromium,
  findElectronBinary,
  needsNoSandbox,
  nextPort,
  noWindowReason,
  parentGone,
  PORT_ATTEMPTS,
  requestedPort,
} from '../src/node/launcher.ts';
import { launcherLocale, launcherSay, type LauncherMessageKey } from '../src/node/launcherMessages.ts';
import { createWebServer, listen } from '../src/node/webServer.ts';

const root = resolve(import.meta.dirname, '..');
const locale = launcherLocale(process.env);
const say = (key: LauncherMessageKey, params: Record<string, string | number> = {}) => console.log(launcherSay(key, locale, params));
const readText = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);

let stop: (signal: 'SIGINT' | 'SIGTERM' | 'SIGHUP') => void = (signal) => process.exit(exitCodeOfSignal(signal));
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(signal));
// npm hands SIGTERM/SIGINT to the process it spawned, the `sh -c` it runs the script in. The start
// script `exec`s this one in that shell's place: dash (Debian's sh) would keep a SIGINT until its
// child ends, so a SIGINT to npm would never reach the server. Where a shell stays in between
// (cmd.exe runs the fallback after `||`) or npm itself is killed, stop when the parent is gone.
const parentAtStart = process.ppid;
setInterval(() => parentGone(parentAtStart, process.ppid) && stop('SIGTERM'), 500).unref();

const electron = findElectronBinary(join(root, 'node_modules/electron'), process.env, existsSync, readText);
if (electron) {
  const child = spawn(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'preview'], { cwd: root, stdio: 'inherit' });
  stop = (signal) => child.kill(signal);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? exitCodeOfSignal(signal as 'SIGTERM') : 0)));
} else {
  say('start.noElectron');
  const first = requestedPort(process.env);
  if (first === undefined) {
    console.error(launcherSay('start.badPort', locale, { value: process.env.KUBEDECK_PORT ?? '' }));
    process.exit(2);
  }
  await build({ configFile: join(root, 'vite.web.config.ts'), logLevel: 'warn' });
  const server = createWebServer(join(root, 'out/web'));
  const url = await listenFrom(server, first);
  let browser: ChildProcess | undefined;
  stop = (signal) => {
    browser?.unref();
    server.close();
    server.closeAllConnections();
    say('start.stopped');
    process.exit(exitCodeOfSignal(signal));
  };

  const chromium = findChromium(process.platform, process.env, existsSync);
  const reason = noWindowReason(process.platform, process.env, chromium);
  if (reason || !chromium) {
    say(`start.served.${reason ?? 'no-chromium'}`, { url });
  } else {
    const noSandbox = needsNoSandbox(process.platform, process.getuid?.());
    const profile = join(homedir(), '.config', 'kubedeck', 'web-profile');
    browser = spawn(chromium, chromiumAppArguments(url, profile, { noSandbox }), { stdio: 'ignore', detached: true });
    browser.on('error', (error) => say('start.browserFailed', { detail: error.message, url }));
    browser.on('exit', (code, signal) => {
      if (code !== 0) say('start.browserFailed', { detail: signal ?? `exit ${code}`, url });
    });
    browser.unref();
    say(noSandbox ? 'start.openingAsRoot' : 'start.opening', { url });
  }
}

/** Listens on `first`, or on the next ports while they are in use, saying so for each. */
async function listenFrom(server: Server, first: number): Promise<string> {
  for (let port: number | undefined = first; port !== undefined; ) {
    try {
      return await listen(server, port);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      const next = nextPort(first, port);
      if (next !== undefined) say('start.portInUse', { port, next });
      port = next;
    }
  }
  console.error(launcherSay('start.noFreePort', locale, { first, last: first + PORT_ATTEMPTS - 1 }));
  process.exit(1);
}
