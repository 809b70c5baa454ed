// Reads a deck file into a typed Deck, reporting every problem on the YAML node it concerns.
// The app, `kubedeck check` and the web twin all load decks through this one function.
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  parseDocument,
  type Document,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap,
} from 'yaml';
import { closestMatch } from '../text';
import { positionInScalar, type Position } from '../yaml/positions';
import { findClozeGaps } from './cloze';
import { parsePath } from './path';
import {
  CARD_COMMON_FIELDS,
  CARD_TYPE_FIELDS,
  CHOICE_FIELDS,
  DECK_FIELDS,
  EXPECTATION_FIELDS,
  ID_PATTERN,
  LANG_PATTERN,
  type FieldSpecs,
} from './spec';
import {
  CARD_ORIGINS,
  CARD_TYPES,
  DECK_FORMAT,
  type Card,
  type CardOrigin,
  type CardType,
  type Deck,
  type DeckProblem,
  type DeckProblemCode,
  type McqChoice,
  type Severity,
  type YamlFixExpectation,
} from './types';

/** Deck files larger than this are refused before parsing (a deck of 10,000 cards is about 3 MB). */
export const MAX_DECK_BYTES = 16 * 1024 * 1024;

export interface DeckParseResult {
  /** The deck, when the file has no error (warnings may remain). */
  deck?: Deck;
  /** Whatever could be read of id and title, so a broken deck can still be named in the library. */
  id?: string;
  title?: string;
  /** Position of the deck id, for library-wide checks (duplicate ids). */
  idPosition?: Position;
  problems: DeckProblem[];
}

type AnyNode = Node | null | undefined;

export function parseDeck(text: string, file: string): DeckParseResult {
  if (text.length > MAX_DECK_BYTES) {
    return {
      problems: [
        problem(file, { line: 1, col: 1 }, 'error', 'file-too-large', {
          size: (text.length / 1024 / 1024).toFixed(1),
          max: MAX_DECK_BYTES / 1024 / 1024,
        }),
      ],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const reader = new DeckReader(file, text, lineCounter, doc);
  for (const error of doc.errors) {
    const duplicate = error.code === 'DUPLICATE_KEY';
    reader.reportAt(error.pos[0], 'error', duplicate ? 'duplicate-key' : 'yaml-syntax', {
      detail: error.message.split('\n')[0],
      key: /^[^:\n]*/.exec(text.slice(error.pos[0], error.pos[0] + 200))![0].trim(),
    });
  }
  if (doc.errors.length > 0) return { problems: reader.problems };
  return reader.readDeck(doc.contents);
}

function problem(
  file: string,
  at: Position,
  severity: Severity,
  code: DeckProblemCode,
  params: Record<string, string | number> = {},
): DeckProblem {
  return { file, line: at.line, col: at.col, severity, code, params };
}

class DeckReader {
  readonly problems: DeckProblem[] = [];

  constructor(
    private readonly file: string,
    private readonly source: string,
    private readonly lineCounter: LineCounter,
    private readonly doc: Document,
  ) {}

  position(node: AnyNode | Pair): Position {
    const offset = isPairLike(node) ? ((node.key as Node | null)?.range?.[0] ?? 0) : (node?.range?.[0] ?? 0);
    return this.lineCounter.linePos(offset);
  }

  reportAt(offset: number, severity: Severity, code: DeckProblemCode, params: Record<string, string | number> = {}) {
    this.problems.push(problem(this.file, this.lineCounter.linePos(offset), severity, code, params));
  }

  report(node: AnyNode | Pair, code: DeckProblemCode, params: Record<string, string | number> = {}, severity: Severity = 'error') {
    this.problems.push(problem(this.file, this.position(node), severity, code, params));
  }

  get errorCount(): number {
    return this.problems.filter((p) => p.severity === 'error').length;
  }

  readDeck(root: AnyNode): DeckParseResult {
    const fields = this.fields(root, DECK_FIELDS, 'what.deck');
    if (!fields) return { problems: this.problems };
    const format = this.text(fields, 'format');
    if (format !== undefined && format !== DECK_FORMAT) {
      this.report(fields.get('format')?.value as Node, 'bad-format', { value: format, expected: DECK_FORMAT });
    }
    const id = this.id(fields, 'id');
    const title = this.text(fields, 'title');
    const lang = this.text(fields, 'lang');
    if (lang !== undefined && !LANG_PATTERN.test(lang)) this.report(fields.get('lang')?.value as Node, 'bad-lang', { value: lang });
    const description = this.text(fields, 'description');
    const source = this.text(fields, 'source');
    const tags = this.textList(fields, 'tags') ?? [];
    const cards = this.cards(fields.get('cards'));
    const idPair = fields.get('id');
    const result: DeckParseResult = {
      id,
      title,
      idPosition: idPair ? this.position(idPair.value as Node) : undefined,
      problems: this.problems,
    };
    if (this.errorCount === 0 && id && title && lang && description !== undefined && source && cards) {
      result.deck = { format: DECK_FORMAT, id, title, lang, description, source, tags, cards };
    }
    return result;
  }

  /** The pairs of a mapping whose keys are known; reports unknown keys (with a suggestion) and missing required ones. */
  fields(node: AnyNode, specs: FieldSpecs, what: 'what.deck' | 'what.card' | 'what.choice' | 'what.expectation'): Map<string, Pair> | undefined {
    if (isAlias(node)) {
      this.report(node, 'alias-unsupported');
      return undefined;
    }
    if (!isMap(node)) {
      this.report(node, 'not-a-mapping', { what: what });
      return undefined;
    }
    const found = new Map<string, Pair>();
    for (const pair of (node as YAMLMap).items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (Object.hasOwn(specs, key)) {
        found.set(key, pair);
        continue;
      }
      const suggestion = closestMatch(key, Object.keys(specs));
      this.report(pair, suggestion ? 'unknown-field-suggest' : 'unknown-field', { field: key, suggestion: suggestion ?? '' });
    }
    for (const [name, spec] of Object.entries(specs)) {
      if (spec.required && !found.has(name)) this.report(node, 'missing-field', { field: name });
    }
    return found;
  }

  /** A scalar as text (numbers are taken as written); undefined, after reporting, when it is not one. */
  text(fields: Map<string, Pair>, name: string): string | undefined {
    const pair = fields.get(name);
    if (!pair) return undefined;
    return this.scalarText(pair.value as AnyNode, pair, name);
  }

  scalarText(node: AnyNode, at: AnyNode | Pair, name: string): string | undefined {
    if (isAlias(node)) {
      this.report(node, 'alias-unsupported');
      return undefined;
    }
    if (!isScalar(node) || node.value === null || typeof node.value === 'boolean' || typeof node.value === 'object') {
      this.report(node ?? at, 'wrong-type', { field: name, expected: 'typeName.text' });
      return undefined;
    }
    const value = typeof node.value === 'string' ? node.value : (node.source ?? String(node.value));
    if (value.trim() === '') {
      this.report(node, 'empty-text', { field: name });
      return undefined;
    }
    return value;
  }

  id(fields: Map<string, Pair>, name: string): string | undefined {
    const value = this.text(fields, name);
    if (value !== undefined && !ID_PATTERN.test(value)) {
      this.report(fields.get(name)?.value as Node, 'bad-id', { value });
      return undefined;
    }
    return value;
  }

  bool(fields: Map<string, Pair>, name: string): boolean | undefined {
    const pair = fields.get(name);
    if (!pair) return undefined;
    const node = pair.value as AnyNode;
    if (!isScalar(node) || typeof node.value !== 'boolean') {
      this.report(node ?? pair, 'wrong-type', { field: name, expected: 'typeName.bool' });
      return undefined;
    }
    return node.value;
  }

  enumValue<T extends string>(pair: Pair | undefined, name: string, allowed: readonly T[]): T | undefined {
    if (!pair) return undefined;
    const value = this.scalarText(pair.value as AnyNode, pair, name);
    if (value === undefined) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    const suggestion = closestMatch(value, allowed);
    this.report(pair.value as Node, suggestion ? 'bad-enum-suggest' : 'bad-enum', {
      value,
      field: name,
      allowed: allowed.join(', '),
      suggestion: suggestion ?? '',
    });
    return undefined;
  }

  /** The items of a sequence field; reports when the value is not a (non-empty) list. */
  items(pair: Pair | undefined, name: string, expected: 'typeName.list' | 'typeName.text-list' = 'typeName.list'): AnyNode[] | undefined {
    if (!pair) return undefined;
    const node = pair.value as AnyNode;
    if (!isSeq(node)) {
      this.report(node ?? pair, 'wrong-type', { field: name, expected });
      return undefined;
    }
    if (node.items.length === 0) {
      this.report(node, 'empty-list', { field: name });
      return undefined;
    }
    return node.items as AnyNode[];
  }

  textList(fields: Map<string, Pair>, name: string): string[] | undefined {
    const items = this.items(fields.get(name), name, 'typeName.text-list');
    if (!items) return undefined;
    const values = items.map((item) => this.scalarText(item, item, name));
    return values.every((v) => v !== undefined) ? (values as string[]) : undefined;
  }

  cards(pair: Pair | undefined): Card[] | undefined {
    const items = this.items(pair, 'cards');
    if (!items) return undefined;
    const firstLineOfId = new Map<string, number>();
    const cards: Card[] = [];
    for (const item of items) {
      const card = this.card(item);
      if (!card) continue;
      const idNode = (item as YAMLMap).get('id', true) as Node;
      const firstLine = firstLineOfId.get(card.id);
      if (firstLine !== undefined) {
        this.report(idNode, 'duplicate-card-id', { id: card.id, firstLine });
        continue;
      }
      firstLineOfId.set(card.id, this.position(idNode).line);
      cards.push(card);
    }
    return cards.length === items.length ? cards : undefined;
  }

  card(node: AnyNode): Card | undefined {
    if (!isMap(node)) {
      this.fields(node, CARD_COMMON_FIELDS, 'what.card');
      return undefined;
    }
    const typePair = node.items.find((pair) => isScalar(pair.key) && pair.key.value === 'type');
    const type = this.enumValue(typePair, 'type', CARD_TYPES);
    if (typePair && !type) {
      // With an unknown type only the id can be checked: the other fields depend on the type.
      if (!node.has('id')) this.report(node, 'missing-field', { field: 'id' });
      return undefined;
    }
    const fields = this.fields(node, type ? { ...CARD_COMMON_FIELDS, ...CARD_TYPE_FIELDS[type] } : CARD_COMMON_FIELDS, 'what.card');
    if (!fields || !type) return undefined;
    const errorsBefore = this.errorCount;
    const base = {
      id: this.id(fields, 'id') ?? '',
      tags: this.textList(fields, 'tags') ?? [],
      source: this.text(fields, 'source'),
      origin: this.enumValue<CardOrigin>(fields.get('origin'), 'origin', CARD_ORIGINS) ?? 'hand',
    };
    const card = this.cardOfType(type, base, fields);
    return card && this.errorCount === errorsBefore ? card : undefined;
  }

  cardOfType(type: CardType, base: Omit<Card, 'type'>, fields: Map<string, Pair>): Card | undefined {
    switch (type) {
      case 'basic': {
        const front = this.text(fields, 'front');
        const back = this.text(fields, 'back');
        return front && back ? { ...base, type, front, back, reverse: this.bool(fields, 'reverse') ?? false } : undefined;
      }
      case 'cloze': {
        const text = this.text(fields, 'text');
        if (!text) return undefined;
        const gaps = findClozeGaps(text);
        const textNode = fields.get('text')!.value as Node;
        if (gaps.length === 0) this.report(textNode, 'cloze-no-gap');
        if (gaps.some((gap) => gap.answer === '')) this.report(textNode, 'cloze-empty-gap');
        return { ...base, type, text };
      }
      case 'mcq': {
        const question = this.text(fields, 'question');
        const choices = this.choices(fields.get('choices'));
        const explanation = this.text(fields, 'explanation');
        return question && choices ? { ...base, type, question, choices, explanation } : undefined;
      }
      case 'input': {
        const question = this.text(fields, 'question');
        const answers = this.textList(fields, 'answers');
        const explanation = this.text(fields, 'explanation');
        return question && answers ? { ...base, type, question, answers, explanation } : undefined;
      }
      case 'yaml-fix': {
        const task = this.text(fields, 'task');
        const broken = this.manifest(fields, 'broken');
        const solution = this.manifest(fields, 'solution');
        const expect = this.expectations(fields.get('expect')) ?? [];
        const hints = this.textList(fields, 'hints') ?? [];
        return task && broken !== undefined && solution !== undefined ? { ...base, type, task, broken, solution, expect, hints } : undefined;
      }
    }
  }

  choices(pair: Pair | undefined): McqChoice[] | undefined {
    const items = this.items(pair, 'choices');
    if (!items) return undefined;
    const choices: McqChoice[] = [];
    for (const item of items) {
      const fields = this.fields(item, CHOICE_FIELDS, 'what.choice');
      if (!fields) continue;
      const text = this.text(fields, 'text');
      const correct = this.bool(fields, 'correct');
      if (text !== undefined && correct !== undefined) choices.push({ text, correct, why: this.text(fields, 'why') });
    }
    if (items.length < 2) this.report(pair!.value as Node, 'mcq-few-choices');
    else if (choices.length === items.length && !choices.some((c) => c.correct)) this.report(pair!.value as Node, 'mcq-no-correct');
    return choices.length === items.length ? choices : undefined;
  }

  /** A manifest text, checked for YAML syntax with positions mapped into the deck file. */
  manifest(fields: Map<string, Pair>, name: string): string | undefined {
    const value = this.text(fields, name);
    if (value === undefined) return undefined;
    const scalar = fields.get(name)!.value as Scalar;
    const innerCounter = new LineCounter();
    for (const document of parseAllDocuments(value, { lineCounter: innerCounter, prettyErrors: false })) {
      for (const error of document.errors) {
        const inner = innerCounter.linePos(error.pos[0]);
        const at = positionInScalar(scalar, this.source, this.lineCounter, { line: inner.line, col: inner.col });
        this.problems.push(problem(this.file, at, 'error', 'manifest-syntax', { field: name, detail: error.message.split('\n')[0] }));
      }
    }
    return value;
  }

  expectations(pair: Pair | undefined): YamlFixExpectation[] | undefined {
    const items = this.items(pair, 'expect');
    if (!items) return undefined;
    const expectations: YamlFixExpectation[] = [];
    for (const item of items) {
      const fields = this.fields(item, EXPECTATION_FIELDS, 'what.expectation');
      if (!fields) continue;
      const path = this.text(fields, 'path');
      const kind = this.text(fields, 'kind');
      if (path !== undefined && !parsePath(path)) this.report(fields.get('path')!.value as Node, 'expect-path', { path });
      if (fields.has('equals') === fields.has('exists')) {
        this.report(item, 'expect-shape');
        continue;
      }
      if (path === undefined) continue;
      if (fields.has('exists')) {
        const exists = this.bool(fields, 'exists');
        if (exists !== undefined) expectations.push({ ...(kind ? { kind } : {}), path, exists });
      } else {
        const valueNode = fields.get('equals')!.value as AnyNode;
        if (isAlias(valueNode)) this.report(valueNode, 'alias-unsupported');
        else expectations.push({ ...(kind ? { kind } : {}), path, equals: valueNode ? valueNode.toJS(this.doc) : null });
      }
    }
    return expectations;
  }
}

function isPairLike(node: unknown): node is Pair {
  return typeof node === 'object' && node !== null && 'key' in node && 'value' in node && !('range' in node);
}
