// yaml-fix drafts from the chapter's YAML code blocks: the block broken in a way the API server
// rejects, with the block itself as the solution.
import type { YamlFixExpectation } from '../decks/types';
import { applicableMutations, mutateManifest, readManifests, type MutationKind } from './mutations';
import type { CardTexts, SkipReason } from './texts';

export interface YamlFixDraft {
  mutation: MutationKind;
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
  const kinds = applicableMutations(block);
  const kind = kinds.find((k) => !used.has(k)) ?? kinds[0];
  const mutated = kind && mutateManifest(block, kind);
  if (!mutated) return { skipped: 'no-mutation', detail: '' };
  return {
    draft: {
      mutation: kind,
      task: texts.yamlFixTask(describeObjects(mutated.broken)),
      broken: mutated.broken,
      solution: mutated.solution,
      expect: mutated.expect,
      hints: texts.hints[kind],
    },
  };
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
