// Ways to break a valid Kubernetes manifest so that the API server rejects it, for yaml-fix
// drafts: one function per kind, each editing the parsed yaml Document in place (comments and
// layout survive), applied to the first document of the manifest where it fits.
import { isMap, isScalar, isSeq, parseAllDocuments, Scalar, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { YamlFixExpectation } from '../decks/types';

/** The mutation kinds, most instructive first: a draft uses the first one that fits its manifest. */
export const MUTATION_KINDS = [
  'ingress-legacy-api-version',
  'ingress-missing-path-type',
  'ingress-port-shape',
  'volume-mount-unknown-volume',
  'enum-wrong-case',
  'port-out-of-range',
  'port-as-string',
  'missing-container-image',
  'misspelled-field',
  'missing-metadata-name',
] as const;

export type MutationKind = (typeof MUTATION_KINDS)[number];

export interface MutatedManifest {
  kind: MutationKind;
  /** The manifest with the mistake. */
  broken: string;
  /** The original manifest, written out the same way as `broken` so that only the mistake differs. */
  solution: string;
  /** Assertions the fixed manifest must meet, when the mistake has a single natural fix. */
  expect: YamlFixExpectation[];
}

/** Expectations on the fixed manifest, or undefined when the kind does not fit this document. */
type Mutation = (doc: Document) => Expectation[] | undefined;
type Expectation = { path: Path; equals: unknown } | { path: Path; exists: boolean };
type Path = (string | number)[];

const MUTATIONS: Record<MutationKind, Mutation> = {
  'ingress-legacy-api-version': ingressLegacyApiVersion,
  'ingress-missing-path-type': ingressMissingPathType,
  'ingress-port-shape': ingressPortShape,
  'volume-mount-unknown-volume': volumeMountUnknownVolume,
  'enum-wrong-case': enumWrongCase,
  'port-out-of-range': portOutOfRange,
  'port-as-string': portAsString,
  'missing-container-image': missingContainerImage,
  'misspelled-field': misspelledField,
  'missing-metadata-name': missingMetadataName,
};

export type ManifestReading =
  | { ok: true; documents: Document[] }
  | { ok: false; reason: 'syntax'; detail: string }
  | { ok: false; reason: 'template' | 'empty' | 'not-a-manifest' };

/**
 * The documents of a YAML text when every one of them is a Kubernetes object (a mapping with
 * `apiVersion` and `kind`); empty documents (`---` at the end) are left out.
 */
export function readManifests(text: string): ManifestReading {
  // Helm and Hugo templates (`{{ .Values.x }}`) are not manifests until rendered.
  if (/\{\{|\{%/.test(text)) return { ok: false, reason: 'template' };
  const documents: Document[] = parseAllDocuments(text, { prettyErrors: false });
  for (const doc of documents) {
    if (doc.errors.length > 0) return { ok: false, reason: 'syntax', detail: doc.errors[0].message.split('\n')[0] };
  }
  const manifests = documents.filter((doc) => !isEmptyDocument(doc));
  if (manifests.length === 0) return { ok: false, reason: 'empty' };
  const isObject = (doc: Document) =>
    isMap(doc.contents) && typeof doc.get('apiVersion') === 'string' && typeof doc.get('kind') === 'string';
  return manifests.every(isObject) ? { ok: true, documents: manifests } : { ok: false, reason: 'not-a-manifest' };
}

/** A document with nothing in it, like the one after a trailing `---`. */
function isEmptyDocument(doc: Document): boolean {
  return doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null && !doc.contents.comment);
}

/** The kinds that fit `manifest`, in MUTATION_KINDS order. */
export function applicableMutations(manifest: string): MutationKind[] {
  return MUTATION_KINDS.filter((kind) => mutateManifest(manifest, kind) !== undefined);
}

/**
 * `manifest` broken by `kind` (in its first document where that kind fits), with the original
 * as solution; undefined when the text is not a manifest or the kind fits none of its documents.
 */
export function mutateManifest(manifest: string, kind: MutationKind): MutatedManifest | undefined {
  const reading = readManifests(manifest);
  if (!reading.ok) return undefined;
  const options = { indentSeq: indentsSequences(manifest) };
  const solution = reading.documents.map((doc) => doc.toString(options)).join('');
  for (const [index, doc] of reading.documents.entries()) {
    const expectations = MUTATIONS[kind](doc);
    if (!expectations) continue;
    const broken = reading.documents.map((d) => d.toString(options)).join('');
    return { kind, broken, solution, expect: locateExpectations(expectations, reading.documents, index) };
  }
  return undefined;
}

/**
 * Expectations apply to the first document (or to the first document of a given kind), so those
 * on a later document name its kind, and are dropped when an earlier document has the same kind.
 */
function locateExpectations(expectations: Expectation[], documents: Document[], index: number): YamlFixExpectation[] {
  const objectKind = String(documents[index].get('kind'));
  const firstOfKind = documents.findIndex((doc) => doc.get('kind') === objectKind);
  if (index > 0 && firstOfKind !== index) return [];
  return expectations.map((expectation) => ({
    ...(index > 0 ? { kind: objectKind } : {}),
    ...expectation,
    path: formatPath(expectation.path),
  }));
}

/** Whether the block indents sequences under their key (`key:\n  - a`) rather than not (`key:\n- a`). */
function indentsSequences(text: string): boolean {
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    const key = /^(\s*)(?:- )?[^\s#-][^:#]*:\s*(?:#.*)?$/.exec(line);
    if (!key) continue;
    const next = lines.slice(i + 1).find((l) => l.trim() !== '' && !l.trim().startsWith('#'));
    const item = next && /^(\s*)- /.exec(next);
    if (item) return item[1].length > key[1].length + (line.trimStart().startsWith('- ') ? 2 : 0);
  }
  return true;
}

/** `spec.rules[0].http`, or `metadata.annotations["cert-manager.io/issuer"]` for keys that need quotes. */
export function formatPath(path: Path): string {
  return path
    .map((segment, i) => {
      if (typeof segment === 'number') return `[${segment}]`;
      if (/^[A-Za-z_$][\w$-]*$/.test(segment)) return i === 0 ? segment : `.${segment}`;
      return `[${JSON.stringify(segment)}]`;
    })
    .join('');
}

// --- Reading the document --------------------------------------------------------------------

function nodeAt(doc: Document, path: Path): Node | undefined {
  return (doc.getIn(path, true) as Node | undefined) ?? undefined;
}

function mapAt(doc: Document, path: Path): YAMLMap | undefined {
  const node = nodeAt(doc, path);
  return isMap(node) ? node : undefined;
}

/** The indexes of the mapping items of the sequence at `path`. */
function mapItemPaths(doc: Document, path: Path): Path[] {
  const node = nodeAt(doc, path);
  if (!isSeq(node)) return [];
  return node.items.flatMap((item, i) => (isMap(item) ? [[...path, i]] : []));
}

function scalarValue(doc: Document, path: Path): unknown {
  const node = nodeAt(doc, path);
  return isScalar(node) ? node.value : undefined;
}

function isKind(doc: Document, kind: string, apiVersion?: string): boolean {
  return doc.get('kind') === kind && (apiVersion === undefined || doc.get('apiVersion') === apiVersion);
}

/**
 * Built-in types (core `v1`, `apps/v1`, `*.k8s.io/…`): their schema is known, unlike custom
 * resources, whose validation depends on their CRD.
 */
function isBuiltIn(doc: Document): boolean {
  const apiVersion = String(doc.get('apiVersion'));
  const group = apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
  return group === '' || group.endsWith('.k8s.io') || ['apps', 'batch', 'policy', 'autoscaling'].includes(group);
}

/** Where the pod spec is: in a Pod, in a workload's template, or in a CronJob's job template. */
function podSpecPath(doc: Document): Path | undefined {
  if (!isBuiltIn(doc)) return undefined;
  const candidates: Path[] = [['spec'], ['spec', 'template', 'spec'], ['spec', 'jobTemplate', 'spec', 'template', 'spec']];
  return candidates.find((path) => isSeq(nodeAt(doc, [...path, 'containers'])));
}

function ingressPathPaths(doc: Document): Path[] {
  return mapItemPaths(doc, ['spec', 'rules']).flatMap((rule) => mapItemPaths(doc, [...rule, 'http', 'paths']));
}

/** Every Ingress backend: each path's, then the default one. */
function ingressBackendPaths(doc: Document): Path[] {
  const backends = ingressPathPaths(doc).map((path) => [...path, 'backend']);
  return [...backends, ['spec', 'defaultBackend']].filter((path) => mapAt(doc, path));
}

interface PairVisit {
  pair: Pair;
  path: Path;
  /** The key of the mapping that holds the pair (`hostPath` for `hostPath.type`). */
  parentKey?: string;
}

/** Every key/value pair of the document, depth first, in the order they are written. */
function allPairs(doc: Document): PairVisit[] {
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

function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

// --- The mutations ---------------------------------------------------------------------------

/** `networking.k8s.io/v1` → `extensions/v1beta1`, which no cluster serves since Kubernetes 1.22. */
function ingressLegacyApiVersion(doc: Document): Expectation[] | undefined {
  if (!isKind(doc, 'Ingress', 'networking.k8s.io/v1')) return undefined;
  (nodeAt(doc, ['apiVersion']) as Scalar).value = 'extensions/v1beta1';
  return [{ path: ['apiVersion'], equals: 'networking.k8s.io/v1' }];
}

/** Drops the first path's `pathType`, required in `networking.k8s.io/v1`. */
function ingressMissingPathType(doc: Document): Expectation[] | undefined {
  if (!isKind(doc, 'Ingress', 'networking.k8s.io/v1')) return undefined;
  const path = ingressPathPaths(doc).find((p) => mapAt(doc, p)?.has('pathType'));
  if (!path) return undefined;
  doc.deleteIn([...path, 'pathType']);
  return [{ path: [...path, 'pathType'], exists: true }];
}

/** `port: {number: 80}` → `port: 80`: the backend port is an object (`number` or `name`). */
function ingressPortShape(doc: Document): Expectation[] | undefined {
  if (!isKind(doc, 'Ingress', 'networking.k8s.io/v1')) return undefined;
  for (const backend of ingressBackendPaths(doc)) {
    const portPath = [...backend, 'service', 'port'];
    const number = scalarValue(doc, [...portPath, 'number']);
    if (!isInteger(number)) continue;
    doc.setIn(portPath, new Scalar(number));
    return [{ path: [...portPath, 'number'], equals: number }];
  }
  return undefined;
}

/** Renames a volume mount (a typo) so that it matches no volume of the pod. */
function volumeMountUnknownVolume(doc: Document): Expectation[] | undefined {
  const spec = podSpecPath(doc);
  if (!spec) return undefined;
  const volumeNames = new Set(mapItemPaths(doc, [...spec, 'volumes']).map((path) => scalarValue(doc, [...path, 'name'])));
  for (const container of mapItemPaths(doc, [...spec, 'containers'])) {
    for (const mount of mapItemPaths(doc, [...container, 'volumeMounts'])) {
      const name = nodeAt(doc, [...mount, 'name']);
      if (!isScalar(name) || typeof name.value !== 'string' || !volumeNames.has(name.value)) continue;
      name.value = typo(name.value, volumeNames);
      // Either side may be renamed to fix it, so there is no single expected value.
      return [];
    }
  }
  return undefined;
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

/** Fields whose values form a closed, case-sensitive set in built-in types. */
const ENUM_FIELDS: { key: string; parentKey?: string; objectKind?: string; values: string[] }[] = [
  { key: 'pathType', values: ['Prefix', 'Exact', 'ImplementationSpecific'] },
  { key: 'type', parentKey: 'hostPath', values: ['Directory', 'DirectoryOrCreate', 'File', 'FileOrCreate', 'Socket', 'CharDevice', 'BlockDevice'] },
  { key: 'accessModes', values: ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'] },
  { key: 'type', parentKey: 'spec', objectKind: 'Service', values: ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'] },
  { key: 'protocol', values: ['TCP', 'UDP', 'SCTP'] },
  { key: 'restartPolicy', values: ['Always', 'OnFailure', 'Never'] },
  { key: 'imagePullPolicy', values: ['Always', 'IfNotPresent', 'Never'] },
  { key: 'persistentVolumeReclaimPolicy', values: ['Retain', 'Delete', 'Recycle'] },
  { key: 'reclaimPolicy', objectKind: 'StorageClass', values: ['Retain', 'Delete'] },
  { key: 'volumeBindingMode', values: ['Immediate', 'WaitForFirstConsumer'] },
  { key: 'volumeMode', values: ['Filesystem', 'Block'] },
  { key: 'policyTypes', values: ['Ingress', 'Egress'] },
  { key: 'externalTrafficPolicy', values: ['Cluster', 'Local'] },
];

/** Writes the first value of a closed set in lower case (`Directory` → `directory`), which the API refuses. */
function enumWrongCase(doc: Document): Expectation[] | undefined {
  if (!isBuiltIn(doc)) return undefined;
  for (const { pair, path, parentKey } of allPairs(doc)) {
    const field = ENUM_FIELDS.find(
      (f) =>
        f.key === path.at(-1) &&
        (f.parentKey === undefined || f.parentKey === parentKey) &&
        (f.objectKind === undefined || isKind(doc, f.objectKind)),
    );
    if (!field) continue;
    // A single value, or the first value of a list (`accessModes: [ReadWriteOnce]`).
    const [node, nodePath] = isSeq(pair.value) ? [pair.value.items[0], [...path, 0]] : [pair.value, path];
    if (!isScalar(node) || typeof node.value !== 'string' || !field.values.includes(node.value)) continue;
    const original = node.value;
    node.value = original.toLowerCase();
    return [{ path: nodePath, equals: original }];
  }
  return undefined;
}

interface PortField {
  path: Path;
  value: number;
  /** Whether a port name (a string) is also allowed there, as in a Service's `targetPort`. */
  allowsName: boolean;
}

/** The port numbers of containers, Services and Ingress backends, in that order. */
function portFields(doc: Document): PortField[] {
  const fields: Omit<PortField, 'value'>[] = [];
  const spec = podSpecPath(doc);
  if (spec) {
    for (const container of mapItemPaths(doc, [...spec, 'containers'])) {
      for (const port of mapItemPaths(doc, [...container, 'ports'])) fields.push({ path: [...port, 'containerPort'], allowsName: false });
    }
  }
  if (isKind(doc, 'Service', 'v1')) {
    for (const port of mapItemPaths(doc, ['spec', 'ports'])) {
      fields.push({ path: [...port, 'port'], allowsName: false }, { path: [...port, 'targetPort'], allowsName: true });
    }
  }
  if (isKind(doc, 'Ingress', 'networking.k8s.io/v1')) {
    for (const backend of ingressBackendPaths(doc)) fields.push({ path: [...backend, 'service', 'port', 'number'], allowsName: false });
  }
  return fields.flatMap((field) => {
    const value = scalarValue(doc, field.path);
    return isInteger(value) && value > 0 ? [{ ...field, value }] : [];
  });
}

/** A port with extra zeros (`8080` → `80800`): past 65535, the highest port number. */
function portOutOfRange(doc: Document): Expectation[] | undefined {
  const port = portFields(doc)[0];
  if (!port) return undefined;
  let wrong = port.value;
  while (wrong <= 65535) wrong *= 10;
  (nodeAt(doc, port.path) as Scalar).value = wrong;
  return [{ path: port.path, equals: port.value }];
}

/** A port number written as a string (`"80"`) where only an integer is allowed. */
function portAsString(doc: Document): Expectation[] | undefined {
  const port = portFields(doc).find((field) => !field.allowsName);
  if (!port) return undefined;
  const node = nodeAt(doc, port.path) as Scalar;
  node.value = String(port.value);
  node.type = Scalar.QUOTE_DOUBLE;
  return [{ path: port.path, equals: port.value }];
}

/** Drops the first container's `image`, which the API requires. */
function missingContainerImage(doc: Document): Expectation[] | undefined {
  const spec = podSpecPath(doc);
  const container = spec && mapItemPaths(doc, [...spec, 'containers'])[0];
  if (!container || !mapAt(doc, container)?.has('image')) return undefined;
  doc.deleteIn([...container, 'image']);
  return [{ path: [...container, 'image'], exists: true }];
}

/** Misspellings of required fields: the API refuses the unknown field and misses the required one. */
const MISSPELLINGS: [field: string, misspelled: string][] = [
  ['containers', 'container'],
  ['mountPath', 'mountpath'],
  ['accessModes', 'accessMode'],
  ['backend', 'backends'],
  ['template', 'templates'],
];

/** Misspells the first required field found (`containers` → `container`). */
function misspelledField(doc: Document): Expectation[] | undefined {
  if (!isBuiltIn(doc)) return undefined;
  const pairs = allPairs(doc);
  for (const [field, misspelled] of MISSPELLINGS) {
    const visit = pairs.find(({ path }) => path.at(-1) === field);
    if (!visit) continue;
    (visit.pair.key as Scalar).value = misspelled;
    return [{ path: visit.path, exists: true }];
  }
  return undefined;
}

/** Drops `metadata.name`: every object needs a name (unless it asks for a generated one). */
function missingMetadataName(doc: Document): Expectation[] | undefined {
  const metadata = mapAt(doc, ['metadata']);
  if (!metadata?.has('name') || metadata.has('generateName')) return undefined;
  metadata.delete('name');
  return [{ path: ['metadata', 'name'], exists: true }];
}
