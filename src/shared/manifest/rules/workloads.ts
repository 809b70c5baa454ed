// Controllers (Deployment, DaemonSet, StatefulSet, ReplicaSet, ReplicationController) and the
// pods they create: the selector must select the pod template's labels.
import type { Findings } from '../findings';
import type { Field } from '../yaml';
import { checkLabels } from './names';
import { checkAtLeast, checkPodSpec, podTemplateOf } from './pods';
import { checkClaimSpec } from './storage';

export function checkWorkload(kind: string, root: Field, findings: Findings): void {
  const template = podTemplateOf(kind, root);
  if (!template) return;
  const claimTemplates = kind === 'StatefulSet' ? root.at('spec.volumeClaimTemplates').items().flatMap((claim) => claim.at('metadata.name').text ?? []) : [];
  checkPodSpec(template.spec, findings, claimTemplates);
  if (kind === 'Pod') return;
  checkAtLeast(root.at('spec.replicas'), 0, findings); // ValidateDeploymentSpec and co.: ValidateNonnegativeField
  checkLabels(template.labels, findings);
  // Controllers restart their pods' containers themselves: `Never` or `OnFailure` is refused.
  const restartPolicy = template.spec.get('restartPolicy');
  if (restartPolicy.text !== undefined && restartPolicy.text !== 'Always')
    findings.error(restartPolicy.anchor, 'restart-policy', { path: restartPolicy.path, value: restartPolicy.text, kind });
  for (const claim of root.at('spec.volumeClaimTemplates').items()) checkClaimSpec(claim.get('spec'), findings);
  const selector = root.at('spec.selector');
  if (kind === 'ReplicationController') {
    // A plain map, defaulted to the template's labels when absent.
    checkLabels(selector, findings);
    for (const [key, value] of selector.entries()) checkSelectedLabel(key, value.text, template.labels, findings, value);
    return;
  }
  if (!selector.isMap) return;
  const matchLabels = selector.get('matchLabels');
  const expressions = selector.get('matchExpressions').items();
  checkLabels(matchLabels, findings);
  if (matchLabels.entries().length === 0 && expressions.length === 0) {
    findings.error(selector.keyAnchor, 'selector-mismatch', { path: selector.path }, 'selector-empty');
    return;
  }
  for (const [key, value] of matchLabels.entries()) checkSelectedLabel(key, value.text, template.labels, findings, value);
  for (const expression of expressions) {
    const key = expression.get('key').text;
    const operator = expression.get('operator').text;
    const values = expression.get('values').items().map((v) => String(v.value));
    if (key === undefined || operator === undefined) continue;
    if (!matchesExpression(template.labels.get(key).text, operator, values))
      findings.error(template.labels.keyAnchor, 'selector-mismatch', { path: template.labels.path, selector: `${key} ${operator} (${values.join(', ')})` }, 'selector-expression-mismatch');
  }
}

/** Reports a selector entry `key=value` that the template's labels do not satisfy, on the template label. */
function checkSelectedLabel(key: string, value: string | undefined, labels: Field, findings: Findings, selectorEntry: Field) {
  if (value === undefined) return;
  const label = labels.get(key);
  if (label.text === value) return;
  if (label.exists) findings.error(label.anchor, 'selector-mismatch', { path: label.path, key, value, actual: String(label.value), selector: selectorEntry.path });
  else findings.error(labels.keyAnchor, 'selector-mismatch', { path: labels.path, key, value, selector: selectorEntry.path }, 'selector-label-missing');
}

export function matchesExpression(actual: string | undefined, operator: string, values: string[]): boolean {
  switch (operator) {
    case 'In':
      return actual !== undefined && values.includes(actual);
    case 'NotIn':
      return actual === undefined || !values.includes(actual);
    case 'Exists':
      return actual !== undefined;
    case 'DoesNotExist':
      return actual === undefined;
    default:
      return true; // an unknown operator is the schema's business
  }
}
