// Mutations of port numbers (containers, Services, Ingress backends): out of range, or written as a string.
import { Scalar, type Document } from 'yaml';
import { ingressBackendPaths, isInteger, isKind, mapItemPaths, nodeAt, podSpecPath, scalarValue, type Expectation, type Path } from './document';

interface PortField {
  path: Path;
  value: number;
  /** Whether a port name (a string) is also allowed there, as in a Service's `targetPort`. */
  allowsName: boolean;
}

/** The port numbers of containers, Services and Ingress backends, in that order. */
function portFields(doc: Document): PortField[] {
  const fields: Omit<PortField, 'value'>[] = [];
  const spec = podSpecPath(doc);
  if (spec) {
    for (const container of mapItemPaths(doc, [...spec, 'containers'])) {
      for (const port of mapItemPaths(doc, [...container, 'ports'])) fields.push({ path: [...port, 'containerPort'], allowsName: false });
    }
  }
  if (isKind(doc, 'Service', 'v1')) {
    for (const port of mapItemPaths(doc, ['spec', 'ports'])) {
      fields.push({ path: [...port, 'port'], allowsName: false }, { path: [...port, 'targetPort'], allowsName: true });
    }
  }
  if (isKind(doc, 'Ingress', 'networking.k8s.io/v1')) {
    for (const backend of ingressBackendPaths(doc)) fields.push({ path: [...backend, 'service', 'port', 'number'], allowsName: false });
  }
  return fields.flatMap((field) => {
    const value = scalarValue(doc, field.path);
    return isInteger(value) && value > 0 ? [{ ...field, value }] : [];
  });
}

/** A port with extra zeros (`8080` → `80800`): past 65535, the highest port number. */
export function portOutOfRange(doc: Document): Expectation[] | undefined {
  const port = portFields(doc)[0];
  if (!port) return undefined;
  let wrong = port.value;
  while (wrong <= 65535) wrong *= 10;
  (nodeAt(doc, port.path) as Scalar).value = wrong;
  return [{ path: port.path, equals: port.value }];
}

/** A port number written as a string (`"80"`) where only an integer is allowed. */
export function portAsString(doc: Document): Expectation[] | undefined {
  const port = portFields(doc).find((field) => !field.allowsName);
  if (!port) return undefined;
  const node = nodeAt(doc, port.path) as Scalar;
  node.value = String(port.value);
  node.type = Scalar.QUOTE_DOUBLE;
  return [{ path: port.path, equals: port.value }];
}
