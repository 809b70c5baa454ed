// Mutations of fields with a closed set of values: the value written in the wrong case.
import { isScalar, isSeq, type Document } from 'yaml';
import { allPairs, isBuiltIn, isKind, type Expectation } from './document';

/** Fields whose values form a closed, case-sensitive set in built-in types. */
const ENUM_FIELDS: { key: string; parentKey?: string; objectKind?: string; values: string[] }[] = [
  { key: 'pathType', values: ['Prefix', 'Exact', 'ImplementationSpecific'] },
  { key: 'type', parentKey: 'hostPath', values: ['Directory', 'DirectoryOrCreate', 'File', 'FileOrCreate', 'Socket', 'CharDevice', 'BlockDevice'] },
  { key: 'accessModes', values: ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'] },
  { key: 'type', parentKey: 'spec', objectKind: 'Service', values: ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'] },
  { key: 'protocol', values: ['TCP', 'UDP', 'SCTP'] },
  { key: 'restartPolicy', values: ['Always', 'OnFailure', 'Never'] },
  { key: 'imagePullPolicy', values: ['Always', 'IfNotPresent', 'Never'] },
  { key: 'persistentVolumeReclaimPolicy', values: ['Retain', 'Delete', 'Recycle'] },
  { key: 'reclaimPolicy', objectKind: 'StorageClass', values: ['Retain', 'Delete'] },
  { key: 'volumeBindingMode', values: ['Immediate', 'WaitForFirstConsumer'] },
  { key: 'volumeMode', values: ['Filesystem', 'Block'] },
  { key: 'policyTypes', values: ['Ingress', 'Egress'] },
  { key: 'externalTrafficPolicy', values: ['Cluster', 'Local'] },
];

/** Writes the first value of a closed set in lower case (`Directory` → `directory`), which the API refuses. */
export function enumWrongCase(doc: Document): Expectation[] | undefined {
  if (!isBuiltIn(doc)) return undefined;
  for (const { pair, path, parentKey } of allPairs(doc)) {
    const field = ENUM_FIELDS.find(
      (f) =>
        f.key === path.at(-1) &&
        (f.parentKey === undefined || f.parentKey === parentKey) &&
        (f.objectKind === undefined || isKind(doc, f.objectKind)),
    );
    if (!field) continue;
    // A single value, or the first value of a list (`accessModes: [ReadWriteOnce]`).
    const [node, nodePath] = isSeq(pair.value) ? [pair.value.items[0], [...path, 0]] : [pair.value, path];
    if (!isScalar(node) || typeof node.value !== 'string' || !field.values.includes(node.value)) continue;
    const original = node.value;
    node.value = original.toLowerCase();
    return [{ path: nodePath, equals: original }];
  }
  return undefined;
}
