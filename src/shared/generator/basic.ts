// Basic cards from glossary bullets: "- `term`: definition", "- **term** : definition" (French
// typography puts a space before the colon), "- **term:** definition" or "- `term` – definition".
import type { Token } from 'marked';
import { childTokens, inlineMarkdown, plainText } from './inline';

export interface TermBullet {
  /** The term as written (`code` or bold), for the question. */
  termMarkdown: string;
  termPlain: string;
  /** The definition as Markdown, starting with a capital. */
  definition: string;
}

const MAX_TERM_LENGTH = 60;
/** A colon (with or without a space before it), or a dash between spaces. */
const SEPARATOR = /^\s*:\s*|^\s+[-–—]\s+/;

/** The term and definition of a list item's inline tokens, or undefined when it is not a glossary bullet. */
export function readTermBullet(tokens: readonly Token[]): TermBullet | undefined {
  const [first, ...rest] = tokens;
  if (!first || (first.type !== 'codespan' && first.type !== 'strong' && first.type !== 'em')) return undefined;
  let termPlain = first.type === 'codespan' ? first.text.trim() : plainText(childTokens(first));
  let definitionTokens = rest;
  if (first.type !== 'codespan' && termPlain.endsWith(':')) {
    termPlain = termPlain.slice(0, -1).trim(); // "**term:** definition"
  } else {
    const separator = rest[0];
    if (separator?.type !== 'text' || !SEPARATOR.test(separator.raw)) return undefined;
    definitionTokens = [{ ...separator, raw: separator.raw.replace(SEPARATOR, ''), text: separator.text.replace(SEPARATOR, '') }, ...rest.slice(1)];
  }
  const definition = inlineMarkdown(definitionTokens);
  if (!isTerm(termPlain) || !isDefinition(definitionTokens, definition)) return undefined;
  return {
    termMarkdown: first.type === 'codespan' ? first.raw : `**${termPlain}**`,
    termPlain,
    definition: capitalize(definition),
  };
}

function isTerm(term: string): boolean {
  return term.length > 0 && term.length <= MAX_TERM_LENGTH && /[\p{L}\d]/u.test(term) && !/[{}]/.test(term);
}

/** At least two words besides links ("- **Docs**: [here](…)" is not a definition), and no template syntax. */
function isDefinition(tokens: readonly Token[], markdown: string): boolean {
  const words = plainText(tokens.filter((token) => token.type !== 'link')).match(/\p{L}{2,}/gu) ?? [];
  return words.length >= 2 && !/\{\{|\{%/.test(markdown);
}

export function capitalize(text: string): string {
  return text.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
}
