import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { parsePath, valueAtPath } from '../../../src/shared/yaml/path';
import type { YamlFixExpectation } from '../../../src/shared/decks/types';
import { applicableMutations, MUTATION_KINDS, mutateManifest, readManifests } from '../../../src/shared/generator';
import { typo } from '../../../src/shared/generator/mutations';
import { checkManifest } from '../../../src/shared/manifest/check';
import { MUTATION_SAMPLES } from './mutation-samples';

const REAL_MANIFESTS = fileURLToPath(new URL('../../../../shared/manifests/real/', import.meta.url));

/** The documents of a YAML text as plain values; fails the test on a syntax error. */
function documentsOf(text: string): Record<string, unknown>[] {
  const documents = parseAllDocuments(text);
  for (const doc of documents) expect(doc.errors).toEqual([]);
  return documents.map((doc) => doc.toJS() as Record<string, unknown>).filter((value) => value !== null);
}

function holds(expectation: YamlFixExpectation, manifest: string): boolean {
  const documents = documentsOf(manifest);
  const document = expectation.kind ? documents.find((doc) => doc.kind === expectation.kind) : documents[0];
  const { found, value } = valueAtPath(document, parsePath(expectation.path)!);
  return 'exists' in expectation ? found === expectation.exists : found && JSON.stringify(value) === JSON.stringify(expectation.equals);
}

function mutated(kind: (typeof MUTATION_KINDS)[number]) {
  const result = mutateManifest(MUTATION_SAMPLES[kind], kind);
  expect(result, `${kind} should apply to its sample`).toBeDefined();
  return { ...result!, brokenDocs: documentsOf(result!.broken), solutionDocs: documentsOf(result!.solution) };
}

describe('mutation kinds', () => {
  it.each(MUTATION_KINDS)('%s gives valid YAML that differs from the original, which stays the solution', (kind) => {
    const { broken, solution, brokenDocs, solutionDocs, expect: expectations } = mutated(kind);
    expect(broken).not.toBe(solution);
    expect(brokenDocs).not.toEqual(solutionDocs);
    expect(solutionDocs).toEqual(documentsOf(MUTATION_SAMPLES[kind]));
    for (const expectation of expectations) expect(holds(expectation, solution), expectation.path).toBe(true);
    // When there are expectations, the broken manifest fails at least one of them.
    if (expectations.length > 0) expect(expectations.some((expectation) => !holds(expectation, broken))).toBe(true);
  });

  it.each(MUTATION_KINDS)('%s: the manifest checker rejects the broken manifest and accepts the solution with its expectations', (kind) => {
    const { broken, solution, expect: expectations } = mutated(kind);
    const errors = (text: string, expectList: YamlFixExpectation[]) => checkManifest(text, { expect: expectList }).filter((f) => f.severity === 'error');
    expect(errors(broken, expectations).length).toBeGreaterThan(0);
    expect(errors(solution, expectations)).toEqual([]);
  });

  it('replaces the Ingress apiVersion by the removed extensions/v1beta1', () => {
    const { brokenDocs, expect: expectations } = mutated('ingress-legacy-api-version');
    expect(brokenDocs[0].apiVersion).toBe('extensions/v1beta1');
    expect(expectations).toEqual([{ path: 'apiVersion', equals: 'networking.k8s.io/v1' }]);
  });

  it('deletes an Ingress path’s pathType and expects it back', () => {
    const { broken, solution, expect: expectations } = mutated('ingress-missing-path-type');
    expect(broken).not.toContain('pathType');
    expect(solution).toContain('pathType: Prefix # every URL under /api');
    expect(expectations).toEqual([{ path: 'spec.rules[0].http.paths[0].pathType', exists: true }]);
  });

  it('turns port: {number: 80} into port: 80', () => {
    const { broken, expect: expectations } = mutated('ingress-port-shape');
    expect(broken).toMatch(/^ {12}port: 80$/m);
    expect(broken).not.toContain('number:');
    expect(expectations).toEqual([{ path: 'spec.rules[0].http.paths[0].backend.service.port.number', equals: 80 }]);
  });

  it('renames a volume mount so that it matches no volume, keeping the volumes as they are', () => {
    const { brokenDocs, solutionDocs, expect: expectations } = mutated('volume-mount-unknown-volume');
    const spec = brokenDocs[0].spec as { containers: { volumeMounts: { name: string }[] }[]; volumes: { name: string }[] };
    expect(spec.containers[0].volumeMounts[0].name).toBe('stie');
    expect(spec.volumes).toEqual((solutionDocs[0].spec as typeof spec).volumes);
    // Renaming either the mount or the volume fixes it: no single expected value.
    expect(expectations).toEqual([]);
  });

  it('writes a closed-set value in lower case', () => {
    const { brokenDocs, expect: expectations } = mutated('enum-wrong-case');
    expect((brokenDocs[0].spec as { accessModes: string[] }).accessModes).toEqual(['readwriteonce']);
    expect(expectations).toEqual([{ path: 'spec.accessModes[0]', equals: 'ReadWriteOnce' }]);
  });

  it('adds zeros to a port until it is past 65535', () => {
    const { brokenDocs, expect: expectations } = mutated('port-out-of-range');
    expect((brokenDocs[0].spec as { ports: { port: number }[] }).ports[0].port).toBe(443000);
    expect(expectations).toEqual([{ path: 'spec.ports[0].port', equals: 443 }]);
  });

  it('writes a container port as a string', () => {
    const { broken, expect: expectations } = mutated('port-as-string');
    expect(broken).toContain('- containerPort: "8080"');
    expect(expectations).toEqual([{ path: 'spec.containers[0].ports[0].containerPort', equals: 8080 }]);
  });

  it('removes a container image, in the second document of the manifest', () => {
    const { brokenDocs, expect: expectations } = mutated('missing-container-image');
    expect(JSON.stringify(brokenDocs[1])).not.toContain('example/api');
    expect(expectations).toEqual([{ kind: 'Deployment', path: 'spec.template.spec.containers[0].image', exists: true }]);
  });

  it('misspells containers as container', () => {
    const { broken, expect: expectations } = mutated('misspelled-field');
    expect(broken).toMatch(/^ {2}container:$/m);
    expect(expectations).toEqual([{ path: 'spec.containers', exists: true }]);
  });

  it('removes metadata.name', () => {
    const { brokenDocs, expect: expectations } = mutated('missing-metadata-name');
    expect(brokenDocs[0].metadata).toEqual({});
    expect(expectations).toEqual([{ path: 'metadata.name', exists: true }]);
  });

  it('keeps the comments and the sequence indentation of the block', () => {
    const { broken, solution } = mutated('misspelled-field');
    expect(solution).toBe(MUTATION_SAMPLES['misspelled-field']);
    expect(broken).toContain('  # the site is copied here by an init step\n  - name: site');
  });

  it('only breaks custom resources in ways that do not depend on their schema', () => {
    const pool = 'apiVersion: metallb.io/v1beta1\nkind: IPAddressPool\nmetadata:\n  name: pool\nspec:\n  addresses: [192.168.1.240-192.168.1.250]\n';
    expect(applicableMutations(pool)).toEqual(['missing-metadata-name']);
  });

  it('lists the kinds that fit a manifest, most instructive first', () => {
    expect(applicableMutations(MUTATION_SAMPLES['ingress-port-shape']).slice(0, 3)).toEqual([
      'ingress-legacy-api-version',
      'ingress-missing-path-type',
      'ingress-port-shape',
    ]);
  });

  it('makes typos that stay valid names and avoid taken ones', () => {
    expect(typo('test-volume')).toBe('test-volmue');
    expect(typo('test-volume', new Set(['test-volmue']))).toBe('test-voulme');
    expect(typo('aa')).toMatch(/^[a-z0-9-]+$/);
  });
});

describe('readManifests', () => {
  it('tells why a block is not a manifest', () => {
    expect(readManifests('replicaCount: 2\n')).toEqual({ ok: false, reason: 'not-a-manifest' });
    expect(readManifests('apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n')).toEqual({ ok: false, reason: 'template' });
    expect(readManifests('')).toEqual({ ok: false, reason: 'empty' });
    expect(readManifests('a: [unclosed\n')).toMatchObject({ ok: false, reason: 'syntax' });
    // Every document must be an object: a manifest with a stray value is not one.
    expect(readManifests('apiVersion: v1\nkind: ConfigMap\n---\njust text\n')).toEqual({ ok: false, reason: 'not-a-manifest' });
  });

  it('ignores empty documents around the objects', () => {
    const reading = readManifests('---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\n');
    expect(reading.ok && reading.documents.length).toBe(1);
  });
});

describe('mutations on real manifests', () => {
  const files = existsSync(REAL_MANIFESTS) ? yamlFiles(REAL_MANIFESTS) : [];

  it('break every manifest that parses into valid YAML that differs from it', { timeout: 60_000 }, (context) => {
    if (files.length === 0) context.skip(`no real manifests at ${REAL_MANIFESTS}`);
    const kindsSeen = new Set<string>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const kind of MUTATION_KINDS) {
        const result = mutateManifest(text, kind);
        if (!result) continue;
        kindsSeen.add(kind);
        expect(result.broken, `${file} ${kind}`).not.toBe(result.solution);
        expect(parseAllDocuments(result.broken).flatMap((doc) => doc.errors), `${file} ${kind}`).toEqual([]);
      }
    }
    // Every kind fits some real manifest.
    expect([...kindsSeen].sort()).toEqual([...MUTATION_KINDS].sort());
  });
});

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return name.endsWith('.yaml') ? [path] : [];
  });
}
