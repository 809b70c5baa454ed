// Decompression bombs are refused by their expansion, early: past a few megabytes of output, data
// that grew more than a hundred times its compressed input is not a deck (SQLite collections and
// media compress a few times at most). So a small bomb costs tens of megabytes of memory before
// its refusal, not the size budget of a large, legitimate package.
import { ExchangeError } from './errors';

const MB = 1024 * 1024;
/** Output below this is never judged: small files may compress very well. */
export const BOMB_FLOOR_BYTES = 32 * MB;
export const MAX_EXPANSION = 100;

/** Throws `zip-bomb` when `output` bytes came out of `input` bytes of compressed data. */
export function refuseBomb(output: number, input: number): void {
  if (output > BOMB_FLOOR_BYTES && output > MAX_EXPANSION * input) throw new ExchangeError('zip-bomb', { ratio: MAX_EXPANSION });
}
