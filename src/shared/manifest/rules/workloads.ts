// Controllers (Deployment, DaemonSet, StatefulSet, ReplicaSet, ReplicationController) and the
// pods they create: the selector must select the pod template's labels.
import type { Findings } from '../findings';
import type { Field } from '../yaml';
import { checkLabels } from './names';
import { checkAtLeast, checkPodSpec, podTemplateOf } from './pods';
import { checkBatchWorkload } from './batch';
import { checkClaimSpec } from './storage';

export function checkWorkload(kind: string, root: Field, findings: Findings): void {
  const template = podTemplateOf(kind, root);
  if (!template) return;
  const claimTemplates = kind === 'StatefulSet' ? root.at('spec.volumeClaimTemplates').items().flatMap((claim) => claim.at('metadata.name').text ?? []) : [];
  checkPodSpec(template.spec, findings, claimTemplates);
  if (kind === 'Pod') return;
  checkLabels(template.labels, findings);
  if (kind === 'Job' || kind === 'CronJob') return checkBatchWorkload(kind, root, template.spec, findings);
  checkAtLeast(root.at('spec.replicas'), 0, findings); // ValidateDeploymentSpec and co.: ValidateNonnegativeField
  for (const name of ['minReadySeconds', 'revisionHistoryLimit', 'progressDeadlineSeconds']) checkAtLeast(root.at(`spec.${name}`), 0, findings);
  if (kind === 'Deployment') checkProgressDeadline(root.get('spec'), findings);
  checkUpdateStrategy(kind, root.get('spec'), findings);
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
    // An In or NotIn without values is refused on its own (rules/definitions.ts): it is not also a mismatch.
    if (key === undefined || operator === undefined || (['In', 'NotIn'].includes(operator) && values.length === 0)) continue;
    if (!matchesExpression(template.labels.get(key).text, operator, values))
      findings.error(template.labels.keyAnchor, 'selector-mismatch', { path: template.labels.path, selector: `${key} ${operator} (${values.join(', ')})` }, 'selector-expression-mismatch');
  }
}

/**
 * How a controller replaces its pods. Deployment (ValidateDeploymentStrategy,
 * ValidateRollingUpdateDeployment): no rollingUpdate with Recreate; maxUnavailable at most 100%
 * and not 0 when maxSurge is 0 (defaults 25% and 25%). DaemonSet (ValidateRollingUpdateDaemonSet):
 * both at most 100%, and exactly one of them non-zero (defaults 1 and 0: `maxSurge: 1` alone is
 * refused). StatefulSet (ValidateStatefulSetSpec): rollingUpdate only with RollingUpdate, a
 * partition of at least 0.
 */
function checkUpdateStrategy(kind: string, spec: Field, findings: Findings) {
  const strategy = spec.get(kind === 'Deployment' ? 'strategy' : 'updateStrategy');
  if (!strategy.isMap || (kind !== 'Deployment' && kind !== 'DaemonSet' && kind !== 'StatefulSet')) return;
  const type = strategy.get('type').text ?? 'RollingUpdate';
  const rollingUpdate = strategy.get('rollingUpdate');
  if (type !== 'RollingUpdate') {
    // A DaemonSet's OnDelete ignores rollingUpdate rather than refusing it.
    if (rollingUpdate.exists && kind !== 'DaemonSet') findings.error(rollingUpdate.keyAnchor, 'rolling-update-forbidden', { path: rollingUpdate.path, type });
    return;
  }
  if (kind === 'StatefulSet') return checkAtLeast(rollingUpdate.get('partition'), 0, findings);
  const surgeField = rollingUpdate.get('maxSurge');
  const unavailableField = rollingUpdate.get('maxUnavailable');
  const surge = intOrPercent(surgeField, findings);
  const unavailable = intOrPercent(unavailableField, findings);
  for (const [field, value] of [[unavailableField, unavailable], ...(kind === 'DaemonSet' ? [[surgeField, surge] as const] : [])] as const)
    if (value?.percent && value.amount > 100) findings.error(field.anchor, 'percent-over-100', { path: field.path, value: String(field.value) });
  if ((surgeField.exists && !surge) || (unavailableField.exists && !unavailable)) return; // not a number: reported above
  const defaults = kind === 'Deployment' ? { surge: 25, unavailable: 25 } : { surge: 0, unavailable: 1 };
  const surges = (surge?.amount ?? defaults.surge) !== 0;
  const unavailables = (unavailable?.amount ?? defaults.unavailable) !== 0;
  if (!surges && !unavailables) findings.error(unavailableField.anchor, 'rolling-update-both-zero', { path: unavailableField.path });
  if (kind === 'DaemonSet' && surges && unavailables) findings.error(surgeField.anchor, 'rolling-update-both-set', { path: surgeField.path, other: unavailableField.path });
}

/** ValidateDeploymentSpec: a rollout is declared stuck after progressDeadlineSeconds, which must outlast minReadySeconds. */
function checkProgressDeadline(spec: Field, findings: Findings) {
  const deadline = spec.get('progressDeadlineSeconds');
  const minReady = spec.get('minReadySeconds').number ?? 0;
  if (deadline.number !== undefined && deadline.number >= 0 && deadline.number <= minReady)
    findings.error(deadline.anchor, 'progress-deadline', { path: deadline.path, value: deadline.number, min: minReady });
}

interface IntOrPercent {
  amount: number;
  percent: boolean;
}

/** maxSurge and maxUnavailable: a count or a percentage, never negative (ValidatePositiveIntOrPercent). */
function intOrPercent(field: Field, findings: Findings): IntOrPercent | undefined {
  if (field.number !== undefined) {
    checkAtLeast(field, 0, findings);
    return { amount: field.number, percent: false };
  }
  const text = field.text;
  if (text === undefined) return undefined;
  if (/^\d+%$/.test(text)) return { amount: Number(text.slice(0, -1)), percent: true };
  findings.error(field.anchor, 'int-or-percent', { path: field.path, value: text });
  return undefined;
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
