// Migration challenges: a course block written for an API that clusters no longer serve
// (`networking.k8s.io/v1beta1` Ingress, `extensions/v1beta1` Deployment, `cert-manager.io/v1alpha2`…)
// is kept as written for the learner to migrate, and the generator writes the migrated manifest
// as the solution. The checker says which apiVersion replaces the removed one; the field changes
// that come with it are made here, kind by kind.
import { isMap, isScalar, isSeq, parseAllDocuments, type Document, type YAMLMap } from 'yaml';
import type { YamlFixExpectation } from '../decks/types';
import { checkManifest } from '../manifest/check';

export interface Migration {
  /** The manifest on current APIs. */
  solution: string;
  /** Each removed apiVersion of the block with its replacement, in order of appearance. */
  changes: { kind: string; from: string; to: string }[];
  expect: YamlFixExpectation[];
}

/** The block migrated to current APIs, or undefined when it uses no removed API or has no replacement. */
export function migrateManifest(block: string): Migration | undefined {
  const replacements = new Map<string, string>(); // "apiVersion kind" → current apiVersion
  for (const finding of checkManifest(block)) {
    if (finding.rule !== 'api-version-removed') continue;
    const { apiVersion, kind, current } = finding.params as Record<string, string>;
    if (apiVersion && kind && current) replacements.set(`${apiVersion} ${kind}`, current);
  }
  if (replacements.size === 0) return undefined;
  const documents = parseAllDocuments(block);
  if (!Array.isArray(documents) || documents.some((doc) => doc.errors.length > 0)) return undefined;
  const changes: Migration['changes'] = [];
  for (const doc of documents) {
    const apiVersion = doc.get('apiVersion');
    const kind = doc.get('kind');
    if (typeof apiVersion !== 'string' || typeof kind !== 'string') continue;
    const current = replacements.get(`${apiVersion} ${kind}`);
    if (!current) continue;
    doc.set('apiVersion', current);
    FIELD_CHANGES[current.split('/')[0]]?.(doc, kind);
    changes.push({ kind, from: apiVersion, to: current });
  }
  if (changes.length === 0) return undefined;
  const solution = documents.map((doc) => doc.toString({ lineWidth: 0 })).join('---\n');
  const seen = new Set<string>();
  const expect: YamlFixExpectation[] = [];
  for (const change of changes) {
    if (seen.has(change.kind)) continue;
    seen.add(change.kind);
    expect.push({ kind: change.kind, path: 'apiVersion', equals: change.to });
  }
  return { solution, changes, expect };
}

/** Field changes that come with a new apiVersion, by API group of the new version. */
const FIELD_CHANGES: Record<string, (doc: Document, kind: string) => void> = {
  'networking.k8s.io': (doc, kind) => {
    if (kind === 'Ingress') migrateIngress(doc);
  },
  apps: (doc) => addSelector(doc),
  'cert-manager.io': (doc, kind) => {
    if (kind === 'Certificate') migrateCertificate(doc);
  },
};

/**
 * Ingress v1beta1 → v1: `serviceName`/`servicePort` become `service.name` and `service.port.number`
 * (or `.name`), every path gets a `pathType`, and the `kubernetes.io/ingress.class` annotation
 * becomes `ingressClassName`.
 */
function migrateIngress(doc: Document): void {
  const annotations = doc.getIn(['metadata', 'annotations']);
  if (isMap(annotations)) {
    const ingressClass = annotations.get('kubernetes.io/ingress.class');
    if (typeof ingressClass === 'string') {
      annotations.delete('kubernetes.io/ingress.class');
      if (annotations.items.length === 0) doc.deleteIn(['metadata', 'annotations']);
      doc.setIn(['spec', 'ingressClassName'], ingressClass);
      moveFirst(doc.get('spec') as YAMLMap, 'ingressClassName');
    }
  }
  const spec = doc.get('spec');
  if (!isMap(spec)) return;
  const defaultBackend = spec.get('backend');
  if (isMap(defaultBackend)) {
    migrateBackend(doc, defaultBackend);
    spec.set('defaultBackend', defaultBackend);
    spec.delete('backend');
  }
  const rules = spec.get('rules');
  if (!isSeq(rules)) return;
  for (const rule of rules.items) {
    const paths = isMap(rule) ? (rule.getIn(['http', 'paths']) as unknown) : undefined;
    if (!isSeq(paths)) continue;
    for (const path of paths.items) {
      if (!isMap(path)) continue;
      if (!path.has('pathType')) {
        // v1beta1 matched paths by prefix in practice: Prefix keeps the course's behaviour.
        path.set('pathType', 'Prefix');
        moveLast(path, 'backend');
      }
      const backend = path.get('backend');
      if (isMap(backend)) migrateBackend(doc, backend);
    }
  }
}

function migrateBackend(doc: Document, backend: YAMLMap): void {
  const name = backend.get('serviceName');
  const port = backend.get('servicePort');
  if (name === undefined) return;
  backend.delete('serviceName');
  backend.delete('servicePort');
  const portValue = typeof port === 'number' || /^\d+$/.test(String(port)) ? { number: Number(port) } : { name: String(port) };
  backend.set('service', doc.createNode({ name, port: portValue }));
}

function moveLast(map: YAMLMap, key: string): void {
  const pair = takePair(map, key);
  if (pair) map.items.push(pair);
}

/** A pair's key: a Scalar when parsed, a plain value when added with `set`. */
function keyOf(pair: YAMLMap['items'][number]): unknown {
  return isScalar(pair.key) ? pair.key.value : pair.key;
}

function moveFirst(map: YAMLMap, key: string): void {
  const pair = takePair(map, key);
  if (pair) map.items.unshift(pair);
}

function takePair(map: YAMLMap, key: string): YAMLMap['items'][number] | undefined {
  const index = map.items.findIndex((item) => keyOf(item) === key);
  return index < 0 ? undefined : map.items.splice(index, 1)[0];
}

/** apps/v1 requires `spec.selector`, which older versions derived from the pod template's labels. */
function addSelector(doc: Document): void {
  if (doc.hasIn(['spec', 'selector'])) return;
  const labels = doc.getIn(['spec', 'template', 'metadata', 'labels']);
  if (!isMap(labels)) return;
  const selector = doc.createNode({ matchLabels: labels.toJSON() as Record<string, unknown> });
  const spec = doc.get('spec') as YAMLMap;
  // Before the template, where people look for it.
  const templateIndex = spec.items.findIndex((item) => keyOf(item) === 'template');
  spec.items.splice(templateIndex < 0 ? spec.items.length : templateIndex, 0, doc.createPair('selector', selector));
}

/** cert-manager v1 groups the key settings under `privateKey` and the subject fields under `subject`. */
function migrateCertificate(doc: Document): void {
  const spec = doc.get('spec');
  if (!isMap(spec)) return;
  const keyFields: [string, string][] = [
    ['keyAlgorithm', 'algorithm'],
    ['keySize', 'size'],
    ['keyEncoding', 'encoding'],
  ];
  for (const [old, current] of keyFields) {
    if (!spec.has(old)) continue;
    const value = spec.get(old);
    // v1 spells the algorithm and the encoding in capitals (`rsa` → `RSA`, `pkcs1` → `PKCS1`).
    doc.setIn(['spec', 'privateKey', current], typeof value === 'string' ? value.toUpperCase() : value);
    spec.delete(old);
  }
  if (spec.has('organization')) {
    doc.setIn(['spec', 'subject', 'organizations'], spec.get('organization', true));
    spec.delete('organization');
  }
}
