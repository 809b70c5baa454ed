// Gateway API (gateway.networking.k8s.io): the CEL rules (`x-kubernetes-validations`) of its
// standard-channel CRDs that the schema alone does not carry. The API server evaluates them on
// create; the checker mirrors, by hand, those a person writing a Gateway or a route meets.
import type { Findings } from '../findings';
import type { Field } from '../yaml';
import { own } from '../own';

/** Gateway: `spec.listeners` rules of the Gateway CRD (gateway.networking.k8s.io_gateways.yaml). */
export function checkGateway(root: Field, findings: Findings): void {
  const listeners = root.at('spec.listeners').items();
  const names = new Map<string, Field>();
  const combinations = new Map<string, Field>();
  for (const listener of listeners) {
    const name = listener.get('name');
    const protocol = listener.get('protocol').text;
    const tls = listener.get('tls');
    const hostname = listener.get('hostname');
    // "Listener name must be unique within the Gateway"
    if (name.text !== undefined) {
      const first = names.get(name.text);
      if (first) findings.error(name.anchor, 'gateway-listener-duplicate', { path: name.path, value: name.text, first: first.path });
      else names.set(name.text, name);
    }
    // "Combination of port, protocol and hostname must be unique for each listener"
    const combination = JSON.stringify([listener.get('port').value, protocol, hostname.text ?? null]);
    const sameTraffic = combinations.get(combination);
    if (sameTraffic) findings.error(listener.get('port').anchor, 'gateway-listener-conflict', { path: listener.path, first: sameTraffic.path });
    else combinations.set(combination, listener);
    if (protocol === undefined) continue;
    // "tls must not be specified for protocols ['HTTP', 'TCP', 'UDP']"
    if (tls.exists && ['HTTP', 'TCP', 'UDP'].includes(protocol)) findings.error(tls.keyAnchor, 'gateway-listener-tls-forbidden', { path: tls.path, protocol });
    // "hostname must not be specified for protocols ['TCP', 'UDP']"
    if (hostname.text && ['TCP', 'UDP'].includes(protocol)) findings.error(hostname.keyAnchor, 'gateway-listener-hostname-forbidden', { path: hostname.path, protocol });
    const mode = tls.get('mode').text ?? (tls.exists ? 'Terminate' : undefined); // the CRD's default
    // "tls mode must be Terminate for protocol HTTPS"
    if (protocol === 'HTTPS' && mode === 'Passthrough') findings.error(tls.get('mode').anchor, 'gateway-listener-https-passthrough', { path: tls.get('mode').path });
    // "tls mode must be set for protocol TLS"
    if (protocol === 'TLS' && !tls.get('mode').text) findings.error(tls.exists ? tls.keyAnchor : listener.get('protocol').anchor, 'gateway-listener-tls-mode', { path: tls.at('mode').path });
    // "certificateRefs or options must be specified when mode is Terminate"
    if (tls.exists && mode === 'Terminate' && tls.get('certificateRefs').items().length === 0 && tls.get('options').entries().length === 0)
      findings.error(tls.keyAnchor, 'gateway-listener-certificate', { path: tls.get('certificateRefs').path });
  }
}

/** HTTPRoute: the CEL rules of gateway.networking.k8s.io_httproutes.yaml on matches, filters and backendRefs. */
export function checkHTTPRoute(root: Field, findings: Findings): void {
  checkParentRefs(root.at('spec.parentRefs'), findings);
  for (const rule of root.at('spec.rules').items()) {
    for (const match of rule.get('matches').items()) checkPathMatch(match.get('path'), findings);
    const filters = rule.get('filters');
    checkFilters(filters, findings);
    const backendRefs = rule.get('backendRefs').items();
    // "RequestRedirect filter must not be used together with backendRefs"
    const redirect = filters.items().find((filter) => filter.get('requestRedirect').exists || filter.get('type').text === 'RequestRedirect');
    if (redirect && backendRefs.length > 0) findings.error(redirect.get('type').anchor, 'gateway-redirect-with-backends', { path: redirect.path });
    for (const backend of backendRefs) {
      checkServiceBackendPort(backend, findings);
      checkFilters(backend.get('filters'), findings);
    }
  }
}

/** GRPCRoute: the same parentRefs, filters and backendRefs rules (gateway.networking.k8s.io_grpcroutes.yaml). */
export function checkGRPCRoute(root: Field, findings: Findings): void {
  checkParentRefs(root.at('spec.parentRefs'), findings);
  for (const rule of root.at('spec.rules').items()) {
    checkFilters(rule.get('filters'), findings);
    for (const backend of rule.get('backendRefs').items()) {
      checkServiceBackendPort(backend, findings);
      checkFilters(backend.get('filters'), findings);
    }
  }
}

/** "sectionName must be specified when parentRefs includes 2 or more references to the same parent" (and be unique). */
function checkParentRefs(parentRefs: Field, findings: Findings) {
  const seen = new Map<string, Field>();
  for (const ref of parentRefs.items()) {
    const parent = JSON.stringify([ref.get('group').text ?? 'gateway.networking.k8s.io', ref.get('kind').text ?? 'Gateway', ref.get('namespace').text ?? '', ref.get('name').text]);
    const key = `${parent} ${ref.get('sectionName').text ?? ''} ${ref.get('port').value ?? ''}`;
    const first = seen.get(key);
    if (first) findings.error(ref.get('name').anchor, 'gateway-parent-ref-ambiguous', { path: ref.path, first: first.path });
    else seen.set(key, ref);
  }
}

/** "value must be an absolute path and start with '/' when type one of ['Exact', 'PathPrefix']". */
function checkPathMatch(path: Field, findings: Findings) {
  const type = path.get('type').text ?? 'PathPrefix'; // the CRD's default
  const value = path.get('value');
  if ((type === 'Exact' || type === 'PathPrefix') && value.text !== undefined && !value.text.startsWith('/'))
    findings.error(value.anchor, 'gateway-path-absolute', { path: value.path, value: value.text, type });
}

/** Filter fields named after their type: `type: RequestHeaderModifier` with `requestHeaderModifier:`, and no other. */
const FILTER_FIELDS: Record<string, string> = {
  RequestHeaderModifier: 'requestHeaderModifier',
  ResponseHeaderModifier: 'responseHeaderModifier',
  RequestMirror: 'requestMirror',
  RequestRedirect: 'requestRedirect',
  URLRewrite: 'urlRewrite',
  ExtensionRef: 'extensionRef',
  CORS: 'cors',
};

/** "filter.X must be specified for X filter.type", "… must be nil if the filter.type is not X", "X filter cannot be repeated". */
function checkFilters(filters: Field, findings: Findings) {
  const types = new Map<string, Field>();
  for (const filter of filters.items()) {
    const type = filter.get('type');
    const wanted = type.text !== undefined ? own(FILTER_FIELDS, type.text) : undefined;
    if (wanted === undefined) continue; // an unknown type is the schema's enum error
    if (!filter.get(wanted).exists) findings.error(type.anchor, 'gateway-filter-field-missing', { path: filter.path, type: type.text!, field: wanted });
    for (const [name, field] of Object.entries(FILTER_FIELDS))
      if (name !== type.text && filter.get(field).exists) findings.error(filter.get(field).keyAnchor, 'gateway-filter-field-mismatch', { path: filter.get(field).path, type: type.text!, field });
    const first = types.get(type.text!);
    if (first && type.text !== 'RequestMirror' && type.text !== 'ExtensionRef') findings.error(type.anchor, 'gateway-filter-repeated', { path: filter.path, type: type.text!, first: first.path });
    else types.set(type.text!, filter);
  }
  // "May specify either httpRouteFilterRequestRedirect or httpRouteFilterRequestRewrite, but not both"
  if (types.has('RequestRedirect') && types.has('URLRewrite'))
    findings.error(types.get('URLRewrite')!.get('type').anchor, 'gateway-filter-redirect-and-rewrite', { path: types.get('URLRewrite')!.path });
}

/** "Must have port for Service reference": a backendRef to a Service (the default kind) names its port. */
function checkServiceBackendPort(backend: Field, findings: Findings) {
  const group = backend.get('group').text ?? '';
  const kind = backend.get('kind').text ?? 'Service';
  if (group === '' && kind === 'Service' && backend.isMap && !backend.get('port').exists)
    findings.error(backend.anchor, 'gateway-backend-port', { path: backend.get('port').path });
}
