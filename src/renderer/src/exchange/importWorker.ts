// The import Web Worker: one file in, the decks it would add (or why it is refused) out.
import { ExchangeError, importFile, previewDelimitedFile, type ImportResult } from '../../../shared/exchange';
import { sqlEngine } from '../lib/sqlEngine';
import type { ImportReply, ImportRequest } from './protocol';

const reply = (message: ImportReply, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

/** The media bytes travel back without a copy (several may share one buffer: each is moved once). */
const mediaBuffers = (result: ImportResult) => [...new Set(result.media.map((media) => media.bytes.buffer as ArrayBuffer))];

self.addEventListener('message', async (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  try {
    if (request.kind === 'preview-delimited') reply({ kind: 'previewed', preview: previewDelimitedFile(request.bytes) });
    else {
      const result = await importFile(request.name, request.bytes, { ...request.options, sqlEngine, onProgress: (progress) => reply({ kind: 'progress', progress }) });
      reply({ kind: 'imported', result }, mediaBuffers(result));
    }
  } catch (error) {
    if (error instanceof ExchangeError) reply({ kind: 'refused', code: error.code, params: error.params, problems: error.problems });
    else reply({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
  }
});
