// `npm run bench`: every benchmark, printed as numbers and as ratios against a baseline measured
// in the same run. Targets are reported, never asserted in tests.
import { build } from 'vite';
import { join, resolve } from 'node:path';
import { benchBrowserSearch } from './browser-search';
import { benchDecks } from './decks';
import { benchExchange } from './exchange';
import { benchLinear } from './linear';
import { benchLintProcess, benchManifest, benchManifestCorpus } from './manifest';
import { benchGenerator } from './generator';
import { benchOptimizer } from './optimizer';
import { benchReviews } from './reviews';
import { benchStartup } from './startup';
import { benchStatistics } from './statistics';

const root = resolve(import.meta.dirname, '..');

console.log('Building the web twin (out/web)…');
await build({ configFile: join(root, 'vite.web.config.ts'), logLevel: 'warn' });

const sections: [string, () => Promise<string[]>][] = [
  ['Decks', benchDecks],
  ['Linear checks on hostile input', benchLinear],
  ['Manifest checker', benchManifest],
  ['Manifest checker on real manifests', benchManifestCorpus],
  ['kubedeck lint start-up', benchLintProcess],
  ['Generator', benchGenerator],
  ['Exchange (Anki)', benchExchange],
  ['Start-up', benchStartup],
  ['Reviews (IndexedDB)', benchReviews],
  ['FSRS optimizer', benchOptimizer],
  ['Statistics', benchStatistics],
  ['Card browser search', benchBrowserSearch],
];
let failed = false;
for (const [title, run] of sections) {
  console.log(`\n## ${title}`);
  try {
    for (const text of await run()) console.log(text);
  } catch (error) {
    // One broken benchmark must not hide the others' numbers.
    failed = true;
    console.log(`✗ ${title} could not run: ${(error as Error).message.split('\n')[0]}`);
  }
}
process.exitCode = failed ? 1 : 0;
