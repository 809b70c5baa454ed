// cert-manager resources: what its validating webhook refuses beyond the CRD schema.
import type { Findings } from '../findings';
import type { Field } from '../yaml';
import { checkName } from './names';

const ISSUER_TYPES = ['acme', 'ca', 'selfSigned', 'vault', 'venafi'];
const CERTIFICATE_IDENTITIES = ['commonName', 'literalSubject', 'dnsNames', 'uris', 'emailAddresses', 'ipAddresses', 'otherNames'];

/** Issuer and ClusterIssuer: exactly one way of issuing. */
export function checkIssuer(root: Field, findings: Findings): void {
  const spec = root.get('spec');
  if (!spec.isMap) return;
  const types = spec.entries().filter(([name, field]) => ISSUER_TYPES.includes(name) && field.exists).map(([name]) => name);
  if (types.length === 0) findings.error(spec.keyAnchor, 'issuer-type', { path: spec.path, types: ISSUER_TYPES.join(', ') }, 'issuer-type-missing');
  for (const type of types.slice(1)) findings.error(spec.get(type).keyAnchor, 'issuer-type', { path: spec.get(type).path, first: types[0], second: type }, 'issuer-type-several');
  checkName(spec.at('acme.privateKeySecretRef.name'), 'dns-subdomain', findings);
  checkName(spec.at('ca.secretName'), 'dns-subdomain', findings);
}

/** Certificate: something to certify, and a valid Secret name. */
export function checkCertificate(root: Field, findings: Findings): void {
  const spec = root.get('spec');
  if (!spec.isMap) return;
  if (!CERTIFICATE_IDENTITIES.some((field) => spec.get(field).exists))
    findings.error(spec.keyAnchor, 'certificate-identity', { path: spec.path, fields: CERTIFICATE_IDENTITIES.join(', ') });
  checkName(spec.get('secretName'), 'dns-subdomain', findings);
}
