// Checks that must stay linear in their input, measured on hostile inputs and ten times them:
// 10× input should take about 10× time; quadratic would be about 100×.
import { parseDeck } from '../src/shared/decks/parse';
import { checkManifest } from '../src/shared/manifest/check';
import { line, median, ms, timeRuns } from './stats';

const MAX_RATIO = 20;

interface LinearCase {
  label: string;
  /** The hostile input at a size (a count or KB, as the label says). */
  make(size: number): string;
  run(text: string): unknown;
  size: number;
}

const DECK_HEAD = 'format: kubedeck/1\nid: hostile\ntitle: Hostile\nlang: fr\ndescription: d\nsource: s\n';

const CASES: LinearCase[] = [
  {
    // The worst case of a lazy regular expression: `{{` never closed, through every gap check.
    label: 'cloze card of unclosed gaps, {size} KB',
    size: 30,
    make: (kb) => `${DECK_HEAD}cards:\n  - id: c\n    type: cloze\n    source: s\n    text: "{{a}} ${'{{ '.repeat((kb * 1024) / 3)}"\n`,
    run: (text) => parseDeck(text, 'cloze.yaml'),
  },
  {
    // Every unknown field is a problem placed at its line and column.
    label: 'deck with {size} unknown fields',
    size: 1_000,
    make: (count) => `${DECK_HEAD}cards:\n${Array.from({ length: count }, (_, i) => `  - id: c${i}\n    type: basic\n    source: s\n    front: f\n    back: b\n    fornt${i}: x\n`).join('')}`,
    run: (text) => parseDeck(text, 'fields.yaml'),
  },
  {
    label: 'manifest with {size} unknown fields',
    size: 4_000,
    make: (count) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n${Array.from({ length: count }, (_, i) => `unknown${i}: x\n`).join('')}`,
    run: (text) => checkManifest(text),
  },
  {
    label: '{size} manifests in one file (cross-document rules)',
    size: 1_000,
    make: (count) => Array.from({ length: count }, (_, i) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: s${i}\nspec:\n  selector: { app: a${i} }\n  ports: [{ port: 80 }]\n`).join('---\n'),
    run: (text) => checkManifest(text),
  },
];

export async function benchLinear(): Promise<string[]> {
  const lines: string[] = [];
  for (const { label, size, make, run } of CASES) {
    const small = make(size);
    const large = make(size * 10);
    const smallTimes = await timeRuns(() => run(small), 5);
    const largeTimes = await timeRuns(() => run(large), 3);
    const ratio = median(largeTimes) / median(smallTimes);
    lines.push(
      line(
        `${label.replace('{size}', String(size))} → ×10`,
        `median ${ms(median(smallTimes))} → ${ms(median(largeTimes))}, ×${ratio.toFixed(1)}`,
        `target ×${MAX_RATIO} at most for 10× input (linear ≈ ×10, quadratic ≈ ×100)`,
        ratio < MAX_RATIO,
      ),
    );
  }
  return lines;
}
