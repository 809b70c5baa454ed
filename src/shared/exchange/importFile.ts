// Import of one file, whatever its format, into decks ready to save: every deck has a valid id
// that does not clash with the library (or replaces the deck of the same id when asked), passes
// parseDeck, and comes with the YAML text to write. Nothing is written here: the caller shows the
// plan (what would be added or replaced) and saves it, so a failed import changes nothing.
import { MAX_DECK_BYTES } from '../decks/parse';
import type { Deck } from '../decks/types';
import { decodeDeckBytes } from '../decks/utf8';
import { importApkg } from './anki/importApkg';
import { looksLikeBundle, parseBundle } from './bundle';
import type { ConvertedDecks } from './converted';
import { importDelimited, previewDelimited, type DelimitedImportOptions } from './delimited';
import { ExchangeError } from './errors';
import { slugify, uniqueId } from './ids';
import type { ImportedMedia } from './media';
import { deckToYaml, readNativeDeck } from './nativeYaml';
import { throwIfCancelled, type ExchangeOptions } from './progress';
import type { SqlEngine } from './sqlite';
import type { ImportWarning } from './warnings';
import { isZip, type ZipLimits } from './zip';

export type ImportFormat = 'kubedeck' | 'bundle' | 'apkg' | 'delimited';

export interface ImportLimits extends ZipLimits {
  /** Size of the file itself. */
  maxFileBytes: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = { maxFileBytes: 512 * 1024 * 1024, maxTotalBytes: 1024 * 1024 * 1024, maxEntries: 100_000 };
/** Text files (decks, bundles, TSV) are read whole as strings: a lower bound. */
const MAX_TEXT_BYTES = 4 * MAX_DECK_BYTES;

export interface ImportOptions extends ExchangeOptions {
  /** SQLite for Anki packages, loaded only when one is imported. */
  sqlEngine?: () => Promise<SqlEngine>;
  /** Ids of the decks already in the library. */
  existingDeckIds?: Iterable<string>;
  /** What to do with a deck whose id is already in the library: replace it, or import it under a new id (default). */
  onConflict?: 'replace' | 'keep-both';
  /** Language of decks from formats that do not record it (Anki, TSV). Default: detected from the cards, else `fr`. */
  lang?: string;
  /** For TSV/CSV: the mapping and settings chosen after `previewDelimited`; guessed when absent. */
  delimited?: Partial<DelimitedImportOptions>;
  limits?: Partial<ImportLimits>;
}

export interface PlannedDeck {
  deck: Deck;
  /** `replace`: a deck of the same id is in the library and will be overwritten. */
  action: 'add' | 'replace';
  /** The id the file gave (differs from `deck.id` when it was taken). */
  sourceId: string;
  /** The deck as `kubedeck/1` YAML, checked by parseDeck. */
  yaml: string;
}

export interface ImportResult {
  format: ImportFormat;
  decks: PlannedDeck[];
  media: ImportedMedia[];
  warnings: ImportWarning[];
}

const extension = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

export function detectImportFormat(name: string, bytes: Uint8Array): ImportFormat {
  if (isZip(bytes)) return 'apkg';
  const ext = extension(name);
  if (['tsv', 'csv', 'txt'].includes(ext)) return 'delimited';
  const start = new TextDecoder().decode(bytes.subarray(0, 4096));
  if (['yaml', 'yml', 'json'].includes(ext) || /^\s*(#.*\n\s*)*["']?format["']?\s*:/m.test(start) || start.trimStart().startsWith('{')) {
    return looksLikeBundle(start) ? 'bundle' : 'kubedeck';
  }
  if (ext === 'apkg' || ext === 'colpkg') return 'apkg'; // without a zip signature: readZip says why it is broken
  throw new ExchangeError('unknown-format', { name });
}

function decodeText(bytes: Uint8Array): string {
  if (bytes.length > MAX_TEXT_BYTES) {
    throw new ExchangeError('file-too-large', { size: (bytes.length / 1024 / 1024).toFixed(1), max: MAX_TEXT_BYTES / 1024 / 1024 });
  }
  const decoded = decodeDeckBytes(bytes, '');
  if ('problem' in decoded) {
    const { line, col, code, params } = decoded.problem;
    throw new ExchangeError('bad-text', { detail: `${code === 'nul-character' ? 'NUL' : `${params.byte}`} (${line}:${col})` });
  }
  return decoded.text;
}

/** The columns of a TSV/CSV file, guessed, for the student to map before importing it. */
export function previewDelimitedFile(bytes: Uint8Array) {
  return previewDelimited(decodeText(bytes));
}

async function convert(format: ImportFormat, name: string, bytes: Uint8Array, options: ImportOptions): Promise<ConvertedDecks> {
  const nothingElse = { media: [], warnings: [] };
  switch (format) {
    case 'kubedeck':
      return { decks: [readNativeDeck(decodeText(bytes), name)], ...nothingElse };
    case 'bundle': {
      const bundle = parseBundle(decodeText(bytes), name);
      return { decks: bundle.decks, ...nothingElse };
    }
    case 'apkg': {
      if (!options.sqlEngine) throw new Error('importFile: an sqlEngine is needed for Anki packages');
      const sql = await options.sqlEngine();
      return importApkg(bytes, sql, { ...options, limits: options.limits, lang: options.lang, source: name });
    }
    case 'delimited': {
      const text = decodeText(bytes);
      const preview = previewDelimited(text);
      const title = name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'import';
      return importDelimited(text, {
        mapping: preview.mapping,
        title: preview.deck ?? title,
        lang: options.lang,
        source: name,
        signal: options.signal,
        onProgress: options.onProgress,
        ...options.delimited,
      });
    }
  }
}

/** Gives each deck a free id (or marks it as replacing), then checks it through its own YAML. */
function plan(decks: Deck[], name: string, options: ImportOptions, warnings: ImportWarning[]): PlannedDeck[] {
  const existing = new Set(options.existingDeckIds ?? []);
  const taken = new Set(existing);
  const inThisFile = new Set<string>();
  return decks.map((deck) => {
    const sourceId = deck.id;
    let id = sourceId;
    let action: PlannedDeck['action'] = 'add';
    if (existing.has(id) && options.onConflict === 'replace' && !inThisFile.has(id)) {
      action = 'replace';
    } else if (taken.has(id)) {
      id = uniqueId(slugify(sourceId), taken);
      warnings.push({ code: 'deck-renamed', params: { title: deck.title, from: sourceId, to: id } });
    }
    taken.add(id);
    inThisFile.add(id);
    const yaml = deckToYaml({ ...deck, id });
    return { deck: readNativeDeck(yaml, name), action, sourceId, yaml };
  });
}

/** The planned deck in language `lang` (chosen in the import preview), its YAML written again. */
export function withDeckLanguage(planned: PlannedDeck, lang: string): PlannedDeck {
  if (planned.deck.lang === lang) return planned;
  const yaml = deckToYaml({ ...planned.deck, lang });
  return { ...planned, deck: readNativeDeck(yaml, `${planned.deck.id}.yaml`), yaml };
}

export async function importFile(name: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const limits = { ...DEFAULT_IMPORT_LIMITS, ...options.limits };
  throwIfCancelled(options.signal);
  if (bytes.length > limits.maxFileBytes) {
    throw new ExchangeError('file-too-large', { size: (bytes.length / 1024 / 1024).toFixed(1), max: Math.round(limits.maxFileBytes / 1024 / 1024) });
  }
  const format = detectImportFormat(name, bytes);
  const converted = await convert(format, name, bytes, { ...options, limits });
  if (converted.decks.length === 0) throw new ExchangeError('no-cards', { name });
  const warnings = [...converted.warnings];
  const decks = plan(converted.decks, name, options, warnings);
  throwIfCancelled(options.signal);
  return { format, decks, media: converted.media, warnings };
}
