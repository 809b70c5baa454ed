// Reading and locating things in a parsed manifest, for the mutations: paths, nodes, pod specs,
// Ingress paths and backends, every key/value pair.
import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';

/** Expectations on the fixed manifest, or undefined when the kind does not fit this document. */
export type Mutation = (doc: Document) => Expectation[] | undefined;
export type Expectation = { path: Path; equals: unknown } | { path: Path; exists: boolean };
export type Path = (string | number)[];

export function nodeAt(doc: Document, path: Path): Node | undefined {
  return (doc.getIn(path, true) as Node | undefined) ?? undefined;
}

export function mapAt(doc: Document, path: Path): YAMLMap | undefined {
  const node = nodeAt(doc, path);
  return isMap(node) ? node : undefined;
}

/** The indexes of the mapping items of the sequence at `path`. */
export function mapItemPaths(doc: Document, path: Path): Path[] {
  const node = nodeAt(doc, path);
  if (!isSeq(node)) return [];
  return node.items.flatMap((item, i) => (isMap(item) ? [[...path, i]] : []));
}

export function scalarValue(doc: Document, path: Path): unknown {
  const node = nodeAt(doc, path);
  return isScalar(node) ? node.value : undefined;
}

export function isKind(doc: Document, kind: string, apiVersion?: string): boolean {
  return doc.get('kind') === kind && (apiVersion === undefined || doc.get('apiVersion') === apiVersion);
}

/**
 * Built-in types (core `v1`, `apps/v1`, `*.k8s.io/…`): their schema is known, unlike custom
 * resources, whose validation depends on their CRD.
 */
export function isBuiltIn(doc: Document): boolean {
  const apiVersion = String(doc.get('apiVersion'));
  const group = apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
  return group === '' || group.endsWith('.k8s.io') || ['apps', 'batch', 'policy', 'autoscaling'].includes(group);
}

/** Where the pod spec is: in a Pod, in a workload's template, or in a CronJob's job template. */
export function podSpecPath(doc: Document): Path | undefined {
  if (!isBuiltIn(doc)) return undefined;
  const candidates: Path[] = [['spec'], ['spec', 'template', 'spec'], ['spec', 'jobTemplate', 'spec', 'template', 'spec']];
  return candidates.find((path) => isSeq(nodeAt(doc, [...path, 'containers'])));
}

export function ingressPathPaths(doc: Document): Path[] {
  return mapItemPaths(doc, ['spec', 'rules']).flatMap((rule) => mapItemPaths(doc, [...rule, 'http', 'paths']));
}

/** Every Ingress backend: each path's, then the default one. */
export function ingressBackendPaths(doc: Document): Path[] {
  const backends = ingressPathPaths(doc).map((path) => [...path, 'backend']);
  return [...backends, ['spec', 'defaultBackend']].filter((path) => mapAt(doc, path));
}

export interface PairVisit {
  pair: Pair;
  path: Path;
  /** The key of the mapping that holds the pair (`hostPath` for `hostPath.type`). */
  parentKey?: string;
}

/** Every key/value pair of the document, depth first, in the order they are written. */
export function allPairs(doc: Document): PairVisit[] {
  const visits: PairVisit[] = [];
  const visit = (node: unknown, path: Path, parentKey?: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key === undefined) continue;
        visits.push({ pair, path: [...path, key], parentKey });
        visit(pair.value, [...path, key], key);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, [...path, i], parentKey));
    }
  };
  visit(doc.contents, []);
  return visits;
}

export function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

/** `name` with two neighbouring letters swapped near its end (`test-volume` → `test-volmue`), not in `taken`. */
export function typo(name: string, taken: ReadonlySet<unknown> = new Set()): string {
  for (let i = name.length - 3; i >= 0; i--) {
    const [a, b] = [name[i], name[i + 1]];
    if (a === b || !/[a-z]/.test(a) || !/[a-z]/.test(b)) continue;
    const candidate = name.slice(0, i) + b + a + name.slice(i + 2);
    if (!taken.has(candidate)) return candidate;
  }
  return `${name.slice(0, 58)}-typo`;
}
