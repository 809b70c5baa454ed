#!/usr/bin/env node
// `npx kubedeck …`: runs the CLI bundle that `npm run build` writes to out/cli when it is newer
// than every source file it was built from (out/cli/meta.json lists them); otherwise the
// TypeScript sources through tsx, as right after `npm ci` or after an edit (slower to start:
// transpiling on load).
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = `${root}out/cli/main.js`;

function bundleIsFresh() {
  try {
    const built = statSync(bundle).mtimeMs;
    const { inputs } = JSON.parse(readFileSync(`${root}out/cli/meta.json`, 'utf8'));
    return Object.keys(inputs).every((input) => statSync(root + input).mtimeMs <= built);
  } catch {
    return false; // no bundle yet, or a source it was built from is gone
  }
}

let main;
if (bundleIsFresh()) {
  ({ main } = await import(pathToFileURL(bundle).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
