// Mutations of required fields: a container without its image, a misspelled field, an object without a name.
import type { Document, Scalar } from 'yaml';
import { allPairs, isBuiltIn, mapAt, mapItemPaths, podSpecPath, type Expectation } from './document';

/** Drops the first container's `image`, which the API requires. */
export function missingContainerImage(doc: Document): Expectation[] | undefined {
  const spec = podSpecPath(doc);
  const container = spec && mapItemPaths(doc, [...spec, 'containers'])[0];
  if (!container || !mapAt(doc, container)?.has('image')) return undefined;
  doc.deleteIn([...container, 'image']);
  return [{ path: [...container, 'image'], exists: true }];
}

/** Misspellings of required fields: the API refuses the unknown field and misses the required one. */
const MISSPELLINGS: [field: string, misspelled: string][] = [
  ['containers', 'container'],
  ['mountPath', 'mountpath'],
  ['accessModes', 'accessMode'],
  ['backend', 'backends'],
  ['template', 'templates'],
];

/** Misspells the first required field found (`containers` → `container`). */
export function misspelledField(doc: Document): Expectation[] | undefined {
  if (!isBuiltIn(doc)) return undefined;
  const pairs = allPairs(doc);
  for (const [field, misspelled] of MISSPELLINGS) {
    const visit = pairs.find(({ path }) => path.at(-1) === field);
    if (!visit) continue;
    (visit.pair.key as Scalar).value = misspelled;
    return [{ path: visit.path, exists: true }];
  }
  return undefined;
}

/** Drops `metadata.name`: every object needs a name (unless it asks for a generated one). */
export function missingMetadataName(doc: Document): Expectation[] | undefined {
  const metadata = mapAt(doc, ['metadata']);
  if (!metadata?.has('name') || metadata.has('generateName')) return undefined;
  metadata.delete('name');
  return [{ path: ['metadata', 'name'], exists: true }];
}
