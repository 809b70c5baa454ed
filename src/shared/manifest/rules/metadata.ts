// metadata, for every kind: a name in the right format, a namespace where one makes sense,
// labels and annotations with valid keys.
import type { Findings } from '../findings';
import { isQualifiedName } from '../formats';
import { CLUSTER_SCOPED_KINDS } from '../registry';
import type { Field } from '../yaml';
import { checkLabels, checkName, type NameFormat } from './names';
import { own } from '../own';

/** Kinds whose names are stricter than a DNS subdomain. */
const NAME_FORMATS: Record<string, NameFormat> = { Service: 'dns-1035-label', Namespace: 'dns-label' };

/**
 * `checkNameFormat` is false for built-in kinds whose schema is not bundled: some of them
 * (RBAC roles…) accept names beyond DNS subdomains.
 */
export function checkMetadata(kind: string, root: Field, checkNameFormat: boolean, findings: Findings): void {
  const metadata = root.get('metadata');
  const name = metadata.get('name');
  if (!name.exists && !metadata.get('generateName').exists) findings.error((metadata.keyNode ? metadata : root).keyAnchor, 'metadata-name-required');
  if (checkNameFormat) checkName(name, own(NAME_FORMATS, kind) ?? 'dns-subdomain', findings);
  const namespace = metadata.get('namespace');
  checkName(namespace, 'dns-label', findings);
  if (namespace.text !== undefined && CLUSTER_SCOPED_KINDS.has(kind))
    findings.warning(namespace.keyAnchor, 'namespace-ignored', { kind, value: namespace.text });
  checkLabels(metadata.get('labels'), findings);
  for (const [key, value] of metadata.get('annotations').entries())
    if (!isQualifiedName(key)) findings.error(value.keyAnchor, 'invalid-annotation', { path: value.path, key });
}
