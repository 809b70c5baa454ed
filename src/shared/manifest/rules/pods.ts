// What the API server checks in a pod spec beyond its schema: volumes and their mounts,
// container names and ports.
import { closestMatch } from '../../text';
import type { Findings } from '../findings';
import { resolveSchema } from '../registry';
import type { Field } from '../yaml';
import { checkName, checkPortName, checkPortNumber, checkUnique } from './names';

let volumeSources: Set<string> | undefined;

/** Volume sources: every field of a Volume but its name (emptyDir, hostPath, persistentVolumeClaim…). */
export function podVolumeSources(): Set<string> {
  volumeSources ??= new Set(Object.keys(resolveSchema('core/v1.Volume').properties ?? {}).filter((name) => name !== 'name'));
  return volumeSources;
}

/** In-tree volume plugins that current Kubernetes has deprecated or removed, for a CSI driver. */
const DEPRECATED_VOLUME_TYPES = new Set([
  'awsElasticBlockStore',
  'azureDisk',
  'azureFile',
  'cephfs',
  'cinder',
  'flocker',
  'gcePersistentDisk',
  'gitRepo',
  'glusterfs',
  'photonPersistentDisk',
  'portworxVolume',
  'quobyte',
  'rbd',
  'scaleIO',
  'storageos',
  'vsphereVolume',
]);

/** Where each workload keeps its pod template (a Pod is its own template). */
export function podTemplateOf(kind: string, root: Field): { spec: Field; labels: Field } | undefined {
  if (kind === 'Pod') return { spec: root.get('spec'), labels: root.at('metadata.labels') };
  const template = ['Deployment', 'DaemonSet', 'StatefulSet', 'ReplicaSet', 'ReplicationController', 'Job'].includes(kind)
    ? root.at('spec.template')
    : kind === 'CronJob'
      ? root.at('spec.jobTemplate.spec.template')
      : undefined;
  return template && { spec: template.get('spec'), labels: template.at('metadata.labels') };
}

/**
 * `claimTemplates`: a StatefulSet's volumeClaimTemplates names, volumes its controller adds to
 * each pod (ValidateStatefulSetSpec validates the template with them, as Kubernetes does).
 */
export function checkPodSpec(spec: Field, findings: Findings, claimTemplates: string[] = []): void {
  if (!spec.isMap) return;
  const volumeNames = [...checkVolumes(spec.get('volumes'), findings), ...claimTemplates];
  const containers = ['initContainers', 'containers', 'ephemeralContainers'].flatMap((list) => spec.get(list).items());
  const containerList = spec.get('containers');
  if (containerList.isSeq && containerList.items().length === 0) findings.error(containerList.anchor, 'containers-required', { path: containerList.path });
  checkUnique(containers.map((c) => c.get('name')), 'duplicate-container-name', findings);
  checkAtLeast(spec.get('terminationGracePeriodSeconds'), 0, findings); // ValidatePodSpec: ValidateNonnegativeField
  for (const container of containers) {
    for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe']) checkProbe(container.get(probe), probe !== 'readinessProbe', findings);
    checkName(container.get('name'), 'dns-label', findings);
    if (container.isMap && !container.get('image').exists) findings.error(container.get('image').anchor, 'container-image-required', { path: container.get('image').path });
    checkContainerPorts(container.get('ports'), findings);
    checkVolumeMounts(container.get('volumeMounts'), volumeNames, findings);
  }
}

/** Checks the volumes and returns their names. */
function checkVolumes(volumes: Field, findings: Findings): string[] {
  const items = volumes.items();
  checkUnique(items.map((v) => v.get('name')), 'duplicate-volume-name', findings);
  for (const volume of items) {
    checkName(volume.get('name'), 'dns-label', findings);
    checkVolumeSources(volume, podVolumeSources(), findings, true);
  }
  return items.map((v) => v.get('name').text).filter((name): name is string => name !== undefined);
}

/**
 * A volume (or a PersistentVolume spec) has exactly one source (validateVolumeSource,
 * validatePersistentVolumeSpec). A pod volume without one is defaulted to an emptyDir before
 * validation (SetDefaults_Volume), so `defaultsToEmptyDir` accepts it.
 */
export function checkVolumeSources(volume: Field, sources: Set<string>, findings: Findings, defaultsToEmptyDir = false): void {
  if (!volume.isMap) return;
  const present = volume.entries().filter(([name, field]) => sources.has(name) && field.exists);
  if (present.length === 0) {
    if (defaultsToEmptyDir) return;
    findings.error(volume.keyAnchor, 'volume-source-count', { path: volume.path }, 'volume-source-missing');
    return;
  }
  for (const [name, field] of present.slice(1))
    findings.error(field.keyAnchor, 'volume-source-count', { path: volume.path, first: present[0][0], second: name }, 'volume-source-several');
  for (const [name, field] of present)
    if (DEPRECATED_VOLUME_TYPES.has(name)) findings.warning(field.keyAnchor, 'deprecated-volume-type', { path: field.path, type: name });
}

/** A number the API server wants at least `min` (ValidateNonnegativeField, ValidatePositiveField). */
export function checkAtLeast(field: Field, min: number, findings: Findings): void {
  const value = field.number;
  if (value !== undefined && value < min) findings.error(field.anchor, 'value-range', { path: field.path, value, min }, 'value-at-least');
}

/**
 * Probe periods and thresholds (validateProbe): period, timeout and failure threshold at least 1;
 * liveness and startup probes need successThreshold 1 (validateLivenessProbe, validateStartupProbe).
 */
function checkProbe(probe: Field, successMustBeOne: boolean, findings: Findings) {
  if (!probe.isMap) return;
  for (const name of ['periodSeconds', 'timeoutSeconds', 'failureThreshold', 'successThreshold']) checkAtLeast(probe.get(name), 1, findings);
  checkAtLeast(probe.get('initialDelaySeconds'), 0, findings);
  const success = probe.get('successThreshold');
  if (successMustBeOne && success.number !== undefined && success.number > 1) findings.error(success.anchor, 'value-range', { path: success.path, value: success.number }, 'probe-success-threshold');
}

function checkContainerPorts(ports: Field, findings: Findings) {
  const items = ports.items();
  checkUnique(items.map((p) => p.get('name')), 'duplicate-port-name', findings);
  for (const port of items) {
    checkPortNumber(port.get('containerPort'), findings);
    if (port.get('hostPort').number !== 0) checkPortNumber(port.get('hostPort'), findings);
    checkPortName(port.get('name'), findings);
  }
}

function checkVolumeMounts(mounts: Field, volumeNames: string[], findings: Findings) {
  const items = mounts.items();
  checkUnique(items.map((m) => m.get('mountPath')), 'duplicate-mount-path', findings);
  for (const mount of items) {
    const name = mount.get('name');
    if (name.text !== undefined && !volumeNames.includes(name.text)) {
      const suggestion = closestMatch(name.text, volumeNames);
      const params = { path: name.path, value: name.text, volumes: volumeNames.join(', ') || '-' };
      if (suggestion) findings.error(name.anchor, 'volume-mount-unknown-volume', { ...params, suggestion }, 'volume-mount-unknown-volume-suggestion');
      else findings.error(name.anchor, 'volume-mount-unknown-volume', params);
    }
    const subPath = mount.get('subPath');
    const value = subPath.text;
    if (value !== undefined && (value.startsWith('/') || value.split('/').includes('..')))
      findings.error(subPath.anchor, 'invalid-sub-path', { path: subPath.path, value }, value.startsWith('/') ? 'invalid-sub-path-absolute' : 'invalid-sub-path-parent');
    if (subPath.exists && mount.get('subPathExpr').exists)
      findings.error(mount.get('subPathExpr').keyAnchor, 'invalid-sub-path', { path: mount.path }, 'invalid-sub-path-both');
  }
}
