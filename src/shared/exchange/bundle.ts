// `kubedeck-bundle/1`: several decks (and, later, exam definitions) in one YAML file for a class.
// Each deck inside is checked by parseDeck on its own slice of the file, so problems point at
// the right line of the bundle. See docs/deck-format.md, "Deck bundles".
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { parseDeck } from '../decks/parse';
import type { Deck, DeckProblem } from '../decks/types';
import { ExchangeError } from './errors';
import { deckValue, yamlText } from './nativeYaml';

export const BUNDLE_FORMAT = 'kubedeck-bundle/1';

/** An exam definition carried by a bundle. The exam feature will define its fields; they are kept as written. */
export interface BundleExam {
  id: string;
  title?: string;
  [field: string]: unknown;
}

export interface DeckBundle {
  format: typeof BUNDLE_FORMAT;
  title?: string;
  decks: Deck[];
  exams?: BundleExam[];
}

export function bundleToYaml(bundle: Omit<DeckBundle, 'format'>): string {
  return yamlText({
    format: BUNDLE_FORMAT,
    ...(bundle.title ? { title: bundle.title } : {}),
    decks: bundle.decks.map(deckValue),
    ...(bundle.exams && bundle.exams.length > 0 ? { exams: bundle.exams } : {}),
  });
}

/** Cheap test used to tell a bundle from a deck before parsing either. */
export function looksLikeBundle(text: string): boolean {
  return /^\s*["']?format["']?\s*:\s*["']?kubedeck-bundle\//m.test(text.slice(0, 4096));
}

export function parseBundle(text: string, file: string): DeckBundle {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const syntaxError = document.errors[0];
  if (syntaxError) {
    const { line, col } = lineCounter.linePos(syntaxError.pos[0]);
    throw new ExchangeError('invalid-bundle', { detail: `${file}:${line}:${col} ${syntaxError.message.split('\n')[0]}` });
  }
  const root = document.contents;
  const value = (document.toJS() ?? {}) as { format?: unknown; title?: unknown; exams?: unknown };
  if (!isMap(root) || value.format !== BUNDLE_FORMAT) {
    throw new ExchangeError('invalid-bundle', { detail: `format: ${BUNDLE_FORMAT} expected` });
  }
  const title = value.title;
  const deckNodes = root.get('decks', true);
  if (!isSeq(deckNodes) || deckNodes.items.length === 0) throw new ExchangeError('invalid-bundle', { detail: 'decks: a non-empty list expected' });

  const decks: Deck[] = [];
  const problems: DeckProblem[] = [];
  for (const node of deckNodes.items as Node[]) {
    const result = parseDeckNode(text, file, node, lineCounter);
    problems.push(...result.problems.filter((p) => p.severity === 'error'));
    if (result.deck) decks.push(result.deck);
  }
  if (problems.length > 0) throw new ExchangeError('invalid-deck', {}, problems);
  const seen = new Set<string>();
  for (const deck of decks) {
    if (seen.has(deck.id)) throw new ExchangeError('duplicate-deck-id', { id: deck.id });
    seen.add(deck.id);
  }
  return { format: BUNDLE_FORMAT, ...(typeof title === 'string' ? { title } : {}), decks, ...examsOf(value.exams) };
}

/** parseDeck on the deck's own lines (dedented), with positions moved back into the bundle. */
function parseDeckNode(text: string, file: string, node: Node, lineCounter: LineCounter) {
  const [start, end] = node.range ?? [0, 0];
  const { line, col } = lineCounter.linePos(start);
  const indent = col - 1;
  const deckText = text
    .slice(start, end)
    .split('\n')
    .map((l, i) => (i === 0 ? l : l.slice(Math.min(indent, /^ */.exec(l)![0].length))))
    .join('\n');
  const result = parseDeck(deckText, file);
  const problems = result.problems.map((p) => ({ ...p, line: p.line + line - 1, col: p.col + indent }));
  return { deck: result.deck, problems };
}

function examsOf(value: unknown): { exams?: BundleExam[] } {
  if (value === undefined) return {};
  const valid = Array.isArray(value) && value.every((exam) => typeof exam === 'object' && exam !== null && typeof (exam as BundleExam).id === 'string');
  if (!valid) throw new ExchangeError('invalid-bundle', { detail: 'exams: a list of mappings with an id expected' });
  return { exams: value as BundleExam[] };
}
