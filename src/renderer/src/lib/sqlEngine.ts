// SQLite in WebAssembly for Anki packages, loaded on first use. Its own module: the import worker
// needs it without the rest of the app (platform, deck contexts) coming along.
import type { SqlEngine } from '../../../shared/exchange/sqlite';

let engine: Promise<SqlEngine> | undefined;

/** sql.js with its wasm file, emitted by Vite next to the app (CSP: 'self' + 'wasm-unsafe-eval'). */
export function sqlEngine(): Promise<SqlEngine> {
  engine ??= (async () => {
    const [{ loadSqlEngine }, { default: wasmUrl }] = await Promise.all([
      import('../../../shared/exchange/sqlite'),
      import('sql.js/dist/sql-wasm-browser.wasm?url'),
    ]);
    const response = await fetch(wasmUrl);
    return loadSqlEngine(new Uint8Array(await response.arrayBuffer()));
  })();
  return engine;
}

