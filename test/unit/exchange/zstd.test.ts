import { describe, expect, it } from 'vitest';
import type { ExchangeProgress } from '../../../src/shared/exchange/progress';
import { largestZstdWindow, unzstd } from '../../../src/shared/exchange/zstd';
import { zstd } from '../../fixtures/anki/currentPackages';
import { exchangeFailure as failure } from './helpers';

const MB = 1024 * 1024;

/** Text that compresses but is not trivial: several blocks of real Huffman/FSE-coded data. */
function sampleText(bytes: number): Uint8Array {
  const words = ['volume', 'PersistentVolumeClaim', 'StorageClass', 'Ingress', 'MetalLB', 'cert-manager', 'Calico', 'Cilium'];
  let text = '';
  for (let i = 0; text.length < bytes; i++) text += `${words[(i * 7) % words.length]}-${i % 97} `;
  return new TextEncoder().encode(text.slice(0, bytes));
}

describe('zstd decompression', { timeout: 30_000 }, () => {
  it('gives back what the reference zstd compressed, at fast and strong levels, over many blocks', async () => {
    const original = sampleText(300_000);
    for (const level of [1, 3, 9]) {
      const compressed = await zstd(original, level);
      expect(compressed.length).toBeLessThan(original.length / 4);
      expect(Buffer.compare(await unzstd(compressed, 16 * MB, 'x'), original)).toBe(0);
    }
  });

  it('reads concatenated frames and skips skippable frames, as multi-threaded encoders write them', async () => {
    const [a, b] = [sampleText(1000), new TextEncoder().encode('fin')];
    const skippable = new Uint8Array([0x50, 0x2a, 0x4d, 0x18, 3, 0, 0, 0, 9, 9, 9]);
    const joined = new Uint8Array([...(await zstd(a)), ...skippable, ...(await zstd(b))]);
    expect(new TextDecoder().decode(await unzstd(joined, MB, 'x'))).toBe(new TextDecoder().decode(a) + 'fin');
  });

  it('refuses damaged data, naming the file', async () => {
    const compressed = await zstd(sampleText(5000));
    for (const damaged of [compressed.subarray(0, compressed.length - 10), new TextEncoder().encode('SQLite format 3\0'), compressed.map((byte, i) => (i > 12 ? byte ^ 0x5a : byte))]) {
      const error = await failure(unzstd(damaged, MB, 'collection.anki21b'));
      expect(error.code).toBe('bad-zstd');
      expect(error.localized('fr')).toMatch(/^Le fichier compressé « collection\.anki21b » de ce paquet est endommagé : /);
    }
  });

  it('stops a zstd bomb at the budget: a declared size or window over it is refused before decoding', async () => {
    const zeros = new Uint8Array(8 * MB);
    const bomb = await zstd(zeros);
    expect(bomb.length).toBeLessThan(1024);
    expect(largestZstdWindow(bomb)).toBe(8 * MB);
    expect((await failure(unzstd(bomb, 2 * MB, 'x'))).code).toBe('zip-too-large');
    // A 1-block frame whose header asks for a 2 GB window: refused without allocating it.
    const hugeWindow = new Uint8Array([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0xa8, 0x01, 0x00, 0x00]);
    expect(largestZstdWindow(hugeWindow)).toBeGreaterThan(1024 * MB);
    expect((await failure(unzstd(hugeWindow, 64 * MB, 'x'))).code).toBe('zip-too-large');
  });

  it('reports progress on a large input up to its size, and stops when cancelled', async () => {
    // Pseudo-random bytes barely compress: the input spans several chunks.
    let x = 2463534242;
    const noise = Uint8Array.from({ length: 2 * MB }, () => ((x ^= x << 13), (x ^= x >>> 17), (x ^= x << 5), x & 0xff));
    const compressed = await zstd(noise, 1);
    expect(compressed.length).toBeGreaterThan(MB);
    const reports: ExchangeProgress[] = [];
    const out = await unzstd(compressed, 16 * MB, 'x', { onProgress: (p) => reports.push(p) });
    expect(Buffer.compare(out, noise)).toBe(0); // toEqual on megabytes is slow
    expect(reports[0]).toEqual({ phase: 'unzipping', done: 0, total: compressed.length });
    expect(reports.at(-1)).toEqual({ phase: 'unzipping', done: compressed.length, total: compressed.length });
    const controller = new AbortController();
    controller.abort();
    expect((await failure(unzstd(compressed, 16 * MB, 'x', { signal: controller.signal }))).code).toBe('cancelled');
  });
});
