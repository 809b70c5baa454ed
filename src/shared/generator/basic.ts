// Basic cards from glossary bullets: "- `term`: definition", "- **term** : definition" (French
// typography puts a space before the colon), "- **term:** definition" or "- `term` – definition";
// and from definition sentences: "Un **Ingress** est un objet qui …".
import type { Token } from 'marked';
import { childTokens, collapseSpaces, inlineMarkdown, plainText, type Sentence } from './inline';

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

export interface SentenceDefinition {
  termMarkdown: string;
  termPlain: string;
  definition: string;
}

/** "Un **PersistentVolume** est …", "`kube-proxy` is …": an article (or none), the term, then the verb. */
const ARTICLE = /^\s*(?:(?:un|une|le|la|les|des|a|an|the)\s+|l['’]\s*)?$/i;
const DEFINING_VERB = /^\s*(?:est|sont|désigne|désignent|représente|is|are|means|refers to)\s+(.+)$/isu;
const MIN_DEFINITION_WORDS = 4;

/**
 * A definition sentence: it starts with a marked-out term (after an article at most) followed by
 * "est", "désigne", "is"…; the rest of the sentence is the definition.
 */
export function readDefinitionSentence(sentence: Sentence): SentenceDefinition | undefined {
  const termIndex = sentence.pieces.findIndex((piece) => piece.kind === 'term');
  if (termIndex < 0 || termIndex > 1) return undefined;
  if (termIndex === 1 && !(sentence.pieces[0].kind === 'text' && ARTICLE.test(sentence.pieces[0].plain))) return undefined;
  const term = sentence.pieces[termIndex];
  const after = sentence.pieces[termIndex + 1];
  if (after?.kind !== 'text') return undefined;
  const verb = DEFINING_VERB.exec(after.markdown);
  if (!verb) return undefined;
  const definition = collapseSpaces([verb[1], ...sentence.pieces.slice(termIndex + 2).map((piece) => piece.markdown)].join(''));
  const termPlain = collapseSpaces(term.plain);
  if (!isTerm(termPlain) || (definition.match(/\p{L}{2,}/gu) ?? []).length < MIN_DEFINITION_WORDS) return undefined;
  return { termMarkdown: term.style === 'code' ? term.markdown : `**${termPlain}**`, termPlain, definition: capitalize(definition) };
}
