// PersistentVolumeClaim, PersistentVolume and StorageClass: what the API server requires beyond the schema.
import type { Findings } from '../findings';
import type { Field } from '../yaml';
import { checkName } from './names';
import { checkVolumeSources, podVolumeSources } from './pods';

let persistentVolumeSources: Set<string> | undefined;

export function checkPersistentVolumeClaim(root: Field, findings: Findings): void {
  checkClaimSpec(root.get('spec'), findings);
}

/** A claim's spec, in a PersistentVolumeClaim or in a StatefulSet's volumeClaimTemplates. */
export function checkClaimSpec(spec: Field, findings: Findings): void {
  if (!spec.isMap) return;
  checkAccessModes(spec, findings);
  const resources = spec.get('resources');
  const requests = resources.get('requests');
  if (!requests.get('storage').exists) {
    const at = requests.exists ? requests : resources.exists ? resources : spec;
    findings.error(at.keyAnchor, 'pvc-storage-request', { path: `${spec.path}.resources.requests.storage` });
  }
  const storageClassName = spec.get('storageClassName');
  if (storageClassName.text) checkName(storageClassName, 'dns-subdomain', findings);
  checkName(spec.get('volumeName'), 'dns-subdomain', findings);
}

export function checkPersistentVolume(root: Field, findings: Findings): void {
  const spec = root.get('spec');
  if (!spec.isMap) return;
  checkAccessModes(spec, findings);
  if (!spec.at('capacity.storage').exists) {
    const capacity = spec.get('capacity');
    findings.error((capacity.exists ? capacity : spec).keyAnchor, 'pv-capacity', { path: `${spec.path}.capacity.storage` });
  }
  // The pod volume sources a PersistentVolume may use, and `local`.
  persistentVolumeSources ??= new Set([...podVolumeSources(), 'local']);
  checkVolumeSources(spec, persistentVolumeSources, findings);
  if (spec.get('local').exists && !spec.at('nodeAffinity.required').exists)
    findings.error(spec.get('local').keyAnchor, 'pv-local-node-affinity', { path: `${spec.path}.nodeAffinity.required` });
  const reclaimPolicy = spec.get('persistentVolumeReclaimPolicy');
  if (reclaimPolicy.text === 'Recycle' && !spec.get('nfs').exists && !spec.get('hostPath').exists)
    findings.error(reclaimPolicy.anchor, 'pv-recycle', { path: reclaimPolicy.path });
  const storageClassName = spec.get('storageClassName');
  if (storageClassName.text) checkName(storageClassName, 'dns-subdomain', findings);
}

/** At least one access mode, and ReadWriteOncePod alone. */
function checkAccessModes(spec: Field, findings: Findings) {
  const accessModes = spec.get('accessModes');
  if (accessModes.exists && !accessModes.isSeq) return; // the schema reports the type
  const modes = accessModes.items();
  if (modes.length === 0) {
    findings.error((accessModes.exists ? accessModes : spec).keyAnchor, 'access-modes', { path: accessModes.path }, 'access-modes-required');
    return;
  }
  const onePod = modes.find((mode) => mode.text === 'ReadWriteOncePod');
  if (onePod && modes.length > 1) findings.error(onePod.anchor, 'access-modes', { path: onePod.path }, 'access-modes-once-pod');
}

export function checkStorageClass(root: Field, findings: Findings): void {
  // PersistentVolumes may also be Recycled; a StorageClass may not.
  const reclaimPolicy = root.get('reclaimPolicy');
  if (reclaimPolicy.text !== undefined && reclaimPolicy.text !== 'Delete' && reclaimPolicy.text !== 'Retain')
    findings.error(reclaimPolicy.anchor, 'storageclass-reclaim-policy', { path: reclaimPolicy.path, value: reclaimPolicy.text });
}
