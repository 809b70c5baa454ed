// sql.js for Node: the wasm file is read from the installed package (no network, no bundler),
// once per process.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { loadSqlEngine, type SqlEngine } from '../../shared/exchange/sqlite';

let engine: Promise<SqlEngine> | undefined;

export function sqlWasmPath(): string {
  return createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm');
}

export function nodeSqlEngine(): Promise<SqlEngine> {
  engine ??= readFile(sqlWasmPath()).then((bytes) => loadSqlEngine(new Uint8Array(bytes)));
  return engine;
}
