// Which schema applies to a document, from its apiVersion and kind; and what to say when none does.
import { closestMatch } from '../text';
import type { MessageId } from './messages';
import type { KnownApiVersions, SchemaBundle, SchemaNode, SchemaRef } from './schema';
import apiVersionsJson from './schemas/api-versions.json';
import certManagerJson from './schemas/cert-manager.json';
import gatewayApiJson from './schemas/gateway-api.json';
import kubernetesJson from './schemas/kubernetes.json';
import metallbJson from './schemas/metallb.json';
import { own } from './own';

const bundles = [kubernetesJson, certManagerJson, metallbJson, gatewayApiJson] as unknown as SchemaBundle[];
const known = (apiVersionsJson as unknown as KnownApiVersions).groups;

interface SchemaIndex {
  definitions: Record<string, SchemaNode>;
  /** `apiVersion kind` → schema. */
  checkedKinds: Map<string, SchemaRef>;
  deprecatedVersions: Map<string, string>;
}

let index: SchemaIndex | undefined;

/** Where the bundled schemas come from, with their versions (`kubedeck lint --version`). */
export const SCHEMA_SOURCES: string[] = bundles.map((bundle) => bundle.source);

/** Indexes the bundled schemas, once (the checker calls it; benchmarks time it). */
export function loadSchemas(): SchemaIndex {
  if (index) return index;
  const definitions: Record<string, SchemaNode> = Object.assign({}, ...bundles.map((bundle) => bundle.definitions));
  const checkedKinds = new Map<string, SchemaRef>();
  const deprecatedVersions = new Map<string, string>();
  for (const bundle of bundles) {
    for (const [apiVersion, kinds] of Object.entries(bundle.kinds)) for (const [kind, ref] of Object.entries(kinds)) checkedKinds.set(`${apiVersion} ${kind}`, ref);
    for (const [apiVersion, kinds] of Object.entries(bundle.deprecated ?? {}))
      for (const [kind, warning] of Object.entries(kinds)) deprecatedVersions.set(`${apiVersion} ${kind}`, warning);
  }
  index = { definitions, checkedKinds, deprecatedVersions };
  return index;
}

/** The schema a reference names (or the schema itself). */
export function resolveSchema(ref: SchemaRef): SchemaNode {
  if (typeof ref !== 'string') return ref;
  const node = own(loadSchemas().definitions, ref);
  if (!node) throw new Error(`unknown schema definition ${ref}`);
  return node;
}

/**
 * apiVersions that the packages still describe but clusters no longer serve, with the release
 * that removed them (Kubernetes' deprecated API migration guide; cert-manager 1.7's release notes).
 * `*` stands for every kind of that apiVersion.
 */
const REMOVED: Record<string, Record<string, string>> = {
  'admissionregistration.k8s.io/v1beta1': { '*': 'Kubernetes 1.22' },
  'apiextensions.k8s.io/v1beta1': { '*': 'Kubernetes 1.22' },
  'apiregistration.k8s.io/v1beta1': { '*': 'Kubernetes 1.22' },
  'apps/v1beta1': { '*': 'Kubernetes 1.16' },
  'apps/v1beta2': { '*': 'Kubernetes 1.16' },
  'authentication.k8s.io/v1beta1': { '*': 'Kubernetes 1.22' },
  'authorization.k8s.io/v1beta1': { '*': 'Kubernetes 1.22' },
  'autoscaling/v2beta1': { '*': 'Kubernetes 1.25' },
  'autoscaling/v2beta2': { '*': 'Kubernetes 1.26' },
  'batch/v1beta1': { '*': 'Kubernetes 1.25' },
  'certificates.k8s.io/v1beta1': { '*': 'Kubernetes 1.22' },
  'coordination.k8s.io/v1beta1': { Lease: 'Kubernetes 1.22' },
  'discovery.k8s.io/v1beta1': { '*': 'Kubernetes 1.25' },
  'events.k8s.io/v1beta1': { '*': 'Kubernetes 1.25' },
  'extensions/v1beta1': { Ingress: 'Kubernetes 1.22', '*': 'Kubernetes 1.16' },
  'flowcontrol.apiserver.k8s.io/v1beta1': { '*': 'Kubernetes 1.26' },
  'flowcontrol.apiserver.k8s.io/v1beta2': { '*': 'Kubernetes 1.29' },
  'flowcontrol.apiserver.k8s.io/v1beta3': { '*': 'Kubernetes 1.32' },
  'networking.k8s.io/v1beta1': { Ingress: 'Kubernetes 1.22', IngressClass: 'Kubernetes 1.22' },
  'node.k8s.io/v1beta1': { '*': 'Kubernetes 1.25' },
  'policy/v1beta1': { '*': 'Kubernetes 1.25' },
  'rbac.authorization.k8s.io/v1beta1': { '*': 'Kubernetes 1.22' },
  'scheduling.k8s.io/v1beta1': { '*': 'Kubernetes 1.22' },
  'storage.k8s.io/v1beta1': { CSIStorageCapacity: 'Kubernetes 1.27', '*': 'Kubernetes 1.22' },
  'cert-manager.io/v1alpha2': { '*': 'cert-manager 1.7' },
  'cert-manager.io/v1alpha3': { '*': 'cert-manager 1.7' },
  'cert-manager.io/v1beta1': { '*': 'cert-manager 1.7' },
  'acme.cert-manager.io/v1alpha2': { '*': 'cert-manager 1.7' },
  'acme.cert-manager.io/v1alpha3': { '*': 'cert-manager 1.7' },
  'acme.cert-manager.io/v1beta1': { '*': 'cert-manager 1.7' },
  'certmanager.k8s.io/v1alpha1': { '*': 'cert-manager 0.11' },
};

function removedIn(apiVersion: string, kind: string): string | undefined {
  const removed = own(REMOVED, apiVersion);
  return own(removed, kind) ?? own(removed, '*');
}

function splitApiVersion(apiVersion: string): { group: string; version: string } | undefined {
  const parts = apiVersion.split('/');
  if (parts.length === 1) return { group: '', version: parts[0] };
  if (parts.length === 2 && parts[0] && parts[1]) return { group: parts[0], version: parts[1] };
  return undefined;
}

const joinApiVersion = (group: string, version: string) => (group ? `${group}/${version}` : version);

/** Served apiVersions that have `kind`, checked ones and stable ones first. */
function servedApiVersionsOf(kind: string, inGroup?: string): string[] {
  const found: string[] = [];
  for (const [group, versions] of Object.entries(known)) {
    if (inGroup !== undefined && group !== inGroup) continue;
    for (const [version, kinds] of Object.entries(versions)) {
      const apiVersion = joinApiVersion(group, version);
      if (kinds.includes(kind) && !removedIn(apiVersion, kind)) found.push(apiVersion);
    }
  }
  const rank = (apiVersion: string) => (loadSchemas().checkedKinds.has(`${apiVersion} ${kind}`) ? 0 : /\/v\d+$|^v\d+$/.test(apiVersion) ? 1 : 2);
  return found.sort((a, b) => rank(a) - rank(b));
}

function kindsOfGroup(group: string): string[] {
  return [...new Set(Object.values(own(known, group) ?? {}).flat())];
}

export type KindResolution =
  /** Bundled schema: the document is checked against it. */
  | { status: 'checked'; schema: SchemaRef; deprecation?: string }
  /** A real kind whose schema is not bundled, a kind of a known group newer than the bundled schemas, or a custom resource of a group the checker does not know. */
  | { status: 'unchecked'; reason: 'builtin' | 'custom' | 'newer' }
  /** Wrong apiVersion or kind: `on` says which of the two fields is at fault. */
  | { status: 'error'; on: 'apiVersion' | 'kind'; rule: string; message: MessageId; params: Record<string, string> };

const wrongApiVersion = (message: MessageId, params: Record<string, string>, rule = 'api-version-unknown'): KindResolution => ({
  status: 'error',
  on: 'apiVersion',
  rule,
  message,
  params,
});

export function resolveKind(apiVersion: string, kind: string): KindResolution {
  const { checkedKinds, deprecatedVersions } = loadSchemas();
  const schema = checkedKinds.get(`${apiVersion} ${kind}`);
  if (schema) return { status: 'checked', schema, deprecation: deprecatedVersions.get(`${apiVersion} ${kind}`) };
  // kubectl's own container for several objects; its items are not checked one by one.
  if (apiVersion === 'v1' && kind === 'List') return { status: 'unchecked', reason: 'builtin' };

  const parts = splitApiVersion(apiVersion);
  if (parts && Object.hasOwn(known, parts.group)) {
    const release = removedIn(apiVersion, kind);
    // A removed version may be missing from the sources (CRDs list only what they still serve).
    if (release && kindsOfGroup(parts.group).includes(kind)) {
      const [current] = servedApiVersionsOf(kind);
      return current
        ? wrongApiVersion('api-version-removed', { apiVersion, kind, release, current }, 'api-version-removed')
        : wrongApiVersion('api-version-removed-no-replacement', { apiVersion, kind, release }, 'api-version-removed');
    }
    if (own(own(known, parts.group), parts.version)?.includes(kind)) return { status: 'unchecked', reason: 'builtin' };
    const [current] = servedApiVersionsOf(kind, parts.group);
    if (current) return wrongApiVersion('api-version-unknown', { apiVersion, kind, current });
    return unknownKind(apiVersion, kind, kindsOfGroup(parts.group));
  }

  // A group nobody here knows: a typo of a known one, a built-in kind in a made-up group, or a
  // custom resource (cilium.io, projectcalico.org…), which only its own CRD can check.
  const suggestedGroup = parts && closestMatch(parts.group, Object.keys(known).filter(Boolean));
  const [inSuggestedGroup] = suggestedGroup ? servedApiVersionsOf(kind, suggestedGroup) : [];
  if (inSuggestedGroup) return wrongApiVersion('api-version-unknown', { apiVersion, kind, current: inSuggestedGroup });
  // Custom resources always have a dotted group: an undotted one is meant to be built in.
  if (!parts || !parts.group.includes('.')) {
    const [current] = servedApiVersionsOf(kind);
    if (current) return wrongApiVersion('api-version-unknown', { apiVersion, kind, current });
    if (!parts) return wrongApiVersion('api-version-invalid', { apiVersion });
  }
  return { status: 'unchecked', reason: 'custom' };
}

function unknownKind(apiVersion: string, kind: string, groupKinds: string[]): KindResolution {
  const suggestion = groupKinds.find((k) => k.toLowerCase() === kind.toLowerCase()) ?? closestMatch(kind, groupKinds);
  if (suggestion) {
    const [current] = servedApiVersionsOf(suggestion);
    return {
      status: 'error',
      on: 'kind',
      rule: 'kind-unknown',
      message:
        current && current !== apiVersion
          ? 'kind-unknown-suggestion-version'
          : suggestion.toLowerCase() === kind.toLowerCase()
            ? 'kind-unknown-case'
            : 'kind-unknown-suggestion',
      params: { apiVersion, kind, suggestion, current: current ?? apiVersion },
    };
  }
  const [elsewhere] = servedApiVersionsOf(kind);
  if (elsewhere) return wrongApiVersion('api-version-unknown', { apiVersion, kind, current: elsewhere });
  // Not a near miss of a kind we know: most likely a kind newer than the bundled schemas.
  return { status: 'unchecked', reason: 'newer' };
}

/** Kinds that live outside namespaces: a `metadata.namespace` on them is ignored. */
export const CLUSTER_SCOPED_KINDS = new Set([
  'Namespace',
  'Node',
  'PersistentVolume',
  'StorageClass',
  'IngressClass',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'PriorityClass',
  'CSIDriver',
  ...bundles.flatMap((bundle) => bundle.clusterScoped ?? []),
]);
