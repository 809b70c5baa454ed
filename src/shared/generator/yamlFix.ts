// yaml-fix drafts from the chapter's YAML code blocks. A block on current APIs is broken in a way
// the API server rejects, with the block itself as the solution; a block on an API removed since
// becomes a migration challenge, with the migrated manifest as the solution. Placeholders
// (`<image>`) are filled first. Every draft is checked the way `kubedeck check` will: the solution
// must pass the manifest checker and the broken manifest must not, otherwise the block is skipped.
import type { YamlFixExpectation } from '../decks/types';
import { checkManifest } from '../manifest/check';
import { migrateManifest } from './migration';
import { applicableMutations, mutateManifest, readManifests, type MutationKind } from './mutations';
import { fillPlaceholders } from './placeholders';
import type { CardTexts, SkipReason } from './texts';

export interface YamlFixDraft {
  /** The mutation made, or `migration` for a block on a removed API. */
  mutation: MutationKind | 'migration';
  task: string;
  broken: string;
  solution: string;
  expect: YamlFixExpectation[];
  hints: string[];
}

export type YamlFixOutcome = { draft: YamlFixDraft } | { skipped: SkipReason; detail: string };

/** Whether a fenced block's info string says YAML (```yaml, ```yml, ```yaml title="pod.yaml"). */
export function isYamlBlock(lang: string): boolean {
  const word = /^[A-Za-z]+/.exec(lang.trim())?.[0].toLowerCase();
  return word === 'yaml' || word === 'yml';
}

/**
 * A draft for one YAML block. The mistake is the first kind that fits the manifest and that the
 * deck has not used yet (`used`), so that a chapter full of Pods does not give the same exercise twice.
 */
export function yamlFixDraft(block: string, used: ReadonlySet<MutationKind>, texts: CardTexts): YamlFixOutcome {
  const reading = readManifests(block);
  if (!reading.ok) return { skipped: reading.reason, detail: reading.reason === 'syntax' ? reading.detail : '' };
  const configuration = clientConfiguration(reading.documents.map((doc) => ({ apiVersion: doc.get('apiVersion'), kind: doc.get('kind') })));
  if (configuration) return configuration;
  const filled = fillPlaceholders(block);
  const manifest = filled?.text ?? block;
  const filledNote = filled ? texts.placeholdersFilled(filled.values.map(({ placeholder, value }) => `\`${placeholder}\` → \`${value}\``)) : '';

  const migration = migrateManifest(manifest);
  if (migration) {
    const failure = firstError(migration.solution, migration.expect);
    if (failure) return { skipped: 'migration-fails', detail: failure };
    const changes = migration.changes.map((change) => `${change.kind} \`${change.from}\``).join(', ');
    return {
      draft: {
        mutation: 'migration',
        task: joinSentences(texts.migrationTask(changes), filledNote),
        broken: manifest,
        solution: migration.solution,
        expect: migration.expect,
        hints: texts.migrationHints(migration.changes.map((change) => change.to)),
      },
    };
  }

  const failure = firstError(manifest, []);
  if (failure) return { skipped: 'block-fails', detail: failure };
  for (const kind of orderedKinds(applicableMutations(manifest), used)) {
    const mutated = mutateManifest(manifest, kind);
    if (!mutated || firstError(mutated.solution, mutated.expect) || !firstError(mutated.broken, [])) continue;
    return {
      draft: {
        mutation: kind,
        task: joinSentences(texts.yamlFixTask(describeObjects(mutated.broken)), filledNote),
        broken: mutated.broken,
        solution: mutated.solution,
        expect: mutated.expect,
        hints: texts.hints[kind],
      },
    };
  }
  return { skipped: 'no-mutation', detail: '' };
}

/** API groups of files that configure a tool (kind, kubeadm, the kubelet, kustomize, k3d…), never sent to the API server. */
const TOOL_CONFIG_GROUP = /^(?:kind\.x-k8s\.io|kubeadm\.k8s\.io|kubelet\.config\.k8s\.io|kubeproxy\.config\.k8s\.io|kustomize\.config\.k8s\.io|k3d\.io|apiserver\.config\.k8s\.io|audit\.k8s\.io)\//;

/**
 * A kubeconfig (`apiVersion: v1`, `kind: Config`) or another tool's configuration file: it has
 * an apiVersion and a kind, but no API server takes it, so it gives no yaml-fix card.
 */
function clientConfiguration(documents: readonly { apiVersion: unknown; kind: unknown }[]): YamlFixOutcome | undefined {
  for (const { apiVersion, kind } of documents) {
    if (apiVersion === 'v1' && kind === 'Config') return { skipped: 'kubeconfig', detail: '' };
    if (typeof apiVersion === 'string' && TOOL_CONFIG_GROUP.test(apiVersion)) return { skipped: 'tool-config', detail: `${String(kind)}, ${apiVersion}` };
  }
  return undefined;
}

/** The kinds not used yet first, then the others, each group in MUTATION_KINDS order. */
function orderedKinds(kinds: readonly MutationKind[], used: ReadonlySet<MutationKind>): MutationKind[] {
  return [...kinds.filter((kind) => !used.has(kind)), ...kinds.filter((kind) => used.has(kind))];
}

/** The rule of the checker's first error on `manifest`, or undefined when it passes. */
function firstError(manifest: string, expect: YamlFixExpectation[]): string | undefined {
  return checkManifest(manifest, { expect }).find((finding) => finding.severity === 'error')?.rule;
}

function joinSentences(...sentences: string[]): string {
  return sentences.filter(Boolean).join(' ');
}

/** "Pod `web`, Service `web`": what the manifest holds, as the learner will see it. */
function describeObjects(manifest: string): string {
  const reading = readManifests(manifest);
  if (!reading.ok) return '';
  return reading.documents
    .map((doc) => {
      const name = doc.getIn(['metadata', 'name']);
      return typeof name === 'string' ? `${String(doc.get('kind'))} \`${name}\`` : String(doc.get('kind'));
    })
    .join(', ');
}
