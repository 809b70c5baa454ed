// Deck import and export in the app: the exchange modules (with SQLite in WebAssembly for Anki
// packages) load only when the student imports or exports something.
import type { Deck } from '../../../shared/decks/types';
import type { ExportFormat, ExportedFile, ImportOptions, ImportResult } from '../../../shared/exchange';
import type { SqlEngine } from '../../../shared/exchange/sqlite';

export const exchangeModule = () => import('../../../shared/exchange');

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

export async function exportDeckFile(decks: Deck[], format: ExportFormat, title?: string): Promise<ExportedFile> {
  const { exportDecks } = await exchangeModule();
  return exportDecks(decks, format, { sqlEngine, title });
}

export async function importDeckFile(file: File, options: Omit<ImportOptions, 'sqlEngine'>): Promise<ImportResult> {
  const { importFile } = await exchangeModule();
  return importFile(file.name, new Uint8Array(await file.arrayBuffer()), { ...options, sqlEngine });
}

/** Saves bytes as a file: the browser's download (Electron shows its save dialog). */
export function download(fileName: string, mimeType: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
