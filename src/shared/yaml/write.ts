// The one YAML writer of decks and bundles (native export, bundles, `kubedeck generate`):
// - no anchors or aliases, even when two values are the same object (deck readers refuse aliases);
// - a string that some YAML reader would not read back as the same string is quoted. `yaml`
//   alone leaves `0b11`, `-0x10` or `+0xb` plain (strings in its YAML 1.2 core schema) while
//   js-yaml and YAML 1.1 readers read numbers; `yes`, `on`, `~`, `.5`, `1_000` likewise.
import { Document, parse, Scalar, visit, type ToStringOptions } from 'yaml';
import { DEFAULT_SCHEMA, load } from 'js-yaml';

/** A document for `value`, never sharing nodes through anchors. */
export function yamlDocument(value: unknown): Document {
  return new Document(value, { aliasDuplicateObjects: false });
}

/** Whether every reader we know reads `text`, written plain, back as this very string. */
export function readsBackAsString(text: string): boolean {
  try {
    return load(text, { schema: DEFAULT_SCHEMA }) === text && parse(text) === text && parse(text, { version: '1.1' }) === text;
  } catch {
    return false;
  }
}

/** The document as text, every ambiguous plain string double-quoted. */
export function yamlString(document: Document, options: ToStringOptions = {}): string {
  visit(document, {
    Scalar(_key, node) {
      if (isAmbiguousPlain(node)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return document.toString(options);
}

/** Control characters other than tab and line feed: only a double-quoted string can escape them. */
const CONTROL = /[^\P{Cc}\t\n]/u;

function isAmbiguousPlain(node: Scalar): boolean {
  if (typeof node.value !== 'string') return false;
  if (CONTROL.test(node.value)) return true;
  if (/[\n\r]/.test(node.value)) return false;
  if (node.type && node.type !== Scalar.PLAIN) return false;
  return !readsBackAsString(node.value);
}
