// Values left as documentation placeholders (`...`, `<your domain>`): a warning, since the API
// server accepts most of them though the object cannot work. Where it refuses them (names,
// ports, hosts, enums) the rule or the schema reports an error at the same spot, and that error
// replaces the warning (dropShadowedPlaceholders).
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Findings, ManifestFinding } from '../findings';
import { isPlaceholder } from '../formats';
import { keyText } from '../yaml';

/** Free text where `<…>` is ordinary shell syntax, not a placeholder. */
const FREE_TEXT_FIELDS = new Set(['command', 'args', 'annotations', 'data', 'stringData', 'binaryData', 'description']);

export function checkPlaceholders(node: Node | null | undefined, findings: Findings, steps: (string | number)[] = []): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = keyText(pair);
      if (FREE_TEXT_FIELDS.has(key)) continue;
      steps.push(key);
      checkPlaceholders(pair.value as Node, findings, steps);
      steps.pop();
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      steps.push(i);
      checkPlaceholders(item as Node, findings, steps);
      steps.pop();
    });
  } else if (isScalar(node) && typeof node.value === 'string' && isPlaceholder(node.value)) {
    // The path is only spelt out for a finding: most documents have none.
    const path = steps.reduce<string>((text, step) => (typeof step === 'number' ? `${text}[${step}]` : text ? `${text}.${step}` : step), '');
    findings.warning(node, 'placeholder-value', { path, value: node.value });
  }
}

/** One problem, one finding: a placeholder warning where an error already points is dropped. */
export function dropShadowedPlaceholders(list: ManifestFinding[], from: number): void {
  const errors = new Set<string>();
  for (let i = from; i < list.length; i++) if (list[i].severity === 'error') errors.add(`${list[i].line}:${list[i].col}`);
  if (errors.size === 0) return;
  let kept = from;
  for (let i = from; i < list.length; i++) {
    const finding = list[i];
    if (finding.severity === 'warning' && finding.rule === 'placeholder-value' && errors.has(`${finding.line}:${finding.col}`)) continue;
    list[kept++] = finding;
  }
  list.length = kept;
}
