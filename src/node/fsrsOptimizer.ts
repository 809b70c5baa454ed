// fsrs-browser in Node (tests, bench): its wasm read from the installed package, run on this thread
// without the optional thread pool (which needs Web Workers).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fsrsFitter } from '../shared/review/fsrsEngine';
import type { ParameterFitter } from '../shared/review/optimizer';

export async function nodeFitter(): Promise<ParameterFitter> {
  // The module's thread-pool helper listens for messages on `self` as it loads; Node has none.
  const scope = globalThis as { self?: unknown };
  scope.self ??= { addEventListener() {}, removeEventListener() {} };
  const { initSync, Fsrs } = await import('fsrs-browser');
  const wasm = readFileSync(createRequire(import.meta.url).resolve('fsrs-browser/fsrs_browser_bg.wasm'));
  initSync({ module: wasm });
  return fsrsFitter(Fsrs);
}
