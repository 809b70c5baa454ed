// Services: ports and their names, node ports, selectors, deprecated fields.
import type { Findings } from '../findings';
import type { Field } from '../yaml';
import { checkLabels, checkName, checkPortNumber, checkPortNumberOrName, checkUnique } from './names';

/** The API server's default --service-node-port-range. */
export const NODE_PORT_RANGE = { min: 30000, max: 32767 };

export function checkService(root: Field, findings: Findings): void {
  const spec = root.get('spec');
  if (!spec.isMap) return;
  const type = spec.get('type').text ?? 'ClusterIP';
  const ports = spec.get('ports');
  const items = ports.items();
  const headless = spec.get('clusterIP').text === 'None';
  if (type === 'ExternalName') {
    if (!spec.get('externalName').exists) findings.error(spec.keyAnchor, 'service-external-name', { path: `${spec.path}.externalName` });
  } else if (items.length === 0 && !headless && !(ports.exists && !ports.isSeq)) {
    findings.error((ports.exists ? ports : spec).keyAnchor, 'service-ports-required', { path: ports.path });
  }
  checkUnique(items.map((p) => p.get('name')), 'duplicate-port-name', findings);
  checkUnique(
    items.filter((p) => p.get('port').number !== undefined).map((p) => portKey(p)),
    'duplicate-port',
    findings,
  );
  for (const port of items) {
    const name = port.get('name');
    if (items.length > 1 && !name.exists) findings.error(port.anchor, 'service-port-names', { path: name.path });
    checkName(name, 'dns-label', findings);
    checkPortNumber(port.get('port'), findings);
    checkPortNumberOrName(port.get('targetPort'), findings);
    checkNodePort(port.get('nodePort'), type, findings);
  }
  checkLabels(spec.get('selector'), findings);
  checkTypeSpecificFields(spec, type, headless, findings);
  const loadBalancerIP = spec.get('loadBalancerIP');
  if (loadBalancerIP.exists) findings.warning(loadBalancerIP.keyAnchor, 'deprecated-field', { path: loadBalancerIP.path }, 'deprecated-load-balancer-ip');
}

/**
 * ValidateService: a headless Service (clusterIP None) is neither NodePort nor LoadBalancer, and
 * an ExternalName Service has no cluster IP at all. validateServiceExternalTrafficPolicy:
 * externalTrafficPolicy only on Services reachable from outside (apiservice.ExternallyAccessible).
 */
function checkTypeSpecificFields(spec: Field, type: string, headless: boolean, findings: Findings) {
  const clusterIP = spec.get('clusterIP');
  if (headless && (type === 'NodePort' || type === 'LoadBalancer')) findings.error(clusterIP.anchor, 'cluster-ip-none-type', { path: clusterIP.path, type });
  if (type === 'ExternalName' && clusterIP.text) findings.error(clusterIP.keyAnchor, 'cluster-ip-external-name', { path: clusterIP.path });
  const policy = spec.get('externalTrafficPolicy');
  const reachable = type === 'NodePort' || type === 'LoadBalancer' || (type === 'ClusterIP' && spec.get('externalIPs').items().length > 0);
  if (policy.exists && !reachable) findings.error(policy.keyAnchor, 'external-traffic-policy-type', { path: policy.path, type });
}

/** `port` and `protocol` together identify a Service port. */
function portKey(port: Field) {
  const number = port.get('port');
  return { value: `${number.number}/${port.get('protocol').text ?? 'TCP'}`, anchor: number.anchor, path: number.path };
}

function checkNodePort(nodePort: Field, type: string, findings: Findings) {
  const value = nodePort.number;
  if (value === undefined || value === 0) return;
  if (type === 'ClusterIP' || type === 'ExternalName') findings.error(nodePort.keyAnchor, 'node-port', { path: nodePort.path, type }, 'node-port-type');
  else if ((type === 'NodePort' || type === 'LoadBalancer') && (value < NODE_PORT_RANGE.min || value > NODE_PORT_RANGE.max))
    findings.error(nodePort.anchor, 'node-port', { path: nodePort.path, value, min: NODE_PORT_RANGE.min, max: NODE_PORT_RANGE.max }, 'node-port-range');
}
