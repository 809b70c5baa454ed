// Mutations of Ingresses: a removed API version, a missing `pathType`, a backend port not written as an object.
import { Scalar, type Document } from 'yaml';
import { ingressBackendPaths, ingressPathPaths, isInteger, isKind, mapAt, nodeAt, scalarValue, type Expectation } from './document';

/** `networking.k8s.io/v1` → `extensions/v1beta1`, which no cluster serves since Kubernetes 1.22. */
export function ingressLegacyApiVersion(doc: Document): Expectation[] | undefined {
  if (!isKind(doc, 'Ingress', 'networking.k8s.io/v1')) return undefined;
  (nodeAt(doc, ['apiVersion']) as Scalar).value = 'extensions/v1beta1';
  return [{ path: ['apiVersion'], equals: 'networking.k8s.io/v1' }];
}

/** Drops the first path's `pathType`, required in `networking.k8s.io/v1`. */
export function ingressMissingPathType(doc: Document): Expectation[] | undefined {
  if (!isKind(doc, 'Ingress', 'networking.k8s.io/v1')) return undefined;
  const path = ingressPathPaths(doc).find((p) => mapAt(doc, p)?.has('pathType'));
  if (!path) return undefined;
  doc.deleteIn([...path, 'pathType']);
  return [{ path: [...path, 'pathType'], exists: true }];
}

/** `port: {number: 80}` → `port: 80`: the backend port is an object (`number` or `name`). */
export function ingressPortShape(doc: Document): Expectation[] | undefined {
  if (!isKind(doc, 'Ingress', 'networking.k8s.io/v1')) return undefined;
  for (const backend of ingressBackendPaths(doc)) {
    const portPath = [...backend, 'service', 'port'];
    const number = scalarValue(doc, [...portPath, 'number']);
    if (!isInteger(number)) continue;
    doc.setIn(portPath, new Scalar(number));
    return [{ path: [...portPath, 'number'], equals: number }];
  }
  return undefined;
}
