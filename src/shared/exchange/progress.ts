// Progress reports and cancellation for long exports and imports (a 50 MB .apkg, 20,000 notes).
// Work loops call `ticker.tick(done)`: every few dozen milliseconds it reports progress, checks the
// AbortSignal and yields to the event loop, so that a "Cancel" button can be clicked meanwhile.
import { ExchangeError } from './errors';

/** `unzipping` a package, converting its `notes` (Anki) or `cards` (rows of a TSV/CSV, or an export). */
export type ExchangePhase = 'unzipping' | 'notes' | 'cards';

export interface ExchangeProgress {
  phase: ExchangePhase;
  done: number;
  total: number;
}

export interface ExchangeOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ExchangeProgress) => void;
}

const YIELD_EVERY_MS = 30;

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ExchangeError('cancelled');
}

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class Ticker {
  private last = Date.now();

  constructor(
    private readonly options: ExchangeOptions,
    private readonly phase: ExchangePhase,
    private readonly total: number,
  ) {
    throwIfCancelled(options.signal);
    options.onProgress?.({ phase, done: 0, total });
  }

  /** Reports `done` and lets other tasks run when enough time has passed since the last time. */
  async tick(done: number): Promise<void> {
    if (Date.now() - this.last < YIELD_EVERY_MS) return;
    this.options.onProgress?.({ phase: this.phase, done, total: this.total });
    await nextTurn();
    throwIfCancelled(this.options.signal);
    this.last = Date.now();
  }

  finish(): void {
    throwIfCancelled(this.options.signal);
    this.options.onProgress?.({ phase: this.phase, done: this.total, total: this.total });
  }
}
