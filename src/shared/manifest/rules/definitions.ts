// Rules attached to a schema definition rather than to a kind: they run wherever that type of
// object appears (a label selector in a Deployment, a NetworkPolicy or a pod affinity term; a
// probe in a Pod, a Job or a CronJob), right after the object is checked against its schema.
import type { Findings } from '../findings';
import { isLabelValue, isQualifiedName, quantityValue } from '../formats';
import type { Field } from '../yaml';
import { checkPortNumber, checkPortNumberOrName } from './names';

type DefinitionRule = (field: Field, findings: Findings) => void;

/** The definition names are those of the bundled schemas (src/shared/manifest/schemas/kubernetes.json). */
export const DEFINITION_RULES: Record<string, DefinitionRule> = {
  'meta/v1.LabelSelectorRequirement': checkLabelSelectorRequirement,
  'core/v1.NodeSelectorRequirement': checkNodeSelectorRequirement,
  'core/v1.ResourceRequirements': checkResourceRequirements,
  'core/v1.Probe': (probe, findings) => checkHandlers(probe, PROBE_HANDLERS, findings),
  'core/v1.LifecycleHandler': (handler, findings) => checkHandlers(handler, LIFECYCLE_HANDLERS, findings),
  'core/v1.HTTPGetAction': (action, findings) => checkPortNumberOrName(action.get('port'), findings),
  'core/v1.TCPSocketAction': (action, findings) => checkPortNumberOrName(action.get('port'), findings),
  'core/v1.GRPCAction': (action, findings) => checkPortNumber(action.get('port'), findings),
  'core/v1.EnvVar': checkEnvVar,
  'core/v1.Toleration': checkToleration,
  'core/v1.SecretVolumeSource': (source, findings) => checkFileMode(source.get('defaultMode'), findings),
  'core/v1.ConfigMapVolumeSource': (source, findings) => checkFileMode(source.get('defaultMode'), findings),
  'core/v1.DownwardAPIVolumeSource': (source, findings) => checkFileMode(source.get('defaultMode'), findings),
  'core/v1.ProjectedVolumeSource': (source, findings) => checkFileMode(source.get('defaultMode'), findings),
  'core/v1.KeyToPath': (item, findings) => checkFileMode(item.get('mode'), findings),
  'core/v1.DownwardAPIVolumeFile': (item, findings) => checkFileMode(item.get('mode'), findings),
};

/** In and NotIn take values, Exists and DoesNotExist none (meta/v1 validation: ValidateLabelSelectorRequirement). */
function checkLabelSelectorRequirement(requirement: Field, findings: Findings) {
  const key = requirement.get('key');
  if (key.text !== undefined && !isQualifiedName(key.text)) findings.error(key.anchor, 'invalid-label', { path: key.path, key: key.text }, 'invalid-label-key');
  const operator = requirement.get('operator');
  if (operator.text === undefined) return;
  if (!['In', 'NotIn', 'Exists', 'DoesNotExist'].includes(operator.text)) {
    findings.error(operator.anchor, 'selector-operator', { path: operator.path, value: operator.text, allowed: 'In, NotIn, Exists, DoesNotExist' });
    return;
  }
  checkSelectorValues(requirement, operator.text, findings);
}

/** Node affinity adds Gt and Lt, which compare one integer (validateNodeSelectorRequirement). */
function checkNodeSelectorRequirement(requirement: Field, findings: Findings) {
  const operator = requirement.get('operator').text;
  if (operator !== 'Gt' && operator !== 'Lt') {
    if (operator !== undefined) checkSelectorValues(requirement, operator, findings);
    return;
  }
  const values = requirement.get('values');
  const items = values.items();
  if (items.length !== 1) findings.error(values.exists ? values.anchor : requirement.get('operator').anchor, 'selector-values', { path: values.path, operator }, 'selector-values-single');
  else if (!/^-?\d+$/.test(String(items[0].value))) findings.error(items[0].anchor, 'selector-values', { path: items[0].path, operator, value: String(items[0].value) }, 'selector-values-integer');
}

function checkSelectorValues(requirement: Field, operator: string, findings: Findings) {
  const values = requirement.get('values');
  const count = values.items().length;
  if ((operator === 'In' || operator === 'NotIn') && count === 0)
    findings.error(values.exists ? values.anchor : requirement.get('operator').anchor, 'selector-values', { path: values.path, operator }, 'selector-values-required');
  if ((operator === 'Exists' || operator === 'DoesNotExist') && count > 0) findings.error(values.keyAnchor, 'selector-values', { path: values.path, operator }, 'selector-values-forbidden');
}

/** Resource names a container may request without a domain (IsStandardContainerResourceName). */
const isStandardContainerResource = (name: string) => ['cpu', 'memory', 'ephemeral-storage'].includes(name) || name.startsWith('hugepages-');

/** A domain-prefixed resource outside kubernetes.io: a device plugin's (IsExtendedResourceName). */
const isExtendedResource = (name: string) =>
  name.includes('/') && !/(^|\.)kubernetes\.io\//.test(name) && !name.startsWith('requests.') && isQualifiedName(`requests.${name}`);

/** Extended resources and huge pages cannot be overcommitted (helper.IsOvercommitAllowed is false for them). */
const isNotOvercommitable = (name: string) => isExtendedResource(name) || name.startsWith('hugepages-');

/**
 * Resource names and amounts of a container (ValidateContainerResourceRequirements and
 * validateContainerResourceName): a request may not exceed its limit; a resource that cannot be
 * overcommitted needs a limit, equal to its request; extended resources come in whole units.
 */
function checkResourceRequirements(resources: Field, findings: Findings) {
  const limits = resources.get('limits');
  const requests = resources.get('requests');
  for (const list of [limits, requests]) {
    for (const [name, amount] of list.entries()) {
      const known = name.includes('/') ? isQualifiedName(name) && (isExtendedResource(name) || /(^|\.)kubernetes\.io\//.test(name)) : isStandardContainerResource(name);
      if (!known) findings.error(amount.keyAnchor, 'resource-name', { path: amount.path, value: name });
      // validateResourceQuantityValue: a device is counted whole.
      const value = quantityValue(amount.value);
      if (isExtendedResource(name) && value !== undefined && !Number.isInteger(value)) findings.error(amount.anchor, 'resource-integer', { path: amount.path, resource: name, value: String(amount.value) });
    }
  }
  for (const [name, request] of requests.entries()) {
    const limit = limits.get(name);
    const requested = quantityValue(request.value);
    const limited = quantityValue(limit.value);
    const params = { path: request.path, resource: name, request: String(request.value), limit: String(limit.value) };
    if (isNotOvercommitable(name)) {
      if (!limit.exists) findings.error(request.keyAnchor, 'resource-extended', params, 'resource-extended-no-limit');
      else if (requested !== undefined && limited !== undefined && requested !== limited) findings.error(request.anchor, 'resource-extended', params, 'resource-extended-not-equal');
    } else if (requested !== undefined && limited !== undefined && requested > limited) {
      findings.error(request.anchor, 'resource-request-over-limit', params);
    }
  }
}

const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
const LIFECYCLE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'sleep'];

/** Probes and lifecycle hooks run exactly one handler (validateHandler, validateLifecycleHandler). */
function checkHandlers(object: Field, handlers: string[], findings: Findings) {
  const present = handlers.filter((name) => object.get(name).exists);
  if (present.length === 0) findings.error(object.keyAnchor, 'handler-count', { path: object.path, handlers: handlers.join(', ') }, 'handler-missing');
  for (const name of present.slice(1)) findings.error(object.get(name).keyAnchor, 'handler-count', { path: object.path, first: present[0], second: name }, 'handler-several');
}

const ENV_SOURCES = ['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef', 'fileKeyRef'];

/** An env var has a value or takes it from one source (validateEnvVarValueFrom). */
function checkEnvVar(env: Field, findings: Findings) {
  const valueFrom = env.get('valueFrom');
  if (!valueFrom.isMap) return;
  const value = env.get('value');
  // Kubernetes names valueFrom; the finding goes on the value, the field written in addition.
  if (value.text) findings.error(value.keyAnchor, 'env-value-from', { path: env.path }, 'env-value-and-value-from');
  const present = ENV_SOURCES.filter((name) => valueFrom.get(name).exists);
  if (present.length === 0) findings.error(valueFrom.keyAnchor, 'env-value-from', { path: valueFrom.path, sources: ENV_SOURCES.slice(0, 4).join(', ') }, 'env-value-from-none');
  for (const name of present.slice(1)) findings.error(valueFrom.get(name).keyAnchor, 'env-value-from', { path: valueFrom.path, first: present[0], second: name }, 'env-value-from-several');
}

/**
 * ValidateTolerations: the key is a label key and an Equal value a label value; a toleration
 * without a key tolerates every taint, so its operator is Exists; Exists takes no value;
 * tolerationSeconds only means something for NoExecute.
 */
function checkToleration(toleration: Field, findings: Findings) {
  const key = toleration.get('key');
  const operator = toleration.get('operator');
  const value = toleration.get('value');
  const isExists = operator.text === 'Exists';
  if (!key.text && operator.text !== undefined && !isExists) findings.error(operator.anchor, 'toleration', { path: toleration.path }, 'toleration-empty-key');
  else if (!key.text && !operator.exists) findings.error(toleration.keyAnchor, 'toleration', { path: toleration.path }, 'toleration-empty-key');
  if (key.text && !isQualifiedName(key.text)) findings.error(key.anchor, 'invalid-label', { path: key.path, key: key.text }, 'invalid-label-key');
  if (isExists && value.text) findings.error(value.anchor, 'toleration', { path: value.path, value: value.text }, 'toleration-exists-value');
  else if (!isExists && value.text !== undefined && !isLabelValue(value.text))
    findings.error(value.anchor, 'invalid-label', { path: value.path, key: key.text ?? '', value: value.text }, 'invalid-label-value');
  const seconds = toleration.get('tolerationSeconds');
  const effect = toleration.get('effect');
  if (seconds.exists && effect.text !== 'NoExecute') findings.error(seconds.keyAnchor, 'toleration', { path: seconds.path }, 'toleration-seconds-effect');
}

/** File permissions of projected keys: 0 to 0777 (fileModeErrorMsg in the volume validations). */
function checkFileMode(mode: Field, findings: Findings) {
  const value = mode.number;
  if (value !== undefined && (value < 0 || value > 0o777)) findings.error(mode.anchor, 'file-mode', { path: mode.path, value: mode.node && 'source' in mode.node ? String(mode.node.source) : String(value) });
}
