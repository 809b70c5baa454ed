// Ways to break a valid Kubernetes manifest so that the API server rejects it, for yaml-fix
// drafts: one function per kind (in a file per kind of object or field, beside this one), each
// editing the parsed yaml Document in place (comments and layout survive), applied to the first
// document of the manifest where it fits.
import { isMap, isScalar, parseAllDocuments, type Document } from 'yaml';
import type { YamlFixExpectation } from '../../decks/types';
import type { Expectation, Mutation, Path } from './document';
import { enumWrongCase } from './enums';
import { missingContainerImage, missingMetadataName, misspelledField } from './fields';
import { ingressLegacyApiVersion, ingressMissingPathType, ingressPortShape } from './ingress';
import { portAsString, portOutOfRange } from './ports';
import { volumeMountUnknownVolume } from './volumes';

export { typo } from './document';

/** The mutation kinds, most instructive first: a draft uses the first one that fits its manifest. */
export const MUTATION_KINDS = [
  'ingress-legacy-api-version',
  'ingress-missing-path-type',
  'ingress-port-shape',
  'volume-mount-unknown-volume',
  'enum-wrong-case',
  'port-out-of-range',
  'port-as-string',
  'missing-container-image',
  'misspelled-field',
  'missing-metadata-name',
] as const;

export type MutationKind = (typeof MUTATION_KINDS)[number];

export interface MutatedManifest {
  kind: MutationKind;
  /** The manifest with the mistake. */
  broken: string;
  /** The original manifest, written out the same way as `broken` so that only the mistake differs. */
  solution: string;
  /** Assertions the fixed manifest must meet, when the mistake has a single natural fix. */
  expect: YamlFixExpectation[];
}

const MUTATIONS: Record<MutationKind, Mutation> = {
  'ingress-legacy-api-version': ingressLegacyApiVersion,
  'ingress-missing-path-type': ingressMissingPathType,
  'ingress-port-shape': ingressPortShape,
  'volume-mount-unknown-volume': volumeMountUnknownVolume,
  'enum-wrong-case': enumWrongCase,
  'port-out-of-range': portOutOfRange,
  'port-as-string': portAsString,
  'missing-container-image': missingContainerImage,
  'misspelled-field': misspelledField,
  'missing-metadata-name': missingMetadataName,
};

export type ManifestReading =
  | { ok: true; documents: Document[] }
  | { ok: false; reason: 'syntax'; detail: string }
  | { ok: false; reason: 'template' | 'empty' | 'not-a-manifest' };

/**
 * The documents of a YAML text when every one of them is a Kubernetes object (a mapping with
 * `apiVersion` and `kind`); empty documents (`---` at the end) are left out.
 */
export function readManifests(text: string): ManifestReading {
  // Helm and Hugo templates (`{{ .Values.x }}`) are not manifests until rendered.
  if (/\{\{|\{%/.test(text)) return { ok: false, reason: 'template' };
  const documents: Document[] = parseAllDocuments(text, { prettyErrors: false });
  for (const doc of documents) {
    if (doc.errors.length > 0) return { ok: false, reason: 'syntax', detail: doc.errors[0].message.split('\n')[0] };
  }
  const manifests = documents.filter((doc) => !isEmptyDocument(doc));
  if (manifests.length === 0) return { ok: false, reason: 'empty' };
  const isObject = (doc: Document) =>
    isMap(doc.contents) && typeof doc.get('apiVersion') === 'string' && typeof doc.get('kind') === 'string';
  return manifests.every(isObject) ? { ok: true, documents: manifests } : { ok: false, reason: 'not-a-manifest' };
}

/** A document with nothing in it, like the one after a trailing `---`. */
function isEmptyDocument(doc: Document): boolean {
  return doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null && !doc.contents.comment);
}

/** The kinds that fit `manifest`, in MUTATION_KINDS order. */
export function applicableMutations(manifest: string): MutationKind[] {
  return MUTATION_KINDS.filter((kind) => mutateManifest(manifest, kind) !== undefined);
}

/**
 * `manifest` broken by `kind` (in its first document where that kind fits), with the original
 * as solution; undefined when the text is not a manifest or the kind fits none of its documents.
 */
export function mutateManifest(manifest: string, kind: MutationKind): MutatedManifest | undefined {
  const reading = readManifests(manifest);
  if (!reading.ok) return undefined;
  const options = { indentSeq: indentsSequences(manifest) };
  const solution = reading.documents.map((doc) => doc.toString(options)).join('');
  for (const [index, doc] of reading.documents.entries()) {
    const expectations = MUTATIONS[kind](doc);
    if (!expectations) continue;
    const broken = reading.documents.map((d) => d.toString(options)).join('');
    return { kind, broken, solution, expect: locateExpectations(expectations, reading.documents, index) };
  }
  return undefined;
}

/**
 * Expectations apply to the first document (or to the first document of a given kind), so those
 * on a later document name its kind, and are dropped when an earlier document has the same kind.
 */
function locateExpectations(expectations: Expectation[], documents: Document[], index: number): YamlFixExpectation[] {
  const objectKind = String(documents[index].get('kind'));
  const firstOfKind = documents.findIndex((doc) => doc.get('kind') === objectKind);
  if (index > 0 && firstOfKind !== index) return [];
  return expectations.map((expectation) => ({
    ...(index > 0 ? { kind: objectKind } : {}),
    ...expectation,
    path: formatPath(expectation.path),
  }));
}

/** Whether the block indents sequences under their key (`key:\n  - a`) rather than not (`key:\n- a`). */
function indentsSequences(text: string): boolean {
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    const key = /^(\s*)(?:- )?[^\s#-][^:#]*:\s*(?:#.*)?$/.exec(line);
    if (!key) continue;
    const next = lines.slice(i + 1).find((l) => l.trim() !== '' && !l.trim().startsWith('#'));
    const item = next && /^(\s*)- /.exec(next);
    if (item) return item[1].length > key[1].length + (line.trimStart().startsWith('- ') ? 2 : 0);
  }
  return true;
}

/** `spec.rules[0].http`, or `metadata.annotations["cert-manager.io/issuer"]` for keys that need quotes. */
export function formatPath(path: Path): string {
  return path
    .map((segment, i) => {
      if (typeof segment === 'number') return `[${segment}]`;
      if (/^[A-Za-z_$][\w$-]*$/.test(segment)) return i === 0 ? segment : `.${segment}`;
      return `[${JSON.stringify(segment)}]`;
    })
    .join('');
}
