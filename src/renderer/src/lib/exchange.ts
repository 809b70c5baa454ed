// Deck import and export in the app: the exchange modules (with SQLite in WebAssembly for Anki
// packages) load only when the student imports or exports something.
import { deckImageUrl } from '../../../shared/decks/assets';
import type { Deck } from '../../../shared/decks/types';
import type { ExportFormat, ExportedFile, ImportOptions, ImportResult } from '../../../shared/exchange';
import type { SqlEngine } from '../../../shared/exchange/sqlite';
import { deckContexts } from './deckContext';

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
  const loadMedia = format === 'apkg' ? await deckImages() : undefined;
  return exportDecks(decks, format, { sqlEngine, title, loadMedia });
}

/** The images of the listed decks as the app serves them (bundled images, imported media), for Anki packages. */
async function deckImages(): Promise<(deck: Deck, src: string) => Promise<Uint8Array | undefined>> {
  const contexts = await deckContexts();
  return async (deck, src) => {
    const base = contexts.get(deck.id)?.assetBase;
    const url = base === undefined ? undefined : deckImageUrl(src, base);
    if (!url) return undefined;
    const response = await fetch(url).catch(() => undefined);
    return response?.ok ? new Uint8Array(await response.arrayBuffer()) : undefined;
  };
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
