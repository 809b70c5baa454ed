// Where a value or key of a deck file sits, for problems: the file is parsed with `yaml` (which
// keeps every node's position) only when a problem has to be placed, on first use.
import { CORE_SCHEMA } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair, type Scalar } from 'yaml';
import { positionInScalar, type Position } from '../yaml/positions.ts';

/** js-yaml's options for loading values fast: YAML 1.2's core schema, as `yaml` reads it. */
export const FAST_OPTIONS = { schema: CORE_SCHEMA };

/** Keys and indexes from the deck's root to a value (`['cards', 3, 'front']`). */
export type Path = (string | number)[];

/** Finds where a value or key sits in the source, parsing it with `yaml` on first use only. */
export class Locator {
  private parsed?: { document: Document; lineCounter: LineCounter };

  constructor(readonly source: string) {}

  private get tree() {
    if (!this.parsed) {
      const lineCounter = new LineCounter();
      this.parsed = { document: parseDocument(this.source, { lineCounter, prettyErrors: false }), lineCounter };
    }
    return this.parsed;
  }

  get document(): Document {
    return this.tree.document;
  }

  position(offset: number): Position {
    return this.tree.lineCounter.linePos(offset);
  }

  /** The node at `path` (and the pair holding it, for a mapping value). */
  node(path: Path): { node?: Node; pair?: Pair } {
    let node: unknown = this.document.contents;
    let pair: Pair | undefined;
    for (const segment of path) {
      if (isMap(node)) {
        pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) return {};
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        pair = undefined;
        node = node.items[segment];
      } else {
        return {};
      }
    }
    return { node: (node ?? undefined) as Node | undefined, pair };
  }

  /** Position of the value at `path`, or of its key (`spot: 'key'`), or the closest thing found. */
  at(path: Path, spot: 'key' | 'value' = 'value'): Position {
    const { node, pair } = this.node(path);
    const key = pair?.key as Node | undefined;
    const target = spot === 'key' ? (key ?? node) : (node?.range ? node : key);
    return this.position(target?.range?.[0] ?? 0);
  }

  /** Where a spot inside the scalar at `path` (a manifest in a block scalar) lies in the file. */
  inScalar(path: Path, inner: Position): Position {
    const { node } = this.node(path);
    if (!isScalar(node)) return this.at(path);
    return positionInScalar(node as Scalar, this.source, this.tree.lineCounter, inner);
  }
}
