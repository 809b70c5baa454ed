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
  return !startsPlainlyAsText(node.value) && !readsBackAsString(node.value);
}

/** YAML 1.1's words for booleans and null: the only plain scalars starting with a letter that a reader takes for something else. */
const YAML11_WORDS = /^(?:y|yes|n|no|true|false|on|off|null)$/i;

/**
 * A text that every reader reads back as itself when `yaml` writes it plain, told without parsing
 * it three times (which made writing a deck of 40,000 cards take seconds): it starts with a
 * letter, so it is no number, date, `~`, `.inf` or indicator, and it is no YAML 1.1 word.
 * Texts with `:` or `#` are parsed all the same.
 */
const startsPlainlyAsText = (text: string) => /^\p{L}[^:#]*$/u.test(text) && !/\s$/.test(text) && !YAML11_WORDS.test(text);

