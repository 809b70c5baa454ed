// NetworkPolicy peers and ports.
import type { Findings } from '../findings';
import { isCidr } from '../formats';
import type { Field } from '../yaml';
import { checkLabels, checkPortNumberOrName } from './names';

export function checkNetworkPolicy(root: Field, findings: Findings): void {
  const spec = root.get('spec');
  checkLabels(spec.at('podSelector.matchLabels'), findings);
  for (const [rules, peers] of [
    ['ingress', 'from'],
    ['egress', 'to'],
  ] as const) {
    for (const rule of spec.get(rules).items()) {
      for (const peer of rule.get(peers).items()) checkPeer(peer, findings);
      for (const port of rule.get('ports').items()) checkPort(port, findings);
    }
  }
}

/** A peer is an ipBlock alone, or pod and/or namespace selectors. */
function checkPeer(peer: Field, findings: Findings) {
  if (!peer.isMap) return;
  const ipBlock = peer.get('ipBlock');
  const selectors = ['podSelector', 'namespaceSelector'].map((name) => peer.get(name)).filter((field) => field.exists);
  if (!ipBlock.exists && selectors.length === 0) findings.error(peer.anchor, 'netpol-peer', { path: peer.path }, 'netpol-peer-empty');
  if (ipBlock.exists && selectors.length > 0)
    findings.error(selectors[0].keyAnchor, 'netpol-peer', { path: peer.path, selector: selectors[0].path.split('.').at(-1)! }, 'netpol-peer-ipblock');
  for (const selector of selectors) checkLabels(selector.get('matchLabels'), findings);
  if (!ipBlock.isMap) return;
  for (const cidr of [ipBlock.get('cidr'), ...ipBlock.get('except').items()]) {
    if (cidr.text !== undefined && !isCidr(cidr.text)) findings.error(cidr.anchor, 'invalid-cidr', { path: cidr.path, value: cidr.text });
  }
}

/** A port by number or name; `endPort` extends a numeric port to a range. */
function checkPort(port: Field, findings: Findings) {
  const number = port.get('port');
  checkPortNumberOrName(number, findings);
  const endPort = port.get('endPort');
  if (!endPort.exists) return;
  checkPortNumberOrName(endPort, findings);
  if (number.number === undefined) findings.error(endPort.keyAnchor, 'port-range', { path: endPort.path }, 'end-port-needs-number');
  else if (endPort.number !== undefined && endPort.number < number.number)
    findings.error(endPort.anchor, 'port-range', { path: endPort.path, value: endPort.number, port: number.number }, 'end-port-before-port');
}
