// Inline Markdown tokens (from marked's lexer) turned back into text for cards: plain text for
// titles and tags, trimmed-down Markdown (code, bold, italics kept) for card faces.
import type { Token } from 'marked';

/** The inline tokens of a block (paragraph, heading, list item text…), if it has any. */
export function childTokens(token: Token): Token[] {
  return 'tokens' in token && Array.isArray(token.tokens) ? (token.tokens as Token[]) : [];
}

/** Plain text: no Markdown, entities decoded, whitespace collapsed. */
export function plainText(tokens: readonly Token[]): string {
  return collapseSpaces(tokens.map(plainOf).join(''));
}

function plainOf(token: Token): string {
  switch (token.type) {
    case 'text':
      return childTokens(token).length > 0 ? childTokens(token).map(plainOf).join('') : decodeEntities(token.text);
    case 'escape':
    case 'codespan':
      return token.text;
    case 'br':
      return ' ';
    case 'html':
    case 'image':
    case 'checkbox':
      return '';
    default:
      return childTokens(token).map(plainOf).join('') || ('text' in token && typeof token.text === 'string' ? token.text : '');
  }
}

/**
 * Markdown for a card face: inline code, bold, italics and strikethrough are kept as written;
 * links become their text (the app is offline), images and inline HTML are dropped.
 */
export function inlineMarkdown(tokens: readonly Token[]): string {
  return collapseSpaces(tokens.map(markdownOf).join(''));
}

function markdownOf(token: Token): string {
  switch (token.type) {
    case 'text':
      return childTokens(token).length > 0 ? childTokens(token).map(markdownOf).join('') : token.raw;
    case 'strong':
      return `**${childTokens(token).map(markdownOf).join('')}**`;
    case 'em':
      return `*${childTokens(token).map(markdownOf).join('')}*`;
    case 'del':
      return `~~${childTokens(token).map(markdownOf).join('')}~~`;
    case 'link':
      return childTokens(token).map(markdownOf).join('') || token.text;
    case 'br':
      return ' ';
    case 'html':
      return /^<br\s*\/?>$/i.test(token.raw) ? ' ' : '';
    case 'image':
    case 'checkbox':
      return '';
    default:
      return token.raw;
  }
}

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** A term the author marked out: `code`, **bold** or *italic*. */
export type TermStyle = 'strong' | 'em' | 'code';

/** A piece of a sentence: running text, a marked-out term, or a link (never gapped). */
export interface SentencePiece {
  kind: 'text' | 'term' | 'link';
  style?: TermStyle;
  markdown: string;
  plain: string;
}

export interface Sentence {
  pieces: SentencePiece[];
  plain: string;
}

/** Splits a paragraph's inline tokens into sentences, keeping which words were marked out. */
export function splitSentences(tokens: readonly Token[]): Sentence[] {
  const sentences: SentencePiece[][] = [[]];
  for (const piece of pieces(tokens)) {
    if (piece.kind !== 'text') {
      sentences.at(-1)!.push(piece);
      continue;
    }
    // A sentence ends at . ! ? or … followed by a space and a capital (or by the end of the piece).
    const parts = piece.markdown.split(/(?<=[.!?…])\s+(?=[\p{Lu}\d"«(]|$)/u);
    parts.forEach((part, index) => {
      if (index > 0) sentences.push([]);
      if (part) sentences.at(-1)!.push({ kind: 'text', markdown: part, plain: decodeEntities(part.replace(/\\(.)/g, '$1')) });
    });
  }
  return sentences
    .map((list) => ({ pieces: list, plain: collapseSpaces(list.map((p) => p.plain).join('')) }))
    .filter((sentence) => sentence.plain !== '');
}

/** Hugo shortcodes that only frame a note (`{{< note >}}` … `{{< /note >}}`, `{{% notice info %}}`). */
const FRAME_SHORTCODE = /\{\{[<%]\s*\/?\s*(?:note|warning|caution|tip|info|notice|alert|hint|callout|admonition|details|expand)\b[^}]*?[%>]\}\}\s*/giu;
/** `{{< glossary_tooltip text="sélecteurs" term_id="selector" >}}`: the word it shows (its text, else its term id). */
const GLOSSARY_TOOLTIP = /\{\{[<%]\s*glossary_tooltip\b([^}]*?)[%>]\}\}/giu;

/**
 * Markup that is not words of the sentence: Docusaurus admonition fences (`:::tip` … `:::`), Hugo
 * shortcodes framing a note; a glossary tooltip becomes the word it shows.
 */
function withoutAdmonitions(text: string): string {
  return text
    .replace(/^:::[^\n]*$/gm, '')
    .replace(FRAME_SHORTCODE, '')
    .replace(GLOSSARY_TOOLTIP, (whole, attributes: string) => /\btext="([^"]+)"/.exec(attributes)?.[1] ?? /\bterm_id="([^"]+)"/.exec(attributes)?.[1] ?? whole);
}

function pieces(tokens: readonly Token[]): SentencePiece[] {
  const result: SentencePiece[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
        if (childTokens(token).length > 0) result.push(...pieces(childTokens(token)));
        else result.push({ kind: 'text', markdown: withoutAdmonitions(token.raw), plain: decodeEntities(withoutAdmonitions(token.text)) });
        break;
      case 'escape':
        result.push({ kind: 'text', markdown: token.raw, plain: token.text });
        break;
      case 'codespan':
        result.push({ kind: 'term', style: 'code', markdown: token.raw, plain: token.text });
        break;
      case 'strong':
      case 'em':
        result.push({ kind: 'term', style: token.type, markdown: markdownOf(token), plain: plainText(childTokens(token)) });
        break;
      case 'link':
        result.push({ kind: 'link', markdown: markdownOf(token), plain: plainText(childTokens(token)) || token.text });
        break;
      default: {
        const markdown = markdownOf(token);
        if (markdown) result.push({ kind: 'text', markdown, plain: plainOf(token) });
      }
    }
  }
  return result;
}
