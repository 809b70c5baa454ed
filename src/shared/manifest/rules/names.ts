// Name checks shared by the rules: object names, labels and ports, as the API server validates them.
import type { Node } from 'yaml';
import type { Findings } from '../findings';
import { isDns1035Label, isDns1123Label, isDns1123Subdomain, isLabelValue, isPlaceholder, isPortName, isPortNumber, isQualifiedName } from '../formats';
import type { MessageId } from '../messages';
import type { Field } from '../yaml';

export type NameFormat = 'dns-label' | 'dns-subdomain' | 'dns-1035-label';

const NAME_CHECKS: Record<NameFormat, { valid: (value: string) => boolean; message: MessageId }> = {
  'dns-label': { valid: isDns1123Label, message: 'invalid-name-dns-label' },
  'dns-subdomain': { valid: isDns1123Subdomain, message: 'invalid-name-dns-subdomain' },
  'dns-1035-label': { valid: isDns1035Label, message: 'invalid-name-dns-1035-label' },
};

/**
 * A placeholder where the API server refuses anything but a real value (a name, a port name, a
 * host): an error, which replaces the placeholder warning (rules/placeholders.ts). True when reported.
 */
export function refusedPlaceholder(field: Field, findings: Findings): boolean {
  const value = field.text;
  if (value === undefined || !isPlaceholder(value)) return false;
  findings.error(field.anchor, 'placeholder-value', { path: field.path, value });
  return true;
}

/** Reports a name that the API server would refuse (ValidateObjectMeta's name checks, IsDNS1123Label and the like). */
export function checkName(field: Field, format: NameFormat, findings: Findings): void {
  const value = field.text;
  const { valid, message } = NAME_CHECKS[format];
  if (value === undefined || refusedPlaceholder(field, findings) || valid(value)) return;
  findings.error(field.anchor, 'invalid-name', { path: field.path, value }, message);
}

/** Label maps (metadata.labels, selectors): qualified-name keys, short simple values. */
export function checkLabels(labels: Field, findings: Findings): void {
  for (const [key, value] of labels.entries()) {
    if (!isQualifiedName(key)) findings.error(value.keyAnchor, 'invalid-label', { path: value.path, key }, 'invalid-label-key');
    else if (value.text !== undefined && !isLabelValue(value.text))
      findings.error(value.anchor, 'invalid-label', { path: value.path, key, value: value.text }, 'invalid-label-value');
  }
}

/** A port given by number (1–65535). */
export function checkPortNumber(field: Field, findings: Findings): void {
  const value = field.number;
  if (value !== undefined && !isPortNumber(value)) findings.error(field.anchor, 'port-range', { path: field.path, value });
}

/** A port given by number or by name (targetPort, NetworkPolicy ports, Ingress backends). */
export function checkPortNumberOrName(field: Field, findings: Findings): void {
  if (field.number !== undefined) return checkPortNumber(field, findings);
  checkPortName(field, findings);
}

/** Container port names and named ports: IANA service names such as `http` or `metrics-tls`. */
export function checkPortName(field: Field, findings: Findings): void {
  const value = field.text;
  if (value !== undefined && !refusedPlaceholder(field, findings) && !isPortName(value)) findings.error(field.anchor, 'invalid-port-name', { path: field.path, value });
}

/** Something with a value and a place: a Field, or a value made of several fields. */
interface Keyed {
  readonly value: unknown;
  readonly anchor: Node;
  readonly path: string;
}

/** Reports every item after the first that repeats a value, at the repeated value. */
export function checkUnique(fields: Keyed[], rule: MessageId, findings: Findings): void {
  const seen = new Map<string, Keyed>();
  for (const field of fields) {
    const value = field.value;
    if (value === undefined) continue;
    const key = String(value);
    const first = seen.get(key);
    if (first) findings.error(field.anchor, rule, { path: field.path, value: key, first: first.path });
    else seen.set(key, field);
  }
}
