// Aliases (`*name`) found by the YAML lexer itself, not by a regular expression: a quoted or block
// scalar containing `*` is one token and never matches, and `"id":&i … *i` in a flow mapping is
// found. Decks and bundles refuse aliases before any value is built, so none is ever expanded (an
// 883-byte file of nested aliases expands to gigabytes). An anchor alone is harmless and accepted.
// Manifests keep their anchors and aliases: the manifest checker does not call this.
import { Lexer } from 'yaml';

export interface YamlAlias {
  name: string;
  /** Offset of `*` in the text. */
  offset: number;
}

/** Tokens the lexer adds that are not in the source: document start, flow error end, scalar. */
const CONTROL_TOKENS = new Set(['\x02', '\x18', '\x1f']);

/** The first alias of the text, if any. Linear in the text length. */
export function findAlias(text: string): YamlAlias | undefined {
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token[0] === '*') return { name: token.slice(1), offset };
    if (!CONTROL_TOKENS.has(token)) offset += token.length;
  }
  return undefined;
}
