// Checks across the documents of one file. The API server accepts all of these; they are
// warnings because the objects would not work together as written.
import type { Findings } from '../findings';
import type { Field } from '../yaml';
import { podTemplateOf } from './pods';

export interface FileDocument {
  index: number;
  apiVersion: string;
  kind: string;
  root: Field;
}

const namespaceOf = (doc: FileDocument) => doc.root.at('metadata.namespace').text;
/** An object without a namespace goes wherever kubectl sends it: it may meet any namespace. */
const sameNamespace = (a: string | undefined, b: string | undefined) => a === undefined || b === undefined || a === b;

export function checkAcrossDocuments(documents: FileDocument[], findings: Findings): void {
  checkDuplicateObjects(documents, findings);
  checkServiceSelectors(documents, findings);
  checkIngresses(documents, findings);
}

function checkDuplicateObjects(documents: FileDocument[], findings: Findings) {
  const seen = new Map<string, FileDocument>();
  for (const doc of documents) {
    const name = doc.root.at('metadata.name');
    if (name.text === undefined) continue;
    const group = doc.apiVersion.includes('/') ? doc.apiVersion.split('/')[0] : '';
    const key = `${group} ${doc.kind} ${namespaceOf(doc) ?? ''} ${name.text}`;
    const first = seen.get(key);
    findings.document = doc.index;
    if (first) findings.warning(name.anchor, 'duplicate-object', { kind: doc.kind, name: name.text, first: first.index + 1 });
    else seen.set(key, doc);
  }
}

/**
 * Only when the file has pod templates: a Service alone in its file selects pods defined elsewhere.
 * Templates are indexed by label so that a file of thousands of objects is checked in linear time.
 */
function checkServiceSelectors(documents: FileDocument[], findings: Findings) {
  const byLabel = new Map<string, { namespace: string | undefined; labels: Map<string, string | undefined> }[]>();
  let hasTemplates = false;
  for (const doc of documents) {
    const template = podTemplateOf(doc.kind, doc.root);
    if (!template) continue;
    hasTemplates = true;
    const entry = { namespace: namespaceOf(doc), labels: new Map(template.labels.entries().map(([key, value]) => [key, value.text] as const)) };
    for (const [key, value] of entry.labels) {
      const label = `${key}=${value}`;
      const list = byLabel.get(label);
      if (list) list.push(entry);
      else byLabel.set(label, [entry]);
    }
  }
  if (!hasTemplates) return;
  const verdicts = new Map<string, boolean>();
  for (const doc of documents) {
    if (doc.kind !== 'Service' || doc.apiVersion !== 'v1') continue;
    const selector = doc.root.at('spec.selector');
    const wanted = selector.entries().map(([key, value]) => [key, value.text] as const);
    if (wanted.length === 0) continue;
    const namespace = namespaceOf(doc);
    const signature = JSON.stringify([namespace ?? null, wanted]);
    let matches = verdicts.get(signature);
    if (matches === undefined) {
      // The rarest wanted label gives the fewest templates to compare.
      const candidates = wanted.map(([key, value]) => byLabel.get(`${key}=${value}`) ?? []).reduce((a, b) => (b.length < a.length ? b : a));
      matches = candidates.some((template) => sameNamespace(template.namespace, namespace) && wanted.every(([key, value]) => template.labels.get(key) === value));
      verdicts.set(signature, matches);
    }
    findings.document = doc.index;
    if (!matches) findings.warning(selector.keyAnchor, 'service-selector-unmatched', { selector: wanted.map(([k, v]) => `${k}=${v}`).join(', ') });
  }
}

function checkIngresses(documents: FileDocument[], findings: Findings) {
  const servicesByName = new Map<string, FileDocument[]>();
  for (const doc of documents) {
    const name = doc.kind === 'Service' && doc.apiVersion === 'v1' ? doc.root.at('metadata.name').text : undefined;
    if (name === undefined) continue;
    const list = servicesByName.get(name);
    if (list) list.push(doc);
    else servicesByName.set(name, [doc]);
  }
  /** Service names a namespace can reach, for the message (computed once per namespace). */
  const reachable = (namespace: string | undefined) => {
    const key = namespace ?? '';
    let names = namesByNamespace.get(key);
    if (names === undefined) {
      names = [...servicesByName.entries()].filter(([, list]) => list.some((s) => sameNamespace(namespaceOf(s), namespace))).map(([name]) => name).slice(0, 10).join(', ') || '-';
      namesByNamespace.set(key, names);
    }
    return names;
  };
  const namesByNamespace = new Map<string, string>();
  for (const doc of documents) {
    if (doc.kind !== 'Ingress' || doc.apiVersion !== 'networking.k8s.io/v1') continue;
    findings.document = doc.index;
    const spec = doc.root.get('spec');
    const rules = spec.get('rules').items();
    const backends = [spec.get('defaultBackend'), ...rules.flatMap((rule) => rule.at('http.paths').items().map((path) => path.get('backend')))];
    // Only files that define Services say which ones exist.
    if (servicesByName.size > 0) for (const backend of backends) checkBackendService(backend.get('service'), servicesByName, namespaceOf(doc), reachable, findings);
    const ruleHosts = rules.map((rule) => rule.get('host').text);
    if (ruleHosts.length === 0 || ruleHosts.includes(undefined)) continue;
    for (const host of spec.get('tls').items().flatMap((tls) => tls.get('hosts').items())) {
      if (host.text !== undefined && !ruleHosts.some((ruleHost) => hostsMatch(host.text!, ruleHost!)))
        findings.warning(host.anchor, 'ingress-tls-host-unmatched', { value: host.text });
    }
  }
}

function checkBackendService(
  service: Field,
  servicesByName: Map<string, FileDocument[]>,
  namespace: string | undefined,
  reachable: (namespace: string | undefined) => string,
  findings: Findings,
) {
  const name = service.get('name');
  if (name.text === undefined) return;
  const target = servicesByName.get(name.text)?.find((s) => sameNamespace(namespaceOf(s), namespace));
  if (!target) {
    findings.warning(name.anchor, 'ingress-backend-service-missing', { value: name.text, services: reachable(namespace) });
    return;
  }
  const ports = target.root.at('spec.ports').items();
  const number = service.at('port.number');
  const portName = service.at('port.name');
  const wanted = number.exists ? number : portName;
  if (wanted.value === undefined || ports.length === 0) return;
  const found = ports.some((port) => (number.exists ? port.get('port').value === number.value : port.get('name').value === portName.value));
  const listed = ports.map((port) => (port.get('name').text ? `${port.get('port').value} (${port.get('name').text})` : String(port.get('port').value)));
  if (!found) findings.warning(wanted.anchor, 'ingress-backend-port-missing', { service: name.text, value: String(wanted.value), ports: listed.join(', ') });
}

/** A TLS host serves a rule host when they are equal, or when one is a wildcard covering the other. */
function hostsMatch(tlsHost: string, ruleHost: string): boolean {
  if (tlsHost === ruleHost) return true;
  const covers = (wildcard: string, host: string) => wildcard.startsWith('*.') && host.split('.').slice(1).join('.') === wildcard.slice(2);
  return covers(tlsHost, ruleHost) || covers(ruleHost, tlsHost);
}
