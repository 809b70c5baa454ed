// Values left as documentation placeholders (`...`, `<your domain>`): the API server may even
// accept some of them, but the object cannot work.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Findings } from '../findings';
import { isPlaceholder } from '../formats';
import { keyText } from '../yaml';

/** Free text where `<…>` is ordinary shell syntax, not a placeholder. */
const FREE_TEXT_FIELDS = new Set(['command', 'args', 'annotations', 'data', 'stringData', 'binaryData', 'description']);

export function checkPlaceholders(node: Node | null | undefined, path: string, findings: Findings): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = keyText(pair);
      if (!FREE_TEXT_FIELDS.has(key)) checkPlaceholders(pair.value as Node, path ? `${path}.${key}` : key, findings);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => checkPlaceholders(item as Node, `${path}[${i}]`, findings));
  } else if (isScalar(node) && typeof node.value === 'string' && isPlaceholder(node.value)) {
    findings.error(node, 'placeholder-value', { path, value: node.value });
  }
}
