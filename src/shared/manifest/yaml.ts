// Reading manifests the way kubectl does, keeping every node's position for the findings.
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  Schema,
  visit,
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

/** Built once: passing `customTags` to every parse would rebuild the schema for each document. */
const kubectlSchema = new Schema({ schema: 'core', resolveKnownTags: true, customTags: [yaml11Booleans], merge: true });

export interface ParsedManifest {
  documents: Document.Parsed[];
  lineCounter: LineCounter;
}

export function parseManifestText(text: string): ParsedManifest {
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter, prettyErrors: false, schema: kubectlSchema });
  // parseAllDocuments returns an EmptyStream (an array) for a text without documents.
  const documents = Array.isArray(parsed) ? parsed : [];
  for (const doc of documents) acceptEscapedSingleQuotes(doc, text);
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
    const pair = isMap(this.node) ? effectivePairs(this.node, this.doc).find((item) => keyText(item) === name) : undefined;
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

/** The entries of a map with YAML merge keys (`<<: *defaults`) expanded, as kubectl reads them: written keys win. */
function effectivePairs(map: YAMLMap, doc: Document.Parsed): Pair[] {
  if (!map.items.some(isMergePair)) return map.items;
  const pairs = map.items.filter((pair) => !isMergePair(pair));
  const names = new Set(pairs.map(keyText));
  for (const merge of map.items.filter(isMergePair)) {
    const value = present(merge.value as Node, doc);
    const sources = isSeq(value) ? value.items.map((item) => present(item as Node, doc)) : [value];
    for (const source of sources) {
      if (!isMap(source)) continue;
      for (const pair of effectivePairs(source, doc)) {
        if (names.has(keyText(pair))) continue;
        names.add(keyText(pair));
        pairs.push(pair);
      }
    }
  }
  return pairs;
}

/** The node itself, through aliases; undefined for a missing node or a YAML null. */
function present(node: Node | null | undefined, doc: Document.Parsed): Node | undefined {
  const resolved = isAlias(node) ? (node.resolve(doc) as Node | undefined) : node;
  if (!resolved || (isScalar(resolved) && resolved.value === null)) return undefined;
  return resolved;
}
