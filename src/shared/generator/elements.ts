// The pieces of a section cards are drafted from, in the order they are written: paragraphs,
// list items (nested lists and blockquotes included), code blocks and tables. HTML (comments),
// images on their own, rules and deeper headings give no card and are left out here.
import type { Token, Tokens } from 'marked';
import type { Block } from './chapter';
import { childTokens } from './inline';

export type Element =
  | { type: 'paragraph'; tokens: Token[]; line: number }
  /** `list` is the list the item belongs to: its siblings share it. */
  | { type: 'list-item'; tokens: Token[]; line: number; list: Tokens.List }
  | { type: 'code'; lang: string; text: string; line: number }
  | { type: 'table'; header: Token[][]; rows: Token[][][]; line: number };

export function sectionElements(blocks: readonly Block[]): Element[] {
  return blocks.flatMap((block) => elementsOf([block.token], block.line));
}

/** Nested tokens carry no position: they take the line of the top-level block that holds them. */
function elementsOf(tokens: readonly Token[], line: number): Element[] {
  const elements: Element[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'paragraph':
        elements.push({ type: 'paragraph', tokens: childTokens(token), line });
        break;
      case 'code':
        elements.push({ type: 'code', lang: token.lang ?? '', text: token.text, line });
        break;
      case 'list':
        for (const item of (token as Tokens.List).items) elements.push(...listItemElements(item, token as Tokens.List, line));
        break;
      case 'table': {
        const table = token as Tokens.Table;
        elements.push({ type: 'table', header: table.header.map((cell) => cell.tokens), rows: table.rows.map((row) => row.map((cell) => cell.tokens)), line });
        break;
      }
      case 'blockquote':
        elements.push(...elementsOf(childTokens(token), line));
        break;
    }
  }
  return elements;
}

/** A list item's own text, then whatever it holds (nested lists, code blocks, more paragraphs). */
function listItemElements(item: Tokens.ListItem, list: Tokens.List, line: number): Element[] {
  const children = item.tokens.filter((token) => token.type !== 'checkbox');
  const [first, ...rest] = children;
  if (!first || (first.type !== 'text' && first.type !== 'paragraph')) return elementsOf(children, line);
  return [{ type: 'list-item', tokens: childTokens(first), line, list }, ...elementsOf(rest, line)];
}
