// Deck import and export in the app: the exchange modules (with SQLite in WebAssembly for Anki
// packages) load only when the student imports or exports something; imports run in a worker.
import { deckMediaUrl } from '../../../shared/decks/assets';
import type { Deck } from '../../../shared/decks/types';
import { ExchangeError } from '../../../shared/exchange/errors';
import type { DelimitedPreview, ExchangeOptions, ExchangeProgress, ExportFormat, ExportedFile, ImportResult } from '../../../shared/exchange';
import type { ImportReply, ImportRequest, WorkerImportOptions } from '../exchange/protocol';
import { Cancelled, runInWorker, type ReplyOutcome } from './workerTask';
import { deckContexts } from './deckContext';
import { sqlEngine } from './sqlEngine';

export const exchangeModule = () => import('../../../shared/exchange');

/** `onNotWrittenBack`: told each note of the student's Anki collection an Anki package cannot give back edited (exportApkg). */
export async function exportDeckFile(decks: Deck[], format: ExportFormat, title?: string, onNotWrittenBack?: (guid: string) => void): Promise<ExportedFile> {
  const { exportDecks } = await exchangeModule();
  const loadMedia = format === 'apkg' ? await deckMedia() : undefined;
  return exportDecks(decks, format, { sqlEngine, title, loadMedia, onNotWrittenBack });
}

/** The media of the listed decks as the app serves them (bundled images, imported media), for Anki packages. */
async function deckMedia(): Promise<(deck: Deck, src: string) => Promise<Uint8Array | undefined>> {
  const contexts = await deckContexts();
  return async (deck, src) => {
    const base = contexts.get(deck.id)?.assetBase;
    const url = base === undefined ? undefined : deckMediaUrl(src, base);
    if (!url) return undefined;
    const response = await fetch(url).catch(() => undefined);
    return response?.ok ? new Uint8Array(await response.arrayBuffer()) : undefined;
  };
}

/** One request to a fresh import worker; aborting `signal` ends the worker and rejects as cancelled. */
async function inImportWorker<T>(request: ImportRequest, pick: (reply: ImportReply) => T | undefined, signal?: AbortSignal, onProgress?: (progress: ExchangeProgress) => void): Promise<T> {
  if (signal?.aborted) throw new ExchangeError('cancelled');
  const worker = new Worker(new URL('../exchange/importWorker.ts', import.meta.url), { type: 'module' });
  const running = runInWorker(worker, request, (reply: ImportReply): ReplyOutcome<T> => {
    if (reply.kind === 'progress') onProgress?.(reply.progress);
    else if (reply.kind === 'refused') return { error: new ExchangeError(reply.code, reply.params, reply.problems) };
    else if (reply.kind === 'failed') return { error: new Error(reply.error) };
    else {
      const value = pick(reply);
      if (value !== undefined) return { value };
    }
    return undefined;
  }, [request.bytes.buffer as ArrayBuffer]);
  const cancel = () => running.cancel();
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    return await running.done;
  } catch (error) {
    throw error instanceof Cancelled ? new ExchangeError('cancelled') : error;
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
}

/** Converts a file into decks in a worker: the page stays responsive and Cancel always answers. */
export async function importDeckFile(file: File, options: WorkerImportOptions & ExchangeOptions): Promise<ImportResult> {
  const { signal, onProgress, ...crossing } = options;
  const request: ImportRequest = { kind: 'import', name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), options: crossing };
  return inImportWorker(request, (reply) => (reply.kind === 'imported' ? reply.result : undefined), signal, onProgress);
}

/** The guessed columns of a TSV/CSV file (read strictly, as the import reads it), in a worker too. */
export async function previewDelimitedFile(file: File, signal?: AbortSignal): Promise<DelimitedPreview> {
  const request: ImportRequest = { kind: 'preview-delimited', bytes: new Uint8Array(await file.arrayBuffer()) };
  return inImportWorker(request, (reply) => (reply.kind === 'previewed' ? reply.preview : undefined), signal);
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
