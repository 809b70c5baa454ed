// Ingress and IngressClass, as networking.k8s.io/v1 validation sees them.
import type { Findings } from '../findings';
import { isDns1123Subdomain, isIP, isWildcardDnsSubdomain } from '../formats';
import type { Field } from '../yaml';
import { checkName, checkPortName, checkPortNumber, refusedPlaceholder } from './names';

/** The annotation that chose the class before `spec.ingressClassName` (Kubernetes 1.18). */
export const INGRESS_CLASS_ANNOTATION = 'kubernetes.io/ingress.class';

const INVALID_PATH_SEQUENCES = ['//', '/./', '/../', '%2f', '%2F'];
const INVALID_PATH_SUFFIXES = ['/..', '/.'];

export function checkIngress(root: Field, findings: Findings): void {
  const spec = root.get('spec');
  if (!spec.isMap) return;
  const rules = spec.get('rules').items();
  const defaultBackend = spec.get('defaultBackend');
  if (rules.length === 0 && !defaultBackend.exists) findings.error(spec.keyAnchor, 'ingress-rules-or-backend', { path: spec.path });
  const className = spec.get('ingressClassName');
  checkName(className, 'dns-subdomain', findings);
  checkClassAnnotation(root.at('metadata.annotations').get(INGRESS_CLASS_ANNOTATION), className, findings);
  if (defaultBackend.exists) checkBackend(defaultBackend, findings);
  for (const rule of rules) {
    checkHost(rule.get('host'), findings);
    for (const path of rule.at('http.paths').items()) {
      checkPath(path, findings);
      checkBackend(path.get('backend'), findings);
    }
  }
  for (const tls of spec.get('tls').items()) {
    for (const host of tls.get('hosts').items()) checkHost(host, findings);
    checkName(tls.get('secretName'), 'dns-subdomain', findings);
  }
}

function checkClassAnnotation(annotation: Field, className: Field, findings: Findings) {
  if (!annotation.exists) return;
  if (className.text !== undefined && annotation.text !== className.text)
    findings.error(annotation.anchor, 'ingress-class-conflict', { path: annotation.path, annotation: String(annotation.value), className: className.text });
  else findings.warning(annotation.keyAnchor, 'deprecated-annotation', { path: annotation.path, annotation: INGRESS_CLASS_ANNOTATION, replacement: 'spec.ingressClassName' });
}

/** Rule and TLS hosts: DNS names, `*` only as a whole first label, never an IP address. */
function checkHost(host: Field, findings: Findings) {
  const value = host.text;
  if (value === undefined || refusedPlaceholder(host, findings)) return;
  if (isIP(value)) findings.error(host.anchor, 'ingress-host', { path: host.path, value }, 'ingress-host-ip');
  else if (value.includes('*') ? !isWildcardDnsSubdomain(value) : !isDns1123Subdomain(value))
    findings.error(host.anchor, 'ingress-host', { path: host.path, value }, value.includes('*') ? 'ingress-host-wildcard' : 'ingress-host-invalid');
}

function checkPath(httpPath: Field, findings: Findings) {
  const pathType = httpPath.get('pathType').text;
  const path = httpPath.get('path');
  const value = path.text ?? '';
  if (pathType !== 'Prefix' && pathType !== 'Exact' && !(pathType === 'ImplementationSpecific' && value !== '')) return;
  if (!value.startsWith('/')) {
    findings.error(path.exists ? path.anchor : httpPath.anchor, 'ingress-path', { path: path.path, value, pathType }, 'ingress-path-absolute');
    return;
  }
  if (pathType === 'ImplementationSpecific') return;
  const sequence = INVALID_PATH_SEQUENCES.find((s) => value.includes(s)) ?? INVALID_PATH_SUFFIXES.find((s) => value.endsWith(s));
  if (sequence) findings.error(path.anchor, 'ingress-path', { path: path.path, value, sequence }, 'ingress-path-sequence');
}

/** A backend names a Service (by name, with one port) or a resource, not both. */
function checkBackend(backend: Field, findings: Findings) {
  if (!backend.isMap) return;
  const service = backend.get('service');
  const resource = backend.get('resource');
  if (service.exists === resource.exists) {
    findings.error(backend.keyAnchor, 'ingress-backend', { path: backend.path }, service.exists ? 'ingress-backend-both' : 'ingress-backend-none');
    return;
  }
  if (!service.isMap) return;
  checkName(service.get('name'), 'dns-1035-label', findings);
  const port = service.get('port');
  if (!port.isMap) {
    if (!port.exists) findings.error(service.keyAnchor, 'ingress-service-port', { path: port.path }, 'ingress-service-port-missing');
    return;
  }
  const name = port.get('name');
  const number = port.get('number');
  if (name.exists && number.exists) findings.error(port.keyAnchor, 'ingress-service-port', { path: port.path }, 'ingress-service-port-both');
  else if (!name.exists && !number.exists) findings.error(port.keyAnchor, 'ingress-service-port', { path: port.path }, 'ingress-service-port-missing');
  checkPortName(name, findings);
  checkPortNumber(number, findings);
}

export function checkIngressClass(root: Field, findings: Findings): void {
  const spec = root.get('spec');
  const controller = spec.get('controller');
  if (!controller.exists) findings.error((spec.exists ? spec : root).keyAnchor, 'ingressclass-controller', { path: 'spec.controller' }, 'ingressclass-controller-required');
  else if (controller.text !== undefined && !isDomainPrefixedPath(controller.text))
    findings.error(controller.anchor, 'ingressclass-controller', { path: controller.path, value: controller.text }, 'ingressclass-controller-format');
  const parameters = spec.get('parameters');
  if (!parameters.isMap) return;
  const scope = parameters.get('scope').text ?? 'Cluster';
  const namespace = parameters.get('namespace');
  if (scope === 'Namespace' && !namespace.exists)
    findings.error(parameters.get('scope').anchor, 'ingressclass-parameters', { path: namespace.path }, 'ingressclass-parameters-namespace-required');
  if (scope === 'Cluster' && namespace.exists)
    findings.error(namespace.keyAnchor, 'ingressclass-parameters', { path: namespace.path }, 'ingressclass-parameters-namespace-forbidden');
  if (scope !== 'Namespace' && scope !== 'Cluster')
    findings.error(parameters.get('scope').anchor, 'schema-enum', { path: parameters.get('scope').path, value: scope, allowed: '"Cluster", "Namespace"' });
}

/** `example.com/ingress-controller`: a DNS subdomain, a slash, a path. */
function isDomainPrefixedPath(value: string): boolean {
  const slash = value.indexOf('/');
  return slash > 0 && slash < value.length - 1 && isDns1123Subdomain(value.slice(0, slash)) && value.length <= 250;
}
