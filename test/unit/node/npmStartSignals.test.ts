// `npm start` as a user or a process manager stops it: a signal to the npm process itself (not to
// the whole process group, as Ctrl+C in a terminal does). npm forwards SIGINT and SIGTERM to its
// child only; the test checks that the server stops and that nothing npm started is left running.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/** Whether something accepts connections on the port. */
function answers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => { socket.destroy(); done(true); });
    socket.once('error', () => done(false));
  });
}

/** Every process below `pid` (Linux /proc). */
function descendants(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch { /* gone meanwhile */ }
  }
  const found: number[] = [];
  for (let frontier = [pid]; frontier.length > 0; ) {
    frontier = [...parents].filter(([, parent]) => frontier.includes(parent)).map(([child]) => child);
    found.push(...frontier);
  }
  return found;
}

/** Whether the process still runs: a zombie (ended, not yet reaped by whoever adopted it) does not. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** A process as `ps` would name it, for a failure to say what was left running. */
const commandLine = (pid: number) => {
  try {
    return `${pid} ${readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim()}`;
  } catch {
    return `${pid}`;
  }
};

describe.skipIf(process.platform !== 'linux')('npm start stops on a signal sent to npm alone', () => {
  // A failing run must not leave a server behind.
  let started: number[] = [];
  afterEach(() => {
    for (const pid of started.filter(alive)) process.kill(pid, 'SIGKILL');
    started = [];
  });
  it.each(['SIGINT', 'SIGTERM'] as const)('%s: the server stops, npm and its children exit', async (signal) => {
    const port = await freePort();
    const npm = spawn('npm', ['start'], {
      cwd: root,
      env: { ...process.env, KUBEDECK_NO_BROWSER: '1', KUBEDECK_PORT: String(port), LANG: 'C.UTF-8' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    started.push(npm.pid!);
    const exited = once(npm, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    let output = '';
    npm.stdout.setEncoding('utf8');
    await new Promise<void>((served, failed) => {
      npm.stdout.on('data', (chunk: string) => {
        output += chunk;
        if (output.includes(`http://127.0.0.1:${port}/`)) served();
      });
      void exited.then(([code]) => failed(new Error(`npm start exited (${code}) before serving:\n${output}`)));
    });
    expect(await answers(port)).toBe(true);
    const children = descendants(npm.pid!);
    started.push(...children);
    expect(children.length).toBeGreaterThan(0);

    npm.kill(signal);
    const [code, killedBy] = await exited;

    // npm ends as a signalled process does: by the signal, or with 128 + its number.
    expect(killedBy ?? code, `npm's end; its output:\n${output}`).toBeOneOf([signal, { SIGINT: 130, SIGTERM: 143 }[signal]]);
    expect(await answers(port), 'the port still answers').toBe(false);
    // A grandchild (vite's esbuild service) ends when it sees its parent gone, which may come just
    // after npm's own exit: wait for that, not for a time.
    await expect.poll(() => children.filter(alive).map(commandLine), { timeout: 20_000 }).toEqual([]);
  }, 120_000);
});
