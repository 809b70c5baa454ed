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

/** Only when the file has pod templates: a Service alone in its file selects pods defined elsewhere. */
function checkServiceSelectors(documents: FileDocument[], findings: Findings) {
  const templates = documents.flatMap((doc) => {
    const template = podTemplateOf(doc.kind, doc.root);
    if (!template) return [];
    const labels = template.labels.toJS();
    return [{ namespace: namespaceOf(doc), labels: (labels && typeof labels === 'object' ? labels : {}) as Record<string, string> }];
  });
  if (templates.length === 0) return;
  for (const doc of documents.filter((d) => d.kind === 'Service' && d.apiVersion === 'v1')) {
    const selector = doc.root.at('spec.selector');
    const wanted = selector.entries().map(([key, value]) => [key, value.text] as const);
    if (wanted.length === 0) continue;
    const matches = templates.some(
      (template) => sameNamespace(template.namespace, namespaceOf(doc)) && wanted.every(([key, value]) => template.labels[key] === value),
    );
    findings.document = doc.index;
    if (!matches) findings.warning(selector.keyAnchor, 'service-selector-unmatched', { selector: wanted.map(([k, v]) => `${k}=${v}`).join(', ') });
  }
}

function checkIngresses(documents: FileDocument[], findings: Findings) {
  const services = documents.filter((d) => d.kind === 'Service' && d.apiVersion === 'v1');
  for (const doc of documents.filter((d) => d.kind === 'Ingress' && d.apiVersion === 'networking.k8s.io/v1')) {
    findings.document = doc.index;
    const spec = doc.root.get('spec');
    const rules = spec.get('rules').items();
    const backends = [spec.get('defaultBackend'), ...rules.flatMap((rule) => rule.at('http.paths').items().map((path) => path.get('backend')))];
    // Only files that define Services say which ones exist.
    if (services.length > 0) for (const backend of backends) checkBackendService(backend.get('service'), services.filter((s) => sameNamespace(namespaceOf(s), namespaceOf(doc))), findings);
    const ruleHosts = rules.map((rule) => rule.get('host').text);
    if (ruleHosts.length === 0 || ruleHosts.includes(undefined)) continue;
    for (const host of spec.get('tls').items().flatMap((tls) => tls.get('hosts').items())) {
      if (host.text !== undefined && !ruleHosts.some((ruleHost) => hostsMatch(host.text!, ruleHost!)))
        findings.warning(host.anchor, 'ingress-tls-host-unmatched', { value: host.text });
    }
  }
}

function checkBackendService(service: Field, services: FileDocument[], findings: Findings) {
  const name = service.get('name');
  if (name.text === undefined) return;
  const target = services.find((s) => s.root.at('metadata.name').text === name.text);
  if (!target) {
    const names = services.map((s) => s.root.at('metadata.name').text).filter(Boolean);
    findings.warning(name.anchor, 'ingress-backend-service-missing', { value: name.text, services: names.join(', ') || '-' });
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
