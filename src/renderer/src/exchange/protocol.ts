// Messages between the import panel and the import Web Worker, which reads and converts files
// (Anki packages, bundles, TSV) off the page's thread: the page stays responsive and Cancel ends
// the worker at once, whatever it is doing.
import type { DeckProblem } from '../../../shared/decks/types';
import type { DelimitedPreview, ExchangeProgress, ImportOptions, ImportResult } from '../../../shared/exchange';
import type { ExchangeErrorCode } from '../../../shared/exchange/errors';

/** The import options that cross to the worker (no callbacks, no signal: cancel terminates it). */
export type WorkerImportOptions = Omit<ImportOptions, 'sqlEngine' | 'signal' | 'onProgress'>;

export type ImportRequest =
  | { kind: 'import'; name: string; bytes: Uint8Array; options: WorkerImportOptions }
  | { kind: 'preview-delimited'; bytes: Uint8Array };

export type ImportReply =
  | { kind: 'progress'; progress: ExchangeProgress }
  | { kind: 'imported'; result: ImportResult }
  | { kind: 'previewed'; preview: DelimitedPreview }
  /** An ExchangeError, carried as its code and params to be shown in the page's language. */
  | { kind: 'refused'; code: ExchangeErrorCode; params: Record<string, string | number>; problems: DeckProblem[] }
  | { kind: 'failed'; error: string };
