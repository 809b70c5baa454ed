// The card browser's search over 50,000 rows in Node: a few typical queries, against a baseline
// that folds every row's text on each query (a plain scan without the prepared index), same run.
import { fold, indexRow, parseSearch, search, type BrowserRow, type BrowserState } from '../src/shared/browser/search';
import { line, median, ms, percentile, timeRuns } from './stats';

const ROWS = 50_000;
const TARGET_MS = 50;
const DAY = 86_400_000;
const STATES: BrowserState[] = ['new', 'learning', 'review', 'review', 'relearning', 'suspended', 'buried'];
const TAGS = ['stockage', 'services', 'cni::calico', 'ingress', 'metallb', 'volumes'];

function rows(dayEnd: number): BrowserRow[] {
  return Array.from({ length: ROWS }, (_, i) => {
    const state = STATES[i % STATES.length];
    return {
      key: `deck-${i % 20}/card-${i}`,
      deckId: `deck-${i % 20}`,
      deckTitle: `Paquet généré n° ${i % 20}`,
      cardId: `card-${i}`,
      type: ['basic', 'cloze', 'mcq', 'input', 'yaml-fix'][i % 5],
      tags: [TAGS[i % TAGS.length], TAGS[(i * 7) % TAGS.length]],
      text: `Que fait un volume emptyDir numéro ${i} quand son pod est supprimé ? Il est supprimé avec le pod : son contenu est perdu (réseau ${i % 97}).`,
      state,
      due: state === 'new' ? undefined : dayEnd + ((i % 60) - 20) * DAY,
      interval: i % 90,
      stability: (i % 300) / 10,
      difficulty: 1 + (i % 9),
      lapses: i % 6,
      reps: i % 25,
      leech: i % 500 === 0,
    };
  });
}

export async function benchBrowserSearch(): Promise<string[]> {
  const dayEnd = Date.UTC(2026, 0, 10, 4);
  const data = rows(dayEnd);
  const prepare = await timeRuns(() => data.map(indexRow), 3);
  const index = data.map(indexRow);
  const queries = ['tag:services is:suspended', 'reseau 42', '-tag:cni (is:due or prop:lapses>2) deck:paquet*', 'prop:due<=3 type:cloze', 'supprimé pod'];
  const results: string[] = [];
  for (const query of queries) {
    const times = await timeRuns(() => search(parseSearch(query), index, dayEnd), 20, 3);
    const found = search(parseSearch(query), index, dayEnd).length;
    results.push(line(`search “${query}”`, `median ${ms(median(times))}, p95 ${ms(percentile(times, 95))}`, `${found} of ${ROWS} rows; target < ${TARGET_MS} ms`, percentile(times, 95) < TARGET_MS));
  }
  // Baseline: free text without the prepared index, folding every row on each query.
  const words = fold('reseau 42').split(' ');
  const scan = await timeRuns(() => data.filter((row) => words.every((word) => fold(`${row.cardId} ${row.text}`).includes(word))), 5, 1);
  const indexed = await timeRuns(() => search(parseSearch('reseau 42'), index, dayEnd), 20, 3);
  results.push(
    line(
      'free text with the prepared index vs folding every row per query',
      `median ${ms(median(indexed))} vs ${ms(median(scan))}`,
      `×${(median(scan) / median(indexed)).toFixed(1)} faster; preparing the index once: median ${ms(median(prepare))}`,
      median(indexed) < median(scan),
    ),
  );
  return results;
}
