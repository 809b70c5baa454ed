// Zip archives (Anki packages) through fflate. Reading streams the archive in small chunks and
// counts the bytes actually inflated, so a zip bomb (tiny archive, huge content, sizes that lie)
// is stopped as soon as it passes the limit, before it costs much memory or time; chunks also
// give progress reports and a chance to cancel.
import { Unzip, UnzipInflate, zipSync, type Zippable } from 'fflate';
import { refuseBomb } from './bombGuard';
import { ExchangeError } from './errors';
import { Ticker, type ExchangeOptions } from './progress';

export interface ZipLimits {
  /** Total size of the kept entries once inflated. */
  maxTotalBytes: number;
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxTotalBytes: 1024 * 1024 * 1024, maxEntries: 100_000 };

export interface ReadZipOptions extends ExchangeOptions {
  limits?: Partial<ZipLimits>;
  /** Which entries to inflate and return (default: all). The others are skipped unread. */
  keep?: (name: string) => boolean;
}

const CHUNK_BYTES = 64 * 1024;
const MB = 1024 * 1024;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/** The chunks of a stream as one array of `size` bytes. */
export function concatChunks(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** The kept entries of a zip archive, by name. */
export async function readZip(bytes: Uint8Array, options: ReadZipOptions = {}): Promise<Map<string, Uint8Array>> {
  const limits = { ...DEFAULT_ZIP_LIMITS, ...options.limits };
  const keep = options.keep ?? (() => true);
  if (!isZip(bytes)) throw new ExchangeError('bad-zip', { detail: 'no zip signature' });
  const files = new Map<string, Uint8Array>();
  const unfinished = new Set<string>();
  let entries = 0;
  let total = 0;
  /** Compressed bytes given to the unzipper so far, against which the output is judged. */
  let pushed = 0;
  const unzip = new Unzip((file) => {
    if (++entries > limits.maxEntries) throw new ExchangeError('zip-too-many-entries', { max: limits.maxEntries });
    if (!keep(file.name)) return;
    const chunks: Uint8Array[] = [];
    let size = 0;
    unfinished.add(file.name);
    file.ondata = (error, chunk, final) => {
      if (error) throw error instanceof ExchangeError ? error : new ExchangeError('bad-zip', { detail: error.message });
      size += chunk.length;
      total += chunk.length;
      if (total > limits.maxTotalBytes) throw new ExchangeError('zip-too-large', { max: Math.round(limits.maxTotalBytes / MB) });
      refuseBomb(total, pushed);
      chunks.push(chunk);
      if (final) {
        files.set(file.name, concatChunks(chunks, size));
        unfinished.delete(file.name);
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const ticker = new Ticker(options, 'unzipping', bytes.length);
  for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) {
    pushed = Math.min(bytes.length, offset + CHUNK_BYTES);
    try {
      unzip.push(bytes.subarray(offset, offset + CHUNK_BYTES), offset + CHUNK_BYTES >= bytes.length);
    } catch (error) {
      throw error instanceof ExchangeError ? error : new ExchangeError('bad-zip', { detail: (error as Error).message });
    }
    await ticker.tick(offset);
  }
  if (unfinished.size > 0) throw new ExchangeError('bad-zip', { detail: `truncated entry ${[...unfinished][0]}` });
  ticker.finish();
  return files;
}

/**
 * A zip of `entries`; `stored` names are kept uncompressed (media that are compressed already),
 * `mtime` (default: now) is every entry's time, so that equal inputs give equal bytes.
 */
export function writeZip(entries: Record<string, Uint8Array>, stored: ReadonlySet<string> = new Set(), mtime: Date = new Date()): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(entries)) zippable[name] = [data, { level: stored.has(name) ? 0 : 6, mtime }];
  return zipSync(zippable);
}
