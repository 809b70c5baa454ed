// Reading manifests the way kubectl does, keeping every node's position for the findings.
import {
  type Alias,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  Schema,
  visit,
  YAMLParseError,
  type Document,
  type Node,
  type Pair,
  type ScalarTag,
  type YAMLMap,
} from 'yaml';

/**
 * kubectl reads YAML with go-yaml v2, where `yes`, `no`, `on`, `off`, `y` and `n` are booleans
 * (YAML 1.1). The `yaml` package follows YAML 1.2, where they are strings; this tag restores
 * kubectl's reading, so that `encrypted: yes` in a map of strings is caught as the API server
 * would. Sexagesimal numbers (YAML 1.1's `1:20`) are not restored: go-yaml v2 never had them.
 */
const yaml11Booleans: ScalarTag = {
  identify: (value) => typeof value === 'boolean',
  default: true,
  tag: 'tag:yaml.org,2002:bool',
  test: /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/,
  resolve: (text) => /^(?:y|Y|yes|Yes|YES|on|On|ON)$/.test(text),
};

/**
 * go-yaml v2 also reads a leading zero as octal (YAML 1.1): `defaultMode: 0644` is 420, the
 * permission rw-r--r--, where YAML 1.2 reads 644. It must be tried before the decimal integers.
 */
const yaml11Octal: ScalarTag = {
  identify: () => false, // for reading only
  default: true,
  tag: 'tag:yaml.org,2002:int',
  test: /^[-+]?0[0-7]+$/,
  resolve: (text) => parseInt(text, 8),
};

/** Built once: passing `customTags` to every parse would rebuild the schema for each document. */
const kubectlSchema = new Schema({ schema: 'core', resolveKnownTags: true, customTags: (tags) => [yaml11Octal, ...tags, yaml11Booleans], merge: true });

export interface ParsedManifest {
  documents: Document.Parsed[];
  lineCounter: LineCounter;
}

export function parseManifestText(text: string): ParsedManifest {
  const lineCounter = new LineCounter();
  // The parser's own duplicate-key check compares every key with every other (quadratic in a map
  // of thousands of keys); reportDuplicateKeys does it with a set.
  const parsed = parseAllDocuments(text, { lineCounter, prettyErrors: false, schema: kubectlSchema, uniqueKeys: false });
  // parseAllDocuments returns an EmptyStream (an array) for a text without documents.
  const documents = Array.isArray(parsed) ? parsed : [];
  for (const doc of documents) {
    acceptEscapedSingleQuotes(doc, text);
    reportDuplicateKeys(doc);
  }
  return { documents, lineCounter };
}

/**
 * go-yaml, kubectl's parser, reads `\'` inside double quotes as `'`; YAML 1.2 has no such escape
 * and the `yaml` package reports it. The error is dropped and the value read as kubectl reads it.
 */
function acceptEscapedSingleQuotes(doc: Document.Parsed, text: string) {
  const escapes = doc.errors.filter((error) => error.code === 'BAD_DQ_ESCAPE' && text.startsWith("\\'", error.pos[0]));
  if (escapes.length === 0) return;
  doc.errors = doc.errors.filter((error) => !escapes.includes(error));
  const offsets = escapes.map((error) => error.pos[0]);
  visit(doc, {
    Scalar(_, node) {
      const [start, end] = node.range ?? [0, 0];
      if (node.type === 'QUOTE_DOUBLE' && typeof node.value === 'string' && offsets.some((offset) => offset >= start && offset < end))
        node.value = node.value.replaceAll("\\'", "'");
    },
  });
}

/** A key written twice in one map, as the parser would report it (DUPLICATE_KEY, on the second one). */
function reportDuplicateKeys(doc: Document.Parsed) {
  eachNode(doc.contents, (node) => {
    if (!isMap(node)) return;
    const seen = new Set<string>();
    for (const pair of node.items) {
      if (isMergePair(pair)) continue;
      const key = isScalar(pair.key) ? `${typeof pair.key.value}:${String(pair.key.value)}` : undefined;
      if (key === undefined) continue;
      if (seen.has(key)) {
        const [start, end] = (pair.key as Node).range ?? [0, 0];
        doc.errors.push(new YAMLParseError([start, end], 'DUPLICATE_KEY', 'Map keys must be unique'));
      } else seen.add(key);
    }
  });
}

/**
 * Calls `enter` on every node of a tree, in document order (a map's keys before their values).
 * The package's `visit` does the same but builds a frozen path array at each node, which made
 * it the checker's costliest step on small files.
 */
export function eachNode(node: unknown, enter: (node: Node) => void): void {
  if (!node || typeof node !== 'object') return;
  enter(node as Node);
  if (isMap(node)) {
    for (const pair of node.items) {
      eachNode(pair.key, enter);
      eachNode(pair.value, enter);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) eachNode(item, enter);
  }
}

/** What a YAML node holds, in the words of JSON Schema (and of the messages). */
export type ValueType = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null';

export function valueTypeOf(node: Node | null | undefined): ValueType {
  if (isMap(node)) return 'object';
  if (isSeq(node)) return 'array';
  const value = isScalar(node) ? node.value : null;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

/**
 * A place in a manifest: the node found there (or none), the path that leads to it, and the
 * nodes to point at when it is missing. Rules read manifests through it, so that every finding
 * points at the offending node or, for a missing field, at the object that lacks it.
 */
export class Field {
  private fullPath: string | undefined;

  private constructor(
    /** The value node, undefined when the field is absent. YAML `null` counts as absent, as for the API server. */
    readonly node: Node | undefined,
    /** The field name or the list index that leads here from the parent. */
    private readonly step: string | number | undefined,
    /** The key node of this field, when it is written. */
    readonly keyNode: Node | undefined,
    readonly parent: Field | undefined,
    private readonly doc: Document.Parsed,
  ) {}

  static root(doc: Document.Parsed): Field {
    return new Field(present(doc.contents, doc), undefined, undefined, undefined, doc);
  }

  /** `spec.containers[0].name`, as users and the messages write it (built when a finding needs it). */
  get path(): string {
    if (this.fullPath === undefined) {
      const parent = this.parent?.path ?? '';
      this.fullPath = this.step === undefined ? parent : typeof this.step === 'number' ? `${parent}[${this.step}]` : childPath(parent, this.step);
    }
    return this.fullPath;
  }

  get exists(): boolean {
    return this.node !== undefined;
  }

  get isMap(): boolean {
    return isMap(this.node);
  }

  get isSeq(): boolean {
    return isSeq(this.node);
  }

  /** The field `name` of this object (absent when this is not an object or lacks it). */
  get(name: string): Field {
    const pair = isMap(this.node) ? pairIndex(this.node, this.doc).get(name) : undefined;
    return new Field(present(pair?.value as Node, this.doc), name, pair?.key as Node | undefined, this, this.doc);
  }

  /** Follows `get` along a dotted path: `field.at('spec.template.metadata')`. */
  at(path: string): Field {
    return path.split('.').reduce<Field>((field, name) => field.get(name), this);
  }

  /** The items of a list (none when this is not a list). */
  items(): Field[] {
    if (!isSeq(this.node)) return [];
    return this.node.items.map((item, i) => new Field(present(item as Node, this.doc), i, undefined, this, this.doc));
  }

  /** The fields of an object, with their names. */
  entries(): [string, Field][] {
    if (!isMap(this.node)) return [];
    return effectivePairs(this.node, this.doc).map((pair) => {
      const name = keyText(pair);
      return [name, new Field(present(pair.value as Node, this.doc), name, pair.key as Node, this, this.doc)];
    });
  }

  /** The scalar value (string, number, boolean), undefined for objects, lists and absent fields. */
  get value(): unknown {
    return isScalar(this.node) ? this.node.value : undefined;
  }

  /** The value when it is a string. */
  get text(): string | undefined {
    return typeof this.value === 'string' ? (this.value as string) : undefined;
  }

  get number(): number | undefined {
    return typeof this.value === 'number' ? (this.value as number) : undefined;
  }

  /** The node a finding about this field points at: its value, else its key, else the object that lacks it. */
  get anchor(): Node {
    return this.node ?? this.keyNode ?? this.parent?.keyAnchor ?? (this.doc.contents as Node);
  }

  /** The node naming this field (its key), for findings about the field rather than its value. */
  get keyAnchor(): Node {
    return this.keyNode ?? this.anchor;
  }

  /** The plain JavaScript value, for label selectors and expectations. */
  toJS(): unknown {
    return this.node ? this.node.toJS(this.doc) : undefined;
  }
}

/** `spec.selector`, or `metadata.annotations["example.com/note"]` for keys that are not plain words (the syntax of yaml-fix `expect` paths). */
function childPath(parent: string, name: string): string {
  if (/^[A-Za-z_$][\w$-]*$/.test(name)) return parent ? `${parent}.${name}` : name;
  return `${parent}[${JSON.stringify(name)}]`;
}

/** The key of a map entry as text (YAML allows non-string keys; Kubernetes turns them into strings). */
export function keyText(pair: Pair): string {
  const key = pair.key;
  return String(isScalar(key) ? key.value : key);
}

/** `<<` keys: the parser gives them a symbol as value, since they are not ordinary keys. */
const isMergePair = (pair: Pair) => isScalar(pair.key) && (pair.key.value === '<<' || typeof pair.key.value === 'symbol');

/**
 * How many alias dereferences and merged entries one document may cost. go-yaml refuses
 * "excessive aliasing" too; a manifest written by a person stays far below.
 */
export const EXPANSION_BUDGET = 20_000;

/** Thrown when a document exceeds EXPANSION_BUDGET; the checker turns it into a finding. */
export class ExpansionBudgetError extends Error {
  constructor() {
    super(`more than ${EXPANSION_BUDGET} alias or merge expansions`);
  }
}

/** Per document: where each alias points (undefined: unknown or cyclic), and what expansions cost so far. */
interface DocumentAliases {
  targets: Map<Alias, Node | undefined>;
  problems: { alias: Alias; problem: 'unknown' | 'cycle' }[];
  spent: number;
  merged: WeakMap<YAMLMap, Pair[]>;
  indexes: WeakMap<YAMLMap, Map<string, Pair>>;
  merging: Set<YAMLMap>;
}

const documentAliases = new WeakMap<Document.Parsed, DocumentAliases>();

/**
 * Resolves every alias of the document once, in document order (the last anchor of that name
 * before the alias, as YAML says): an alias before its anchor is unknown; one inside the node it
 * names is a cycle. `Alias.resolve` would walk the whole document for each alias.
 */
export function aliasesOf(doc: Document.Parsed): DocumentAliases {
  let state = documentAliases.get(doc);
  if (state) return state;
  state = { targets: new Map(), problems: [], spent: 0, merged: new WeakMap(), indexes: new WeakMap(), merging: new Set() };
  const anchors = new Map<string, Node>();
  const { targets, problems } = state;
  eachNode(doc.contents, (node) => {
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      const inside = target?.range && node.range && node.range[0] >= target.range[0] && node.range[0] < target.range[1];
      targets.set(node, target && !inside ? target : undefined);
      if (!target || inside) problems.push({ alias: node, problem: target ? 'cycle' : 'unknown' });
    } else if (node.anchor) {
      anchors.set(node.anchor, node);
    }
  });
  documentAliases.set(doc, state);
  return state;
}

function spend(state: DocumentAliases, amount: number) {
  state.spent += amount;
  if (state.spent > EXPANSION_BUDGET) throw new ExpansionBudgetError();
}

/** The entries of a map by key, merge keys expanded (built once per map). */
function pairIndex(map: YAMLMap, doc: Document.Parsed): Map<string, Pair> {
  const state = aliasesOf(doc);
  let index = state.indexes.get(map);
  if (!index) {
    index = new Map();
    for (const pair of effectivePairs(map, doc)) {
      const name = keyText(pair);
      if (!index.has(name)) index.set(name, pair);
    }
    state.indexes.set(map, index);
  }
  return index;
}

/**
 * The entries of a map with YAML merge keys (`<<: *defaults`) expanded, as kubectl reads them:
 * written keys win. Memoised per map, a map merged into itself is skipped (the alias check
 * reports the cycle), and the entries copied count against the document's budget.
 */
function effectivePairs(map: YAMLMap, doc: Document.Parsed): Pair[] {
  if (!map.items.some(isMergePair)) return map.items;
  const state = aliasesOf(doc);
  const known = state.merged.get(map);
  if (known) return known;
  if (state.merging.has(map)) return map.items.filter((pair) => !isMergePair(pair));
  state.merging.add(map);
  try {
    const pairs = map.items.filter((pair) => !isMergePair(pair));
    const names = new Set(pairs.map(keyText));
    for (const merge of map.items.filter(isMergePair)) {
      const value = present(merge.value as Node, doc);
      const sources = isSeq(value) ? value.items.map((item) => present(item as Node, doc)) : [value];
      for (const source of sources) {
        if (!isMap(source)) continue; // a scalar source: reported by checkMergeSources
        const merged = effectivePairs(source, doc);
        spend(state, merged.length);
        for (const pair of merged) {
          const name = keyText(pair);
          if (names.has(name)) continue;
          names.add(name);
          pairs.push(pair);
        }
      }
    }
    state.merged.set(map, pairs);
    return pairs;
  } finally {
    state.merging.delete(map);
  }
}

/** The node itself, through aliases; undefined for a missing node, a YAML null, or an alias that points nowhere. */
function present(node: Node | null | undefined, doc: Document.Parsed): Node | undefined {
  let resolved: Node | null | undefined = node;
  if (isAlias(node)) {
    const state = aliasesOf(doc);
    spend(state, 1);
    resolved = state.targets.get(node);
  }
  if (!resolved || (isScalar(resolved) && resolved.value === null)) return undefined;
  return resolved;
}

/** The value of a merge key that is not a map (or a list of maps): go-yaml refuses it. */
export function badMergeSources(doc: Document.Parsed): Node[] {
  const bad: Node[] = [];
  eachNode(doc.contents, (node) => {
    if (!isMap(node)) return;
    for (const pair of node.items) {
      if (!isMergePair(pair)) continue;
      const written = pair.value;
      if (isAlias(written) && aliasesOf(doc).targets.get(written) === undefined) continue; // reported as an alias problem
      const value = present(pair.value as Node, doc) ?? (pair.value as Node | null);
      const sources = isSeq(value) ? value.items.map((item) => present(item as Node, doc)) : [value];
      if (sources.some((source) => !isMap(source))) bad.push((pair.value as Node | null) ?? (pair.key as Node));
    }
  });
  return bad;
}
