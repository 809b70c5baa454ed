// Zstandard decompression (current Anki packages compress their collection, media list and media
// files with it) through fzstd, a small pure-JavaScript decoder: no WebAssembly to load, runs in
// Node, the browser and the CLI alike. Compressed data from a stranger may lie: before anything
// is decoded, every frame header is read (RFC 8878) and a frame whose window or declared size
// exceeds the budget is refused, since the decoder would allocate that much up front; while
// decoding, the bytes actually produced are counted against the same budget.
import { Decompress } from 'fzstd';
import { refuseBomb } from './bombGuard';
import { ExchangeError } from './errors';
import { Ticker, type ExchangeOptions } from './progress';
import { concatChunks } from './zip';

const FRAME_MAGIC = 0xfd2fb528;
const MB = 1024 * 1024;

const isSkippableMagic = (magic: number) => magic >>> 4 === 0x184d2a5;

function readLittleEndian(bytes: Uint8Array, offset: number, length: number): number {
  let value = 0;
  for (let i = length - 1; i >= 0; i--) value = value * 256 + bytes[offset + i];
  return value;
}

/** The largest memory any frame asks for up front (its window, or its whole size when single-segment). */
export function largestZstdWindow(bytes: Uint8Array): number {
  let largest = 0;
  let offset = 0;
  const need = (length: number) => {
    if (offset + length > bytes.length) throw new Error('truncated frame');
  };
  while (offset < bytes.length) {
    need(4);
    const magic = readLittleEndian(bytes, offset, 4);
    if (isSkippableMagic(magic)) {
      need(8);
      offset += 8 + readLittleEndian(bytes, offset + 4, 4);
      continue;
    }
    if (magic !== FRAME_MAGIC) throw new Error('not a zstd frame');
    need(6);
    const descriptor = bytes[offset + 4];
    const singleSegment = (descriptor >> 5) & 1;
    const hasChecksum = (descriptor >> 2) & 1;
    const dictionaryBytes = [0, 1, 2, 4][descriptor & 3];
    const sizeFlag = descriptor >> 6;
    const sizeBytes = sizeFlag === 0 ? singleSegment : 1 << sizeFlag;
    let cursor = offset + 5;
    let window = 0;
    if (!singleSegment) {
      const exponent = bytes[cursor] >> 3;
      const base = 2 ** (10 + exponent);
      window = base + (base / 8) * (bytes[cursor] & 7);
      cursor += 1;
    }
    cursor += dictionaryBytes;
    need(cursor - offset + sizeBytes);
    if (sizeBytes > 0) {
      const size = readLittleEndian(bytes, cursor, sizeBytes) + (sizeBytes === 2 ? 256 : 0);
      window = Math.max(window, singleSegment ? size : 0);
      largest = Math.max(largest, size);
    }
    largest = Math.max(largest, window);
    offset = cursor + sizeBytes;
    // Walk the blocks: each has a 3-byte header giving its type and size.
    for (let last = false; !last; ) {
      need(3);
      const header = readLittleEndian(bytes, offset, 3);
      last = (header & 1) === 1;
      const type = (header >> 1) & 3;
      const size = header >>> 3;
      if (type === 3) throw new Error('reserved block type');
      offset += 3 + (type === 1 ? 1 : size);
    }
    offset += hasChecksum ? 4 : 0;
    if (offset > bytes.length) throw new Error('truncated frame');
  }
  return largest;
}

const CHUNK_BYTES = 256 * 1024;

/**
 * The decompressed bytes of `name`, or an ExchangeError: `zip-too-large` past `maxBytes`,
 * `bad-zstd` for damaged data. With `progress`, the input is fed in chunks that report progress
 * and may be cancelled (a large collection takes a second or more to decode).
 */
export async function unzstd(bytes: Uint8Array, maxBytes: number, name: string, progress?: ExchangeOptions): Promise<Uint8Array> {
  const tooLarge = () => new ExchangeError('zip-too-large', { max: Math.round(maxBytes / MB) });
  const chunks: Uint8Array[] = [];
  let size = 0;
  let pushed = 0;
  const stream = new Decompress((chunk) => {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge();
    refuseBomb(size, pushed);
    chunks.push(chunk);
  });
  const ticker = progress && new Ticker(progress, 'unzipping', bytes.length);
  try {
    const window = largestZstdWindow(bytes);
    if (window > maxBytes) throw tooLarge();
    // The window is allocated before any output: a tiny frame declaring a huge one is a bomb too.
    refuseBomb(window, bytes.length);
    for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) {
      pushed = Math.min(bytes.length, offset + CHUNK_BYTES);
      stream.push(bytes.subarray(offset, offset + CHUNK_BYTES), offset + CHUNK_BYTES >= bytes.length);
      await ticker?.tick(offset);
    }
  } catch (error) {
    if (error instanceof ExchangeError) throw error;
    throw new ExchangeError('bad-zstd', { name, detail: (error as Error).message });
  }
  ticker?.finish();
  return concatChunks(chunks, size);
}
