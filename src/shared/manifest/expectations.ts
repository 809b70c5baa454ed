// A yaml-fix challenge's own assertions (`expect`) on the fixed manifest.
import { parsePath, valueAtPath } from '../yaml/path';
import type { Findings } from './findings';
import type { FileDocument } from './rules/cross-document';
import type { Field } from './yaml';

/** An assertion on the fixed manifest: the value at `path` (in the first document of `kind`) equals or exists. */
export type YamlFixExpectation =
  | { kind?: string; path: string; equals: unknown }
  | { kind?: string; path: string; exists: boolean };

export function checkExpectations(documents: FileDocument[], expectations: YamlFixExpectation[], findings: Findings): void {
  for (const expectation of expectations) {
    const { path } = expectation;
    const target = expectation.kind ? documents.find((doc) => doc.kind === expectation.kind) : documents[0];
    const segments = parsePath(path);
    if (!segments) {
      findings.atOffsets(0, 0, 'error', 'expect', 'expect-path-invalid', { path });
      continue;
    }
    if (!target) {
      findings.atOffsets(0, 0, 'error', 'expect', 'expect-kind-missing', { path, kind: expectation.kind ?? '?' });
      continue;
    }
    findings.document = target.index;
    const { found, value } = valueAtPath(target.root.toJS(), segments);
    const field = deepestField(target.root, segments);
    if ('exists' in expectation) {
      if (expectation.exists && !found) findings.error(field.keyAnchor, 'expect', { path }, 'expect-missing');
      if (!expectation.exists && found) findings.error(field.keyAnchor, 'expect', { path }, 'expect-present');
    } else if (!found || !deepEqual(value, expectation.equals)) {
      findings.error(field.anchor, 'expect', { path, expected: JSON.stringify(expectation.equals), actual: found ? JSON.stringify(value) : '-' }, 'expect-equals');
    }
  }
}

/** The field at `segments`, or the deepest one that exists on the way (to point at). */
function deepestField(root: Field, segments: (string | number)[]): Field {
  let field = root;
  for (const segment of segments) {
    const next = typeof segment === 'number' ? field.items()[segment] : field.get(segment);
    if (!next) return field;
    if (!next.exists) return next.keyNode ? next : field;
    field = next;
  }
  return field;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((key) => deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
