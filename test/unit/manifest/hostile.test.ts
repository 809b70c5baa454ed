// Hostile manifests (test/fixtures/hostile/manifest-*.yaml) and fuzzing: the checker answers
// every input with findings, never an exception, and in time linear in the input.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkManifest, MAX_FINDINGS } from '../../../src/shared/manifest/check';

const hostile = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/hostile', name), 'utf8');
const summary = (text: string) => checkManifest(text).map((f) => `${f.line}:${f.col} ${f.severity} ${f.rule}`);

describe('hostile manifests', () => {
  it('reports a merge key that merges its own map, without overflowing the stack', () => {
    expect(summary(hostile('manifest-merge-cycle.yaml'))).toEqual(['5:7 error yaml-alias']);
  });

  it('reports a scalar merge source and an alias before its anchor, as go-yaml refuses them', () => {
    expect(summary(hostile('manifest-merge-scalar.yaml'))).toEqual(['4:7 error yaml-merge-source']);
    expect(summary(hostile('manifest-forward-alias.yaml'))).toEqual(['5:11 error yaml-alias']);
  });

  it('expands nested merge keys once each (memoised), and checks what they produce', () => {
    const findings = checkManifest(hostile('manifest-merge-bomb.yaml'));
    // Each level is an object where ConfigMap data wants strings: one finding per level, no hang.
    expect(findings.every((f) => f.rule === 'schema-type')).toBe(true);
    expect(findings).toHaveLength(40);
  });

  it('stops an alias fan-out at its budget with one finding on the document', () => {
    expect(summary(hostile('manifest-alias-fanout.yaml'))).toEqual(['1:1 error yaml-expansion']);
  }, 30_000);

  it('never reaches Object.prototype for kinds, apiVersions and field names', () => {
    expect(summary(hostile('manifest-prototype-names.yaml'))).toEqual([
      '2:7 warning kind-not-checked', // v1 constructor
      '7:7 warning kind-not-checked', // __proto__ toString
      '12:7 warning kind-not-checked', // v1 __proto__
      '20:3 error schema-unknown-field', // metadata.__proto__
      '21:3 error schema-unknown-field', // metadata.constructor
    ]);
    expect(summary('apiVersion: __proto__\nkind: Pod\nmetadata:\n  name: a\n')).toEqual(['1:13 error api-version-unknown']);
  });

  it('caps the findings of a file, saying how many more there are', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n' + Array.from({ length: 5000 }, (_, i) => `x${i}: 1\n`).join('');
    const findings = checkManifest(text);
    expect(findings).toHaveLength(MAX_FINDINGS + 1);
    expect(findings.at(-1)).toMatchObject({ rule: 'more-findings', severity: 'error', params: { count: 5000 - MAX_FINDINGS } });
  }, 30_000);

  it('checks a map of thousands of keys and a file of thousands of documents', () => {
    const keys = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n' + Array.from({ length: 5000 }, (_, i) => `  k${i}: v\n`).join('') + '  k5: again\n';
    expect(summary(keys)).toEqual([`5006:3 error yaml-duplicate-key`]);
    const documents = Array.from({ length: 1000 }, (_, i) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: s${i}\nspec:\n  ports:\n  - port: 80\n`).join('---\n');
    expect(checkManifest(documents)).toEqual([]);
  }, 30_000);
});

/** Manifest-like YAML: known keys, anchors, aliases, merge keys, flow collections and stray characters. */
const token = fc.constantFrom(
  'apiVersion: v1\n', 'kind: Pod\n', 'kind: Service\n', 'kind: constructor\n', 'apiVersion: __proto__\n', 'metadata:\n', '  name: a\n', 'spec:\n',
  '  containers:\n', '  - name: c\n', '    image: i\n', '  <<: *a\n', '  <<: 1\n', '&a ', '*a', '*b', '<<: [*a, *a]\n', '---\n', '{', '}', '[', ']', ': ',
  '"\\\'"', "'", '- ', '  ', '\n', '\t', 'x', '0777', '-1', 'null', '~', '? ', '#', '%YAML 1.2\n', '!!str ',
);

describe('checker fuzzing', () => {
  it('answers every generated manifest with findings, never an exception (fixed seed, bounded run)', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (parts) => {
        const findings = checkManifest(parts.join(''));
        expect(Array.isArray(findings)).toBe(true);
        for (const finding of findings) expect(finding.line).toBeGreaterThan(0);
        expect(findings.some((finding) => finding.rule === 'checker-failed')).toBe(false);
      }),
      { seed: 1914, numRuns: 400 },
    );
  });
});
