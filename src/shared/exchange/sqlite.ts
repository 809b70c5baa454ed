// SQLite (for Anki collections) through sql.js, a maintained WebAssembly build. The wasm bytes are
// passed in by the platform: Node reads them from node_modules (src/node/exchange/sqlEngine.ts),
// the renderer fetches the file Vite emits for `sql.js/dist/sql-wasm-browser.wasm?url`.
import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';

export type SqlEngine = SqlJsStatic;
export type SqlDatabase = Database;

export function loadSqlEngine(wasmBinary: Uint8Array): Promise<SqlEngine> {
  return initSqlJs({ wasmBinary: wasmBinary as unknown as ArrayBuffer });
}

/** Every row of `sql` as objects keyed by column name. */
export function selectAll(db: SqlDatabase, sql: string): Record<string, unknown>[] {
  const statement = db.prepare(sql);
  const rows: Record<string, unknown>[] = [];
  try {
    while (statement.step()) rows.push(statement.getAsObject());
  } finally {
    statement.free();
  }
  return rows;
}
