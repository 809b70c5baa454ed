// The card browser's query language, after Anki's search syntax: free text (accents and case
// ignored), `deck:`, `tag:`, `type:`, `is:`, `prop:`, AND by juxtaposition, `or`, parentheses
// and `-` for negation. Parsing gives a tree or an error naming the column; matching is pure.
import { fold } from '../text';

export { fold } from '../text';

export type BrowserState = 'new' | 'learning' | 'review' | 'relearning' | 'suspended' | 'buried';

/** One study item as the browser lists and searches it. */
export interface BrowserRow {
  key: string;
  deckId: string;
  deckTitle: string;
  cardId: string;
  type: string;
  tags: string[];
  /** The card's visible text (question, answer, choices), one string. */
  text: string;
  state: BrowserState;
  /** Epoch ms; undefined for new items. */
  due?: number;
  /** Days between the last review and the due date (0 for new items). */
  interval: number;
  stability: number;
  difficulty: number;
  lapses: number;
  reps: number;
  leech: boolean;
}

export const IS_VALUES = ['new', 'learn', 'review', 'due', 'suspended', 'buried', 'leech'] as const;
export const PROPS = ['due', 'ivl', 'lapses', 'reps', 'stability', 'difficulty'] as const;
export type Prop = (typeof PROPS)[number];
export type Operator = '<=' | '>=' | '!=' | '<' | '>' | '=';

export type Query =
  | { kind: 'all' }
  | { kind: 'and' | 'or'; children: Query[] }
  | { kind: 'not'; child: Query }
  | { kind: 'text'; text: string }
  /** Folded; `*` matches any run of characters. */
  | { kind: 'deck' | 'tag'; value: string }
  | { kind: 'type'; value: string }
  | { kind: 'is'; value: (typeof IS_VALUES)[number] }
  | { kind: 'prop'; prop: Prop; op: Operator; value: number };

export type SearchErrorCode =
  | 'unclosedQuote'
  | 'unclosedParen'
  | 'unexpectedParen'
  | 'emptyGroup'
  | 'danglingOr'
  | 'danglingNot'
  | 'emptyValue'
  | 'unknownIs'
  | 'unknownProp'
  | 'badProp';

/** A query that cannot be read: what is wrong, and where (0-based column in the query). */
export class SearchError extends Error {
  constructor(
    readonly code: SearchErrorCode,
    readonly position: number,
    readonly detail = '',
  ) {
    super(`${code} at column ${position + 1}${detail ? `: ${detail}` : ''}`);
  }
}


type Token = { kind: 'open' | 'close' | 'or' | 'not'; at: number } | { kind: 'word'; text: string; quoted: boolean; at: number };

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')') {
      tokens.push({ kind: c === '(' ? 'open' : 'close', at: i++ });
    } else if (c === '-') {
      if (i + 1 >= input.length || /[\s)]/.test(input[i + 1])) throw new SearchError('danglingNot', i);
      tokens.push({ kind: 'not', at: i++ });
    } else {
      // A word runs to the next space or parenthesis; a quoted part ("a b" or deck:"a b") keeps them.
      const at = i;
      let text = '';
      // Only a word that starts with a quote is plain text; `deck:"a b"` stays a deck search.
      const quoted = c === '"';
      while (i < input.length && !/[\s()]/.test(input[i])) {
        if (input[i] === '"') {
          const end = input.indexOf('"', i + 1);
          if (end < 0) throw new SearchError('unclosedQuote', i);
          text += input.slice(i + 1, end);
          i = end + 1;
        } else {
          text += input[i++];
        }
      }
      if (!quoted && text.toLowerCase() === 'or') tokens.push({ kind: 'or', at });
      else if (!quoted && text.toLowerCase() === 'and') continue;
      else tokens.push({ kind: 'word', text, quoted, at });
    }
  }
  return tokens;
}

/** Reads a query; an empty one matches everything. Throws SearchError. */
export function parseSearch(input: string): Query {
  const tokens = tokenize(input);
  let next = 0;

  // or := and ('or' and)* ; and := unary+ ; unary := '-' unary | '(' or ')' | word
  function parseOr(): Query {
    const children = [parseAnd()];
    while (tokens[next]?.kind === 'or') {
      const or = tokens[next++];
      if (next >= tokens.length || tokens[next].kind === 'close' || tokens[next].kind === 'or') throw new SearchError('danglingOr', or.at);
      children.push(parseAnd());
    }
    return children.length === 1 ? children[0] : { kind: 'or', children };
  }
  function parseAnd(): Query {
    const children: Query[] = [];
    while (next < tokens.length && tokens[next].kind !== 'or' && tokens[next].kind !== 'close') children.push(parseUnary());
    if (children.length === 0) {
      const token = tokens[next] ?? tokens[next - 1];
      throw new SearchError(token?.kind === 'or' ? 'danglingOr' : 'emptyGroup', token?.at ?? 0);
    }
    return children.length === 1 ? children[0] : { kind: 'and', children };
  }
  function parseUnary(): Query {
    const token = tokens[next++];
    if (token.kind === 'not') {
      const following = tokens[next];
      if (!following || following.kind === 'or' || following.kind === 'close') throw new SearchError('danglingNot', token.at);
      return { kind: 'not', child: parseUnary() };
    }
    if (token.kind === 'open') {
      if (tokens[next]?.kind === 'close') throw new SearchError('emptyGroup', token.at);
      const inner = parseOr();
      if (tokens[next]?.kind !== 'close') throw new SearchError('unclosedParen', token.at);
      next++;
      return inner;
    }
    if (token.kind === 'word') return parseWord(token.text, token.quoted, token.at);
    throw new SearchError('unexpectedParen', token.at);
  }

  if (tokens.length === 0) return { kind: 'all' };
  const query = parseOr();
  if (next < tokens.length) throw new SearchError('unexpectedParen', tokens[next].at);
  return query;
}

function parseWord(text: string, quoted: boolean, at: number): Query {
  const colon = quoted ? -1 : text.indexOf(':');
  const field = colon > 0 ? text.slice(0, colon).toLowerCase() : '';
  const value = text.slice(colon + 1);
  const valueAt = at + colon + 1;
  if (field === 'deck' || field === 'tag' || field === 'type' || field === 'is' || field === 'prop') {
    if (value === '') throw new SearchError('emptyValue', valueAt, field);
  }
  switch (field) {
    case 'deck':
    case 'tag':
      return { kind: field, value: fold(value) };
    case 'type':
      return { kind: 'type', value: fold(value) };
    case 'is': {
      const name = value.toLowerCase();
      if (!(IS_VALUES as readonly string[]).includes(name)) throw new SearchError('unknownIs', valueAt, value);
      return { kind: 'is', value: name as (typeof IS_VALUES)[number] };
    }
    case 'prop':
      return parseProp(value, valueAt);
    default:
      return { kind: 'text', text: fold(text) };
  }
}

function parseProp(text: string, at: number): Query {
  const match = /^([a-z]+)(<=|>=|!=|<|>|=)(-?\d+(?:\.\d+)?)$/i.exec(text);
  if (!match) {
    const name = /^[a-z]*/i.exec(text)![0].toLowerCase();
    if (name && !(PROPS as readonly string[]).includes(name)) throw new SearchError('unknownProp', at, name);
    throw new SearchError('badProp', at + name.length, text);
  }
  const name = match[1].toLowerCase();
  if (!(PROPS as readonly string[]).includes(name)) throw new SearchError('unknownProp', at, name);
  return { kind: 'prop', prop: name as Prop, op: match[2] as Operator, value: Number(match[3]) };
}

const DAY_MS = 86_400_000;

/** What a row is compared on, folded once per row rather than once per query. */
export interface SearchIndex {
  row: BrowserRow;
  text: string;
  deckId: string;
  deckTitle: string;
  /** Every tag and its parents (`cni::calico` gives `cni` too): a tag search finds children, as in Anki. */
  tagPaths: string[];
}

export function indexRow(row: BrowserRow): SearchIndex {
  const tagPaths = new Set<string>();
  for (const tag of row.tags) {
    const parts = fold(tag).split('::');
    for (let i = 1; i <= parts.length; i++) tagPaths.add(parts.slice(0, i).join('::'));
  }
  return { row, text: fold(`${row.cardId} ${row.text}`), deckId: fold(row.deckId), deckTitle: fold(row.deckTitle), tagPaths: [...tagPaths] };
}

type Test = (entry: SearchIndex) => boolean;

/** A value without `*` compares as a plain string, much faster than a regular expression. */
function textTest(value: string): (text: string) => boolean {
  if (!value.includes('*')) return (text) => text === value;
  const pattern = new RegExp(`^${value.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return (text) => pattern.test(text);
}

/**
 * Turns a query into a test on rows. `dayEnd` is the end of today's study day: `is:due` is what
 * today's queue would show, `prop:due` counts days from today (0 today, -1 late, 1 tomorrow).
 */
export function compile(query: Query, dayEnd: number): Test {
  switch (query.kind) {
    case 'all':
      return () => true;
    case 'and': {
      const tests = query.children.map((child) => compile(child, dayEnd));
      return (entry) => tests.every((test) => test(entry));
    }
    case 'or': {
      const tests = query.children.map((child) => compile(child, dayEnd));
      return (entry) => tests.some((test) => test(entry));
    }
    case 'not': {
      const test = compile(query.child, dayEnd);
      return (entry) => !test(entry);
    }
    case 'text': {
      const text = query.text;
      return (entry) => entry.text.includes(text);
    }
    case 'deck': {
      const test = textTest(query.value);
      return (entry) => test(entry.deckId) || test(entry.deckTitle);
    }
    case 'tag': {
      const test = textTest(query.value);
      return (entry) => entry.tagPaths.some(test);
    }
    case 'type': {
      const type = query.value;
      return (entry) => entry.row.type === type;
    }
    case 'is':
      return isTest(query.value, dayEnd);
    case 'prop': {
      const { prop, op, value } = query;
      return (entry) => {
        const actual = propValue(prop, entry.row, dayEnd);
        return actual !== undefined && compare(actual, op, value);
      };
    }
  }
}

function isTest(value: (typeof IS_VALUES)[number], dayEnd: number): Test {
  switch (value) {
    case 'new':
      return ({ row }) => row.state === 'new';
    case 'learn':
      return ({ row }) => row.state === 'learning' || row.state === 'relearning';
    case 'review':
      return ({ row }) => row.state === 'review';
    case 'due':
      return ({ row }) => row.state !== 'new' && row.state !== 'suspended' && row.state !== 'buried' && row.due !== undefined && row.due < dayEnd;
    case 'suspended':
      return ({ row }) => row.state === 'suspended';
    case 'buried':
      return ({ row }) => row.state === 'buried';
    case 'leech':
      return ({ row }) => row.leech;
  }
}

function propValue(prop: Prop, row: BrowserRow, dayEnd: number): number | undefined {
  switch (prop) {
    case 'due':
      // New items have no due date; `prop:due` only speaks of scheduled ones.
      return row.state === 'new' || row.due === undefined ? undefined : Math.floor((row.due - dayEnd) / DAY_MS) + 1;
    case 'ivl':
      return row.interval;
    case 'lapses':
      return row.lapses;
    case 'reps':
      return row.reps;
    case 'stability':
      return row.stability;
    case 'difficulty':
      return row.difficulty;
  }
}

function compare(a: number, op: Operator, b: number): boolean {
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '=':
      return a === b;
    case '!=':
      return a !== b;
  }
}

/** The rows a query keeps, in their order. */
export function search(query: Query, index: SearchIndex[], dayEnd: number): BrowserRow[] {
  if (query.kind === 'all') return index.map((entry) => entry.row);
  const test = compile(query, dayEnd);
  const found: BrowserRow[] = [];
  for (const entry of index) if (test(entry)) found.push(entry.row);
  return found;
}
