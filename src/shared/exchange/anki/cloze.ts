// Anki's cloze grammar, as ankitects/anki rslib/src/cloze.rs reads it: `{{c1::text}}`,
// `{{c1::text::hint}}`, several numbers `{{c1,2::text}}` (the gap belongs to both cards), nested
// clozes `{{c1::a {{c2::b}} c}}` (at most 10 open at once, deeper openings are text), a `}}` outside
// any cloze is text. One card per cloze number (cardgen.rs: card ordinal = number − 1, at most 499).
// Written for KubeDeck; one pass over the text, so hostile fields cost linear time.

export type ClozeNode = string | ClozeGapNode;

export interface ClozeGapNode {
  ordinals: number[];
  nodes: ClozeNode[];
  hint?: string;
}

const MAX_OPEN = 10;
export const MAX_CLOZE_ORDINAL = 500;
const TOKEN = /\{\{c([\d,]+)::|\}\}/g;
const IMAGE_OCCLUSION = 'image-occlusion:';

export function parseClozes(text: string): ClozeNode[] {
  const output: ClozeNode[] = [];
  const open: ClozeGapNode[] = [];
  const addText = (piece: string) => {
    if (!piece) return;
    const cloze = open.at(-1);
    if (!cloze) return void output.push(piece);
    // The first `::` of a text run inside a cloze starts its hint (not for image occlusion).
    const split = piece.startsWith(IMAGE_OCCLUSION) ? -1 : piece.indexOf('::');
    if (split >= 0) {
      cloze.hint = piece.slice(split + 2);
      piece = piece.slice(0, split);
    }
    cloze.nodes.push(piece);
  };
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    if (match[0] === '}}') {
      addText(text.slice(last, match.index));
      const cloze = open.pop();
      if (cloze) (open.at(-1)?.nodes ?? output).push(cloze);
      else addText('}}');
    } else {
      const ordinals = [...new Set(match[1].split(',').filter(Boolean).map(Number))].sort((a, b) => a - b);
      if (ordinals.length === 0) {
        TOKEN.lastIndex = match.index + 1;
        continue;
      }
      addText(text.slice(last, match.index));
      if (open.length < MAX_OPEN) open.push({ ordinals, nodes: [] });
    }
    last = TOKEN.lastIndex;
  }
  addText(text.slice(last));
  // Clozes never closed are dropped with their text, as Anki does.
  return output;
}

function walk(nodes: ClozeNode[], visit: (gap: ClozeGapNode, depth: number) => void, depth = 0): void {
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    visit(node, depth);
    walk(node.nodes, visit, depth + 1);
  }
}

/** The cloze numbers of a field (0 is not a number Anki makes a card for). */
export function clozeNumbers(text: string): Set<number> {
  const numbers = new Set<number>();
  walk(parseClozes(text), (gap) => gap.ordinals.filter((n) => n > 0).forEach((n) => numbers.add(Math.min(n, MAX_CLOZE_ORDINAL))));
  return numbers;
}

export function isImageOcclusion(text: string): boolean {
  let found = false;
  walk(parseClozes(text), (gap) => (found ||= typeof gap.nodes[0] === 'string' && gap.nodes[0].startsWith(IMAGE_OCCLUSION)));
  return found;
}

/**
 * Whether KubeDeck's own cloze card says the same: one gap per number, each gap one number, no
 * nesting, numbered 1, 2, 3… in the order of the text. Then KubeDeck's gap N is Anki's card N,
 * and an export (which writes gap N as `cN`) gives back the same cards.
 */
export function isOneGapPerNumber(text: string): boolean {
  let count = 0;
  let simple = true;
  walk(parseClozes(text), (gap, depth) => {
    const [ordinal] = gap.ordinals;
    if (depth > 0 || gap.ordinals.length !== 1 || ordinal !== ++count || gap.nodes.some((n) => typeof n !== 'string')) simple = false;
  });
  return simple;
}

const plainText = (nodes: ClozeNode[]): string => nodes.map((n) => (typeof n === 'string' ? n : plainText(n.nodes))).join('');

function reveal(nodes: ClozeNode[], ordinal: number, question: boolean): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return node;
      const active = node.ordinals.includes(ordinal);
      // Question side: an active gap hides all it holds, nested gaps included.
      if (active && question) return `[${node.hint ?? '...'}]`;
      const inner = reveal(node.nodes, ordinal, question);
      return active ? `<b>${inner}</b>` : inner;
    })
    .join('');
}

/** The field as card `ordinal` shows it: its gaps hidden on the question, in bold on the answer. */
export function revealCloze(text: string, ordinal: number, question: boolean): string {
  return reveal(parseClozes(text), ordinal, question);
}

/** The text of a field with every cloze marker removed. */
export const clozeText = (text: string) => plainText(parseClozes(text));
