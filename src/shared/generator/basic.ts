// Basic cards from glossary bullets: "- `term`: definition", "- **term** : definition" (French
// typography puts a space before the colon), "- **term:** definition" or "- `term` – definition";
// from definition lists ("Term" then ": definition" on the next line, as in PHP Markdown Extra,
// Pandoc and kramdown); and from definition sentences: "Un **Ingress** est un objet qui …".
import { Lexer, type Token, type Tokens } from 'marked';
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
    definition: capitalize(unquote(definition)),
  };
}

/**
 * A bullet that opens on its term and goes on with what it does, without a colon ("- `up`
 * démarre tous les conteneurs…", "- **kubelet** runs the pods"): the term and the first sentence
 * after it. Only read in a list whose items mostly have that shape (see `isTermVerbList`).
 */
export function readTermVerbBullet(tokens: readonly Token[]): TermBullet | undefined {
  const [first, next, ...rest] = tokens;
  if (!first || (first.type !== 'codespan' && first.type !== 'strong')) return undefined;
  if (next?.type !== 'text' || !/^\s+\p{Ll}/u.test(next.raw)) return undefined;
  const termPlain = first.type === 'codespan' ? first.text.trim() : plainText(childTokens(first));
  const definitionTokens = [next, ...rest];
  const firstSentence = inlineMarkdown(definitionTokens).split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0];
  if (!isTerm(termPlain) || !isDefinition(definitionTokens, firstSentence) || (firstSentence.match(/\p{L}{2,}/gu) ?? []).length < 3) return undefined;
  return { termMarkdown: first.type === 'codespan' ? first.raw : `**${termPlain}**`, termPlain, definition: capitalize(firstSentence) };
}

const MIN_TERM_VERB_ITEMS = 3;

/** Whether most items of a list (three at least) are glossary bullets, with or without a colon. */
export function isTermVerbList(list: Tokens.List): boolean {
  const tokensOf = (item: Tokens.ListItem) => {
    const first = item.tokens.find((token) => token.type !== 'checkbox');
    return first && (first.type === 'text' || first.type === 'paragraph') ? childTokens(first) : [];
  };
  const shaped = list.items.filter((item) => readTermVerbBullet(tokensOf(item)) ?? readTermBullet(tokensOf(item))).length;
  return shaped >= MIN_TERM_VERB_ITEMS && shaped * 4 >= list.items.length * 3;
}

/** A definition some authors put in quotes ("- **Mount namespace** : "permet de…""), without them. */
function unquote(text: string): string {
  const quoted = /^["«“]([^"«»“”]*)["»”]([.;]?)$/u.exec(text);
  return quoted ? `${quoted[1].trim()}${quoted[2]}` : text;
}

/** Whether a definition opens on an article ("Un outil…", "The volume…"): it says what the term is, not what it does. */
export function saysWhatItIs(definition: string): boolean {
  return /^(?:(?:un|une|le|la|les|des|du|a|an|the|one)\s|l['’])/iu.test(definition.replace(/^[*_`]+/, ''));
}

const DEFINITION_LINE = /^ {0,3}:[ \t]+(.*)$/;

/**
 * The entries of a paragraph written as a definition list, or undefined when it is not one: each
 * term on its own line, followed by one or more ": definition" lines (several definitions of a
 * term are listed in its back; an indented line continues the definition above it).
 */
export function readDefinitionList(paragraph: string): TermBullet[] | undefined {
  const entries: { term: string; definitions: string[] }[] = [];
  for (const line of paragraph.replace(/\n+$/, '').split('\n')) {
    const definition = DEFINITION_LINE.exec(line);
    const entry = entries.at(-1);
    if (definition) {
      if (!entry) return undefined;
      entry.definitions.push(definition[1].trim());
    } else if (entry && entry.definitions.length > 0 && /^\s/.test(line)) {
      entry.definitions[entry.definitions.length - 1] += ` ${line.trim()}`;
    } else {
      if (entry && entry.definitions.length === 0) return undefined; // two lines of text: a paragraph
      entries.push({ term: line.trim(), definitions: [] });
    }
  }
  if (entries.length === 0 || entries.some((entry) => entry.definitions.length === 0)) return undefined;
  const lexer = new Lexer({ gfm: true });
  const bullets: TermBullet[] = [];
  for (const { term, definitions } of entries) {
    const termTokens = lexer.inlineTokens(term);
    const termPlain = plainText(termTokens);
    const definitionTokens = definitions.map((definition) => lexer.inlineTokens(definition));
    if (!isTerm(termPlain) || definitionTokens.some((tokens) => !isDefinition(tokens, inlineMarkdown(tokens)))) return undefined;
    const written = definitionTokens.map((tokens) => capitalize(unquote(inlineMarkdown(tokens))));
    const [only] = termTokens;
    const styled = termTokens.length === 1 && (only.type === 'codespan' || only.type === 'strong');
    bullets.push({
      termMarkdown: styled ? inlineMarkdown(termTokens) : `**${termPlain}**`,
      termPlain,
      definition: written.length === 1 ? written[0] : written.map((definition) => `- ${definition}`).join('\n'),
    });
  }
  return bullets;
}

/** Labels ("Solution 1", "Étape 2", "Note") introduce a point; they are no terms to learn. */
const LABEL = /^(?:solution|étape|step|option|exemple|example|exercice|exercise|partie|part|question|note|nb|remarque|attention|warning|tip|astuce|bonus|conseil)\b/iu;
/** A phrase opening on a preposition ("sur k3s ou sur un cluster cloud") is not a term either. */
const PREPOSITION_FIRST = /^(?:sur|dans|avec|pour|par|en|à|au|aux|sans|on|in|with|for|by|without)\s/iu;

function isTerm(term: string): boolean {
  if (LABEL.test(term) || PREPOSITION_FIRST.test(term)) return false;
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
  // "X est un outil…" defines X; "X est nécessaire pour…" only says something about it.
  if (!saysWhatItIs(definition)) return undefined;
  return { termMarkdown: term.style === 'code' ? term.markdown : `**${termPlain}**`, termPlain, definition: capitalize(definition) };
}
