// `kubedeck-bundle/1`: several decks and class-wide exams in one YAML file for a class.
// Each deck inside is checked by parseDeck on its own slice of the file, so problems point at
// the right line of the bundle; so are the class-wide exams, which then join the first deck's
// exams (an exam draws from every loaded deck by tag: the deck only carries it into the library).
// See docs/deck-format.md, "Deck bundles".
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { parseDeck } from '../decks/parse';
import type { Deck, DeckProblem, ExamDefinition } from '../decks/types';
import { findAlias } from '../yaml/anchors';
import { ExchangeError } from './errors';
import { deckValue, deckValueToYaml } from './nativeYaml';

export const BUNDLE_FORMAT = 'kubedeck-bundle/1';

export interface DeckBundle {
  format: typeof BUNDLE_FORMAT;
  title?: string;
  /** The class-wide exams of the file are in the first deck's `exams`. */
  decks: Deck[];
}

/** The bundle as YAML; each deck keeps its own exams (written back at bundle level they would be the same). */
export function bundleToYaml(bundle: Omit<DeckBundle, 'format'>): string {
  return deckValueToYaml({ format: BUNDLE_FORMAT, ...(bundle.title ? { title: bundle.title } : {}), decks: bundle.decks.map(deckValue) });
}

/** Cheap test used to tell a bundle from a deck before parsing either. */
export function looksLikeBundle(text: string): boolean {
  return /^\s*["']?format["']?\s*:\s*["']?kubedeck-bundle\//m.test(text.slice(0, 4096));
}

export function parseBundle(text: string, file: string): DeckBundle {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const alias = findAlias(text);
  if (alias) {
    const { line, col } = lineCounter.linePos(alias.offset);
    throw new ExchangeError('invalid-bundle', { detail: `${file}:${line}:${col} YAML aliases (*${alias.name}) are not allowed` });
  }
  const syntaxError = document.errors[0];
  if (syntaxError) {
    const { line, col } = lineCounter.linePos(syntaxError.pos[0]);
    throw new ExchangeError('invalid-bundle', { detail: `${file}:${line}:${col} ${syntaxError.message.split('\n')[0]}` });
  }
  const root = document.contents;
  const value = (document.toJS() ?? {}) as { format?: unknown; title?: unknown };
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
  const examsNode = root.get('exams', true) as Node | undefined;
  const exams = examsNode ? parseExamsNode(text, file, examsNode, lineCounter) : { exams: [], problems: [] };
  problems.push(...exams.problems);
  if (problems.length > 0) throw new ExchangeError('invalid-deck', {}, problems);
  const seen = new Set<string>();
  for (const deck of decks) {
    if (seen.has(deck.id)) throw new ExchangeError('duplicate-deck-id', { id: deck.id });
    seen.add(deck.id);
  }
  if (exams.exams.length > 0) decks[0] = withClassExams(decks[0], exams.exams);
  return { format: BUNDLE_FORMAT, ...(typeof title === 'string' ? { title } : {}), decks };
}

/** The first deck with the class-wide exams after its own; an id both use is refused (past attempts name exams by id). */
function withClassExams(deck: Deck, exams: ExamDefinition[]): Deck {
  const own = new Set((deck.exams ?? []).map((exam) => exam.id));
  const taken = exams.find((exam) => own.has(exam.id));
  if (taken) throw new ExchangeError('invalid-bundle', { detail: `exams: "${taken.id}" is already an exam of the deck "${deck.id}"` });
  return { ...deck, exams: [...(deck.exams ?? []), ...exams] };
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

/** A valid deck with no exam, whose `exams:` the class-wide list is appended to, to be checked by the deck rules. */
const EXAMS_HOST = ['format: kubedeck/1', 'id: class', 'title: Class', 'lang: fr', 'description: Class', 'source: Class', 'cards:', '  - id: host', '    type: basic', '    front: host', '    back: host', 'exams:'];

/** The class-wide exams checked by parseDeck, the lines of the bundle kept (columns too), positions moved back. */
function parseExamsNode(text: string, file: string, node: Node, lineCounter: LineCounter): { exams: ExamDefinition[]; problems: DeckProblem[] } {
  const [start, end] = node.range ?? [0, 0];
  const { line, col } = lineCounter.linePos(start);
  const hostText = [...EXAMS_HOST, ' '.repeat(col - 1) + text.slice(start, end)].join('\n');
  const result = parseDeck(hostText, file);
  const shift = line - EXAMS_HOST.length - 1;
  const problems = result.problems.filter((p) => p.severity === 'error').map((p) => ({ ...p, line: p.line + shift }));
  return { exams: result.deck?.exams ?? [], problems };
}
