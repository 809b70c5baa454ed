// Mutations of pod volumes: a mount naming no volume of the pod.
import { isScalar, type Document } from 'yaml';
import { mapItemPaths, nodeAt, podSpecPath, scalarValue, typo, type Expectation } from './document';

/** Renames a volume mount (a typo) so that it matches no volume of the pod. */
export function volumeMountUnknownVolume(doc: Document): Expectation[] | undefined {
  const spec = podSpecPath(doc);
  if (!spec) return undefined;
  const volumeNames = new Set(mapItemPaths(doc, [...spec, 'volumes']).map((path) => scalarValue(doc, [...path, 'name'])));
  for (const container of mapItemPaths(doc, [...spec, 'containers'])) {
    for (const mount of mapItemPaths(doc, [...container, 'volumeMounts'])) {
      const name = nodeAt(doc, [...mount, 'name']);
      if (!isScalar(name) || typeof name.value !== 'string' || !volumeNames.has(name.value)) continue;
      name.value = typo(name.value, volumeNames);
      // Either side may be renamed to fix it, so there is no single expected value.
      return [];
    }
  }
  return undefined;
}
