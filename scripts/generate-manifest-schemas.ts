// Writes src/shared/manifest/schemas/*.json, the schemas the manifest checker walks.
//   npx tsx scripts/generate-manifest-schemas.ts
// Run it after upgrading kubernetes-models, or after vendoring newer CRDs into scripts/crds
// (scripts/vendor-crds.ts, see scripts/crds/README.md); a unit test fails when the committed
// files are stale. Sources, read at development time only (the output is committed):
// - kubernetes-models: its type declarations (.d.ts), generated from the Kubernetes OpenAPI
//   spec, carry every field, which ones are required, their types and enums. We read them with
//   the TypeScript compiler rather than shipping the package's validators: those need
//   @kubernetes-models/validate at run time (ajv formats, re2-wasm), and report neither unknown
//   fields nor positions. (Its 5.x releases need Node 22; this project runs on Node 20.)
// - The CRDs of cert-manager, MetalLB and Gateway API (scripts/crds): their openAPIV3Schema, as
//   the API server uses it.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { parse } from 'yaml';
import type { KnownApiVersions, SchemaBundle, SchemaNode, SchemaRef } from '../src/shared/manifest/schema';

const root = resolve(import.meta.dirname, '..');
const modules = join(root, 'node_modules');
const outDir = join(root, 'src/shared/manifest/schemas');

/**
 * The kinds whose schema is bundled: what the course covers, plus Namespace, ReplicationController
 * and the batch workloads (upstream examples use them).
 */
const KUBERNETES_KINDS: [apiVersion: string, kinds: string[]][] = [
  ['v1', ['Pod', 'Service', 'PersistentVolume', 'PersistentVolumeClaim', 'ConfigMap', 'Secret', 'Namespace', 'ReplicationController']],
  ['apps/v1', ['Deployment', 'DaemonSet', 'StatefulSet', 'ReplicaSet']],
  ['batch/v1', ['Job', 'CronJob']],
  ['storage.k8s.io/v1', ['StorageClass']],
  ['networking.k8s.io/v1', ['Ingress', 'IngressClass', 'NetworkPolicy']],
];

/** The vendored CRDs: directory under scripts/crds, output file, and the release they come from. */
export const CRD_SOURCES = [
  { dir: 'cert-manager', file: 'cert-manager.json', source: 'cert-manager v1.21.1 CRDs (cert-manager/cert-manager deploy/crds)' },
  { dir: 'metallb', file: 'metallb.json', source: 'MetalLB v0.16.1 CRDs (metallb/metallb config/crd/bases)' },
  { dir: 'gateway-api', file: 'gateway-api.json', source: 'Gateway API v1.6.1 standard channel CRDs (kubernetes-sigs/gateway-api config/crd/standard)' },
] as const;

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The .d.ts file of a kind in a kubernetes-models package: `apps/v1` → `<pkg>/apps/v1/Deployment.d.ts`, `v1` → `<pkg>/v1/Pod.d.ts`. */
function declarationFile(pkg: string, apiVersion: string, kind: string): string {
  return join(modules, pkg, apiVersion, `${kind}.d.ts`);
}

// ---------------------------------------------------------------------------------------------
// From TypeScript declarations to schema nodes.

class DeclarationReader {
  readonly definitions: Record<string, SchemaNode> = {};
  private readonly checker: ts.TypeChecker;

  constructor(readonly program: ts.Program) {
    this.checker = program.getTypeChecker();
  }

  /** The schema of interface `I<kind>` in `file`, registered as a definition; returns its name. */
  rootKind(file: string, kind: string): string {
    const source = this.program.getSourceFile(file);
    if (!source) throw new Error(`cannot read ${file}`);
    const declaration = source.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === `I${kind}`);
    if (!declaration) throw new Error(`no interface I${kind} in ${file}`);
    const name = this.definitionName(declaration);
    const node = this.objectNode(this.checker.getTypeAtLocation(declaration));
    // apiVersion and kind are checked against the registry of kinds, and `status` is written by
    // controllers, not by people: the checker leaves it alone.
    node.properties = { ...node.properties, apiVersion: { type: 'string' }, kind: { type: 'string' } };
    node.required = node.required?.filter((field) => field !== 'apiVersion' && field !== 'kind');
    if (!node.required?.length) delete node.required;
    if (node.properties.status) node.properties.status = { type: 'any' };
    this.definitions[name] = node;
    return name;
  }

  private convert(type: ts.Type, typeNode?: ts.TypeNode): SchemaRef {
    const alias = type.aliasSymbol?.name ?? (typeNode && ts.isTypeReferenceNode(typeNode) ? typeNode.typeName.getText() : '');
    if (/IntOrString$/.test(alias)) return { type: 'int-or-string' };
    if (/Quantity$/.test(alias)) return { type: 'quantity' };
    if (type.flags & ts.TypeFlags.Any || type.flags & ts.TypeFlags.Unknown) return { type: 'any' };
    if (type.flags & ts.TypeFlags.BooleanLike) return { type: 'boolean' };
    // The Kubernetes API conventions rule out floating-point fields, and the declarations say
    // `number` for int32 and int64 alike.
    if (type.flags & ts.TypeFlags.NumberLike) return { type: 'integer' };
    if (type.flags & ts.TypeFlags.StringLiteral) return { type: 'string', enum: [(type as ts.StringLiteralType).value] };
    if (type.flags & ts.TypeFlags.StringLike) return { type: 'string' };
    if (type.isUnion()) {
      const members = type.types;
      if (members.every((m) => m.flags & ts.TypeFlags.StringLiteral))
        return { type: 'string', enum: members.map((m) => (m as ts.StringLiteralType).value).sort() };
      if (members.every((m) => m.flags & ts.TypeFlags.BooleanLike)) return { type: 'boolean' };
      if (members.some((m) => m.flags & ts.TypeFlags.StringLike) && members.some((m) => m.flags & ts.TypeFlags.NumberLike))
        return { type: 'int-or-string' };
      throw new Error(`unsupported union ${this.checker.typeToString(type)}`);
    }
    if (this.checker.isArrayType(type)) {
      const [item] = this.checker.getTypeArguments(type as ts.TypeReference);
      const itemNode = typeNode && ts.isTypeReferenceNode(typeNode) ? typeNode.typeArguments?.[0] : undefined;
      return { type: 'array', items: this.convert(item, itemNode) };
    }
    if (type.flags & ts.TypeFlags.Object) {
      const declaration = type.symbol?.declarations?.[0];
      if (declaration && ts.isInterfaceDeclaration(declaration)) {
        const name = this.definitionName(declaration);
        if (!(name in this.definitions)) {
          this.definitions[name] = { type: 'object' }; // placeholder while recursing
          this.definitions[name] = this.objectNode(type);
        }
        return name;
      }
      return this.objectNode(type);
    }
    throw new Error(`unsupported type ${this.checker.typeToString(type)}`);
  }

  private objectNode(type: ts.Type): SchemaNode {
    const node: SchemaNode = { type: 'object' };
    const properties: Record<string, SchemaRef> = {};
    const required: string[] = [];
    for (const property of this.checker.getPropertiesOfType(type)) {
      const declaration = property.valueDeclaration;
      if (!declaration || !ts.isPropertySignature(declaration)) continue;
      properties[property.name] = this.convert(this.checker.getTypeOfSymbol(property), declaration.type);
      if (!(property.flags & ts.SymbolFlags.Optional)) required.push(property.name);
    }
    const index = this.checker.getIndexInfoOfType(type, ts.IndexKind.String);
    if (Object.keys(properties).length > 0) node.properties = properties;
    if (required.length > 0) node.required = required.sort();
    if (index) node.values = this.convert(index.type, index.declaration?.type);
    // An interface without fields (FieldsV1, RawExtension) stands for free-form JSON.
    if (!node.properties && !node.values) node.open = true;
    return node;
  }

  /** `…/kubernetes-models/apps/v1/DeploymentSpec.d.ts` → `apps/v1.DeploymentSpec`; the core group is `core`. */
  private definitionName(declaration: ts.InterfaceDeclaration): string {
    const file = declaration.getSourceFile().fileName;
    const path = relative(modules, file).replace(/\.d\.ts$/, '').split('/');
    const typeName = declaration.name.text.replace(/^I/, '');
    if (path[0] === '@kubernetes-models' && path[1] === 'apimachinery') return `meta/${path.at(-2)}.${typeName}`;
    const inPackage = path[0].startsWith('@') ? path.slice(2) : path.slice(1);
    const apiVersion = inPackage.slice(0, -1).join('/');
    return `${apiVersion === 'v1' ? 'core/v1' : apiVersion}.${typeName}`;
  }
}

function readDeclarations(pkg: string, kindsByVersion: [string, string[]][]) {
  const files = kindsByVersion.flatMap(([apiVersion, kinds]) => kinds.map((kind) => declarationFile(pkg, apiVersion, kind)));
  const program = ts.createProgram(files, { noEmit: true, strict: false, skipLibCheck: true, types: [], moduleResolution: ts.ModuleResolutionKind.Node10 });
  const reader = new DeclarationReader(program);
  const kinds: SchemaBundle['kinds'] = {};
  for (const [apiVersion, names] of kindsByVersion) {
    kinds[apiVersion] = {};
    for (const kind of names) kinds[apiVersion][kind] = reader.rootKind(declarationFile(pkg, apiVersion, kind), kind);
  }
  return { definitions: reader.definitions, kinds };
}

// ---------------------------------------------------------------------------------------------
// From CRD openAPIV3Schema to schema nodes.

interface OpenApiSchema {
  type?: string;
  properties?: Record<string, OpenApiSchema>;
  required?: string[];
  additionalProperties?: OpenApiSchema | boolean;
  items?: OpenApiSchema;
  enum?: (string | number)[];
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  'x-kubernetes-int-or-string'?: boolean;
  'x-kubernetes-preserve-unknown-fields'?: boolean;
}

function fromOpenApi(schema: OpenApiSchema): SchemaNode {
  if (schema['x-kubernetes-int-or-string']) return { type: 'int-or-string', ...(schema.pattern ? { pattern: schema.pattern } : {}) };
  const type = schema.type as SchemaNode['type'] | undefined;
  if (!type) return { type: 'any' };
  const node: SchemaNode = { type };
  if (type === 'object') {
    if (schema.properties) node.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, fromOpenApi(v)]));
    if (schema.required?.length) node.required = [...schema.required].sort();
    if (typeof schema.additionalProperties === 'object') node.values = fromOpenApi(schema.additionalProperties);
    if (schema['x-kubernetes-preserve-unknown-fields'] || (!schema.properties && !schema.additionalProperties)) node.open = true;
  }
  if (type === 'array' && schema.items) node.items = fromOpenApi(schema.items);
  for (const key of ['enum', 'pattern', 'minimum', 'maximum', 'minItems', 'maxItems', 'minLength', 'maxLength'] as const) {
    if (schema[key] !== undefined) (node as unknown as Record<string, unknown>)[key] = schema[key];
  }
  return node;
}

interface CustomResourceDefinition {
  spec: {
    group: string;
    scope: 'Namespaced' | 'Cluster';
    names: { kind: string };
    versions: { name: string; served: boolean; deprecated?: boolean; deprecationWarning?: string; schema: { openAPIV3Schema: OpenApiSchema } }[];
  };
}

function readCrds(dir: string): SchemaBundle {
  const bundle: SchemaBundle = { source: '', definitions: {}, kinds: {}, deprecated: {}, clusterScoped: [] };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const crd = parse(readFileSync(join(dir, file), 'utf8')) as CustomResourceDefinition;
    const { group, names, versions, scope } = crd.spec;
    if (scope === 'Cluster' && !bundle.clusterScoped!.includes(names.kind)) bundle.clusterScoped!.push(names.kind);
    for (const version of versions.filter((v) => v.served)) {
      const apiVersion = `${group}/${version.name}`;
      const node = fromOpenApi(version.schema.openAPIV3Schema);
      // The API server checks a custom resource's metadata as any object's metadata.
      node.properties = { ...node.properties, metadata: 'meta/v1.ObjectMeta', status: { type: 'any' } };
      const name = `${apiVersion}.${names.kind}`;
      bundle.definitions[name] = node;
      (bundle.kinds[apiVersion] ??= {})[names.kind] = name;
      if (version.deprecated)
        (bundle.deprecated![apiVersion] ??= {})[names.kind] = version.deprecationWarning ?? `${apiVersion} ${names.kind} is deprecated`;
    }
  }
  if (Object.keys(bundle.deprecated!).length === 0) delete bundle.deprecated;
  if (bundle.clusterScoped!.length === 0) delete bundle.clusterScoped;
  else bundle.clusterScoped!.sort();
  return bundle;
}

// ---------------------------------------------------------------------------------------------
// Sharing repeated inline objects (Issuer and ClusterIssuer have the same spec, CRDs repeat
// label selectors…) keeps the files small.

function shareRepeatedObjects(definitions: Record<string, SchemaNode>) {
  const seen = new Map<string, { count: number; path: string }>();
  const count = (node: SchemaRef, path: string) => {
    if (typeof node === 'string') return;
    forEachChild(node, path, count);
    if (node.type !== 'object' || !node.properties) return;
    const key = JSON.stringify(node);
    const entry = seen.get(key);
    if (entry) entry.count++;
    else seen.set(key, { count: 1, path });
  };
  for (const [name, node] of Object.entries(definitions)) forEachChild(node, name, count);
  const replace = (node: SchemaRef): SchemaRef => {
    if (typeof node === 'string') return node;
    const entry = node.type === 'object' && node.properties ? seen.get(JSON.stringify(node)) : undefined;
    if (entry && entry.count > 1 && JSON.stringify(node).length > 120) {
      if (!(entry.path in definitions)) definitions[entry.path] = mapChildren(node, replace);
      return entry.path;
    }
    return mapChildren(node, replace);
  };
  for (const name of Object.keys(definitions)) definitions[name] = mapChildren(definitions[name], replace);
}

function forEachChild(node: SchemaNode, path: string, visit: (child: SchemaRef, path: string) => void) {
  for (const [key, child] of Object.entries(node.properties ?? {})) visit(child, `${path}.${key}`);
  if (node.items) visit(node.items, `${path}[]`);
  if (node.values) visit(node.values, `${path}{}`);
}

function mapChildren(node: SchemaNode, map: (child: SchemaRef) => SchemaRef): SchemaNode {
  const copy = { ...node };
  if (node.properties) copy.properties = Object.fromEntries(Object.entries(node.properties).map(([k, v]) => [k, map(v)]));
  if (node.items) copy.items = map(node.items);
  if (node.values) copy.values = map(node.values);
  return copy;
}

// ---------------------------------------------------------------------------------------------
// Every apiVersion/kind of the packages, for suggestions (the checker knows which are removed).

function listKnownKinds(packageDirs: string[], crds: SchemaBundle[]): KnownApiVersions['groups'] {
  const groups: KnownApiVersions['groups'] = {};
  const add = (apiVersion: string, kind: string) => {
    const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
    const kinds = ((groups[group] ??= {})[version] ??= []);
    if (!kinds.includes(kind)) kinds.push(kind);
  };
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (entry === 'node_modules' || entry === '_schemas') continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.d.ts') && entry !== 'index.d.ts') {
        const text = readFileSync(path, 'utf8');
        const apiVersion = /^\s+"apiVersion": "([^"]+)";$/m.exec(text)?.[1];
        const kind = /^\s+"kind": "([^"]+)";$/m.exec(text)?.[1];
        if (apiVersion && kind && kind === basename(entry, '.d.ts') && !kind.endsWith('List')) add(apiVersion, kind);
      }
    }
  };
  for (const dir of packageDirs) walk(dir);
  for (const bundle of crds) for (const [apiVersion, kinds] of Object.entries(bundle.kinds)) for (const kind of Object.keys(kinds)) add(apiVersion, kind);
  const sorted: KnownApiVersions['groups'] = {};
  for (const group of Object.keys(groups).sort())
    sorted[group] = Object.fromEntries(Object.keys(groups[group]).sort().map((v) => [v, groups[group][v].sort()]));
  return sorted;
}

// ---------------------------------------------------------------------------------------------

/** JSON with one definition or kind per line: small, yet readable in a diff. */
function toJson(value: object): string {
  const lines = Object.entries(value).map(([key, field]) => {
    if (field && typeof field === 'object' && !Array.isArray(field)) {
      const inner = Object.entries(field).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
      return `  ${JSON.stringify(key)}: {\n${inner.join(',\n')}\n  }`;
    }
    return `  ${JSON.stringify(key)}: ${JSON.stringify(field)}`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}

/** The contents of every file of src/shared/manifest/schemas, by file name (a test compares them with the committed files). */
export function generateManifestSchemas(crdRoot = join(root, 'scripts/crds')): Record<string, string> {
  const kubernetes = readDeclarations('kubernetes-models', KUBERNETES_KINDS);
  shareRepeatedObjects(kubernetes.definitions);
  const kubernetesModels = `kubernetes-models ${packageVersion('kubernetes-models')}`;
  const files: Record<string, string> = { 'kubernetes.json': toJson({ source: kubernetesModels, ...kubernetes }) };
  const crdBundles: SchemaBundle[] = [];
  for (const { dir, file, source } of CRD_SOURCES) {
    const bundle = readCrds(join(crdRoot, dir));
    shareRepeatedObjects(bundle.definitions);
    crdBundles.push(bundle);
    files[file] = toJson({ ...bundle, source });
  }
  files['api-versions.json'] = toJson({
    source: [kubernetesModels, ...CRD_SOURCES.map((crd) => crd.source)].join(', '),
    groups: listKnownKinds([join(modules, 'kubernetes-models')], crdBundles),
  });
  return files;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [file, text] of Object.entries(generateManifestSchemas())) {
    writeFileSync(join(outDir, file), text);
    console.log(`Wrote ${relative(root, join(outDir, file))} (${(text.length / 1024).toFixed(0)} KB)`);
  }
}
