// Export of decks to one file in any format, for the CLI and (later) the app's "Export" menu.
// PDF is the HTML sheet printed by Chromium: src/node/exchange/pdf.ts in Node.
import type { Deck } from '../decks/types';
import { exportApkg, type ApkgExportOptions } from './anki/exportApkg';
import { bundleToYaml } from './bundle';
import { exportTsv } from './delimited';
import { ExchangeError } from './errors';
import { exportHtml } from './htmlSheet';
import { deckToYaml } from './nativeYaml';
import type { ExchangeOptions } from './progress';
import type { SqlEngine } from './sqlite';

export const EXPORT_FORMATS = ['yaml', 'bundle', 'apkg', 'tsv', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions extends ExchangeOptions, Pick<ApkgExportOptions, 'loadMedia' | 'previous' | 'onNotWrittenBack'> {
  /** SQLite for Anki packages, loaded only when one is exported. */
  sqlEngine?: () => Promise<SqlEngine>;
  /** Title of a bundle or of a sheet of several decks. */
  title?: string;
  now?: Date;
}

export interface ExportedFile {
  /** A suggested file name. */
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

const FILE = {
  yaml: { extension: 'yaml', mimeType: 'application/yaml' },
  bundle: { extension: 'bundle.yaml', mimeType: 'application/yaml' },
  apkg: { extension: 'apkg', mimeType: 'application/zip' },
  tsv: { extension: 'tsv', mimeType: 'text/tab-separated-values' },
  html: { extension: 'html', mimeType: 'text/html' },
} satisfies Record<ExportFormat, { extension: string; mimeType: string }>;

export const isExportFormat = (value: string): value is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(value);

async function exportBytes(decks: Deck[], format: ExportFormat, options: ExportOptions): Promise<Uint8Array> {
  const text = (value: string) => new TextEncoder().encode(value);
  switch (format) {
    case 'yaml':
      if (decks.length !== 1) throw new ExchangeError('one-deck-only', { format: 'yaml', count: decks.length });
      return text(deckToYaml(decks[0]));
    case 'bundle':
      return text(bundleToYaml({ title: options.title, decks }));
    case 'apkg': {
      if (!options.sqlEngine) throw new Error('exportDecks: an sqlEngine is needed for Anki packages');
      return exportApkg(decks, await options.sqlEngine(), options);
    }
    case 'tsv':
      return text(exportTsv(decks));
    case 'html':
      return text(exportHtml(decks, options.title));
  }
}

export async function exportDecks(decks: Deck[], format: ExportFormat, options: ExportOptions = {}): Promise<ExportedFile> {
  if (decks.length === 0) throw new ExchangeError('no-decks');
  const bytes = await exportBytes(decks, format, options);
  const base = decks.length === 1 ? decks[0].id : 'kubedeck-decks';
  return { fileName: `${base}.${FILE[format].extension}`, mimeType: FILE[format].mimeType, bytes };
}
