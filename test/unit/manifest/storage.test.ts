// PersistentVolumeClaims, PersistentVolumes and StorageClasses.
import { describe, expect, it } from 'vitest';
import { checkManifest, formatFinding } from '../../../src/shared/manifest/check';
import { errorAt, findingsOf, PV, PVC, replaced, STORAGE_CLASS } from '../../fixtures/manifests';

const messageOf = (text: string) => formatFinding(checkManifest(text)[0], 'en');

describe('PersistentVolumeClaim', () => {
  it('requires a storage request, reported where it should be', () => {
    const text = replaced(PVC, '  resources:\n    requests:\n      storage: 5Gi\n', '');
    expect(findingsOf(text)).toEqual([errorAt(text, 'spec:', 'pvc-storage-request')]);
    expect(messageOf(text)).toBe('A PersistentVolumeClaim must request a size: spec.resources.requests.storage (such as 1Gi)');
    const noStorage = replaced(PVC, '      storage: 5Gi\n', '      cpu: 1\n');
    expect(findingsOf(noStorage)).toEqual([errorAt(noStorage, 'requests:', 'pvc-storage-request')]);
  });

  it('checks the access modes: known values, at least one, ReadWriteOncePod alone', () => {
    const unknown = replaced(PVC, '- ReadWriteOnce', '- ReadWriteAll');
    expect(findingsOf(unknown)).toEqual([errorAt(unknown, 'ReadWriteAll', 'schema-enum')]);
    const none = replaced(PVC, '  accessModes:\n  - ReadWriteOnce\n', '  accessModes: []\n');
    expect(findingsOf(none)).toEqual([errorAt(none, 'accessModes', 'access-modes')]);
    const mixed = replaced(PVC, '  - ReadWriteOnce\n', '  - ReadWriteOnce\n  - ReadWriteOncePod\n');
    expect(findingsOf(mixed)).toEqual([errorAt(mixed, 'ReadWriteOncePod', 'access-modes')]);
  });

  it('checks the StorageClass name format', () => {
    const text = replaced(PVC, 'storageClassName: fast-ssd', 'storageClassName: Fast_SSD');
    expect(findingsOf(text)).toEqual([errorAt(text, 'Fast_SSD', 'invalid-name')]);
    expect(findingsOf(replaced(PVC, 'storageClassName: fast-ssd', 'storageClassName: ""'))).toEqual([]);
  });
});

describe('PersistentVolume', () => {
  it('requires a capacity', () => {
    const text = replaced(PV, '  capacity:\n    storage: 100Gi\n', '');
    expect(findingsOf(text)).toEqual([errorAt(text, 'spec:', 'pv-capacity')]);
  });

  it('requires a node affinity for a local volume', () => {
    const text = PV.slice(0, PV.indexOf('  nodeAffinity:'));
    expect(findingsOf(text)).toEqual([errorAt(text, 'local:', 'pv-local-node-affinity')]);
  });

  it('requires exactly one volume source', () => {
    const none = replaced(PV, '  local:\n    path: /mnt/disks/ssd1\n', '');
    expect(findingsOf(none)).toEqual([errorAt(none, 'spec:', 'volume-source-count')]);
    const two = replaced(PV, '  local:\n', '  nfs:\n    server: nfs.example.com\n    path: /exports\n  local:\n');
    expect(findingsOf(two)).toEqual([errorAt(two, 'local:', 'volume-source-count')]);
  });

  it('only lets nfs and hostPath volumes be recycled', () => {
    const text = replaced(PV, 'persistentVolumeReclaimPolicy: Retain', 'persistentVolumeReclaimPolicy: Recycle');
    expect(findingsOf(text)).toEqual([errorAt(text, 'Recycle', 'pv-recycle')]);
  });
});

describe('StorageClass', () => {
  it('accepts Delete and Retain only as reclaimPolicy', () => {
    const text = replaced(STORAGE_CLASS, 'reclaimPolicy: Retain', 'reclaimPolicy: Recycle');
    expect(findingsOf(text)).toEqual([errorAt(text, 'Recycle', 'storageclass-reclaim-policy')]);
    expect(messageOf(text)).toBe('A StorageClass reclaimPolicy is Delete or Retain, not "Recycle"');
  });

  it('requires a provisioner and checks volumeBindingMode', () => {
    const noProvisioner = replaced(STORAGE_CLASS, 'provisioner: ebs.csi.aws.com\n', '');
    expect(findingsOf(noProvisioner)).toEqual([errorAt(noProvisioner, 'apiVersion', 'schema-required')]);
    const mode = replaced(STORAGE_CLASS, 'WaitForFirstConsumer', 'WaitForFirstPod');
    expect(findingsOf(mode)).toEqual([errorAt(mode, 'WaitForFirstPod', 'schema-enum')]);
  });
});
