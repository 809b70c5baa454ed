// The fit through fsrs-browser (fsrs-rs built to WebAssembly), whichever way its module was loaded:
// a Web Worker in the app, Node for tests and the bench. Only its type is imported here.
import type { Fsrs } from 'fsrs-browser';
import type { ParameterFitter } from './optimizer';

/** Passes over the log fsrs-rs makes; it logs a line "epoch: N loss: …" after each. */
export const EPOCHS = 5;

type FsrsClass = new () => Pick<Fsrs, 'computeParameters'>;
type Logger = Record<'log' | 'info', (...values: unknown[]) => void>;

/**
 * A fitter over fsrs-browser's Fsrs class. Its optional progress object can only be read from
 * another thread while the fit runs, so progress comes from the line fsrs-rs logs after each epoch,
 * caught on `logger` (the console; nothing else is logged then) for the duration of the fit.
 */
export function fsrsFitter(FsrsModel: FsrsClass, logger: Logger = console): ParameterFitter {
  return (set, onEpoch) => {
    const { log, info } = logger;
    // fsrs-rs writes through the `log` crate, which wasm-bindgen sends to console.info (log: older builds).
    logger.log = logger.info = (...values: unknown[]) => {
      const epoch = /^epoch: (\d+)/.exec(String(values[0]));
      if (epoch) onEpoch(Math.min(Number(epoch[1]), EPOCHS), EPOCHS);
    };
    try {
      // computeParameters takes the model over (frees it): one model per fit.
      return Array.from(new FsrsModel().computeParameters(set.ratings, set.deltaDays, set.lengths, undefined, true));
    } finally {
      logger.log = log;
      logger.info = info;
    }
  };
}
