// MetalLB resources: what its webhook refuses beyond the CRD schema.
import type { Findings } from '../findings';
import { isIPRange } from '../formats';
import type { Field } from '../yaml';
import { refusedPlaceholder } from './names';

/** IPAddressPool addresses: CIDRs (`192.168.10.0/24`) or ranges (`192.168.9.1-192.168.9.5`). */
export function checkIPAddressPool(root: Field, findings: Findings): void {
  for (const address of root.at('spec.addresses').items()) {
    const value = address.text;
    if (value !== undefined && !refusedPlaceholder(address, findings) && !isIPRange(value)) findings.error(address.anchor, 'metallb-address', { path: address.path, value });
  }
}
