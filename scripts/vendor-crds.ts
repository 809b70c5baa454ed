// Copies the schema part of upstream CustomResourceDefinitions into scripts/crds/<project>/, the
// input of generate-manifest-schemas.ts.
//   npx tsx scripts/vendor-crds.ts OUT_DIR CRD_FILE...
// Only what the checker reads is kept: group, kind, scope and, per served version, its
// openAPIV3Schema without descriptions or CEL rules (the checker does not evaluate CEL; the few
// rules it mirrors are written by hand in src/shared/manifest/rules). Facts, not prose: the
// vendored files hold no upstream documentation text.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';

/** Keys dropped at every level of a schema. */
const DROPPED = new Set(['description', 'x-kubernetes-validations', 'example', 'externalDocs']);

function strip(value: unknown, inProperties = false): unknown {
  if (Array.isArray(value)) return value.map((item) => strip(item));
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    // Inside `properties` the keys are field names, `description` included.
    if (!inProperties && DROPPED.has(key)) continue;
    out[key] = strip(child, !inProperties && key === 'properties');
  }
  return out;
}

interface Crd {
  kind?: string;
  spec: {
    group: string;
    scope: string;
    names: { kind: string; plural: string };
    versions: { name: string; served: boolean; deprecated?: boolean; deprecationWarning?: string; schema?: { openAPIV3Schema: unknown } }[];
  };
}

const [outDir, ...files] = process.argv.slice(2);
if (!outDir || files.length === 0) {
  console.error('usage: npx tsx scripts/vendor-crds.ts OUT_DIR CRD_FILE...');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
for (const file of files) {
  for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) {
    const crd = doc.toJS() as Crd | null;
    if (crd?.kind !== 'CustomResourceDefinition') continue;
    const { group, scope, names, versions } = crd.spec;
    const kept = {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: `${names.plural}.${group}` },
      spec: {
        group,
        scope,
        names: { kind: names.kind, plural: names.plural },
        versions: versions
          .filter((version) => version.served)
          .map((version) => ({
            name: version.name,
            served: true,
            ...(version.deprecated ? { deprecated: true, deprecationWarning: version.deprecationWarning } : {}),
            schema: { openAPIV3Schema: strip(version.schema?.openAPIV3Schema ?? {}) },
          })),
      },
    };
    const out = join(outDir, `${group}_${names.plural}.yaml`);
    writeFileSync(out, stringify(kept, { lineWidth: 0 }));
    console.log(`${basename(file)} → ${out}`);
  }
}
