// Reads a deck file into a typed Deck, reporting every problem on the YAML node it concerns.
// The app, `kubedeck check` and the web twin all load decks through this one function.
//
// Two YAML libraries, each for what it does best: js-yaml loads values about 15× faster than
// `yaml`, so valid decks (the common case) cost little to load; `yaml` keeps every node's
// position and reports syntax errors precisely, so it is parsed only when a problem has to be
// placed on its line and column, or when js-yaml refuses the text.
import { CORE_SCHEMA, load as loadFast, loadAll as loadAllFast } from 'js-yaml';
import {
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
} from 'yaml';
import type { ManifestFinding } from '../manifest/findings.ts';
import { closestMatch } from '../text.ts';
import { findAlias } from '../yaml/anchors.ts';
import { positionInScalar, type Position } from '../yaml/positions.ts';
import { findClozeGaps } from './cloze.ts';
import { parsePath } from '../yaml/path.ts';
import {
  CARD_COMMON_FIELDS,
  CARD_TYPE_FIELDS,
  ANKI_FIELDS,
  CHOICE_FIELDS,
  DECK_FIELDS,
  EXAM_FIELDS,
  EXPECTATION_FIELDS,
  ID_PATTERN,
  LANG_PATTERN,
  MAX_ID_LENGTH,
  QUOTA_FIELDS,
  type FieldSpecs,
} from './spec.ts';
import {
  CARD_ORIGINS,
  CARD_TYPES,
  DECK_FORMAT,
  QUESTION_TYPES,
  type AnkiIdentity,
  type Card,
  type CardType,
  type Deck,
  type DeckProblem,
  type DeckProblemCode,
  type ExamDefinition,
  type ExamQuota,
  type McqChoice,
  type QuestionType,
  type Severity,
  type TopicNames,
  type YamlFixExpectation,
} from './types.ts';

/** Deck files larger than this are refused before parsing (a deck of 10,000 cards is about 3 MB). */
export const MAX_DECK_BYTES = 16 * 1024 * 1024;

export interface DeckParseResult {
  /** The deck, when the file has no error (warnings may remain). */
  deck?: Deck;
  /** Whatever could be read of id and title, so a broken deck can still be named in the library. */
  id?: string;
  title?: string;
  /** How many cards were checked, counted even when the deck has an error. */
  cardsChecked?: number;
  /** Where the deck id is written, for library-wide checks (duplicate ids). */
  locateId?: () => Position;
  problems: DeckProblem[];
}

type Path = (string | number)[];
type Params = Record<string, string | number>;
type Fields = Map<string, unknown>;
type What = 'what.deck' | 'what.topics' | 'what.topic' | 'what.card' | 'what.choice' | 'what.expectation' | 'what.exam' | 'what.quota' | 'what.anki';

const FAST_OPTIONS = { schema: CORE_SCHEMA };

export interface ParseOptions {
  /**
   * The manifest checker, for yaml-fix cards: `solution` must pass it with its `expect`, `broken`
   * must not. Passed in (rather than imported) so that loading decks in the app stays light;
   * `kubedeck check` passes it.
   */
  checkManifest?: (text: string, expect: YamlFixExpectation[]) => ManifestFinding[];
}

/** Problems listed per file; the rest are summed up in one last problem ("and N more"). */
export const MAX_PROBLEMS_PER_FILE = 200;

export function parseDeck(text: string, file: string, options: ParseOptions = {}): DeckParseResult {
  const result = checkDeckText(text, file, options);
  const { problems } = result;
  if (problems.length <= MAX_PROBLEMS_PER_FILE) return result;
  const rest = problems.slice(MAX_PROBLEMS_PER_FILE);
  const more: DeckProblem = {
    ...rest[0],
    severity: rest.some((problem) => problem.severity === 'error') ? 'error' : 'warning',
    code: 'more-problems',
    params: { count: rest.length },
  };
  delete more.finding;
  return { ...result, problems: [...problems.slice(0, MAX_PROBLEMS_PER_FILE), more] };
}

function checkDeckText(text: string, file: string, options: ParseOptions): DeckParseResult {
  if (text.length > MAX_DECK_BYTES) {
    const params = { size: (text.length / 1024 / 1024).toFixed(1), max: MAX_DECK_BYTES / 1024 / 1024 };
    return { problems: [{ file, line: 1, col: 1, severity: 'error', code: 'file-too-large', params }] };
  }
  const locator = new Locator(text);
  const checker = new DeckChecker(file, locator, options);
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    checker.reportAtOffset(nul, 'nul-character', { byte: '0x00' });
    return { problems: checker.problems };
  }
  // Refused before any value is built: no alias is ever expanded.
  const alias = findAlias(text);
  if (alias) {
    checker.reportAtOffset(alias.offset, 'alias-unsupported');
    return { problems: checker.problems };
  }
  let root: unknown;
  try {
    root = loadFast(text, FAST_OPTIONS);
  } catch {
    const precise = locator.document;
    for (const error of precise.errors) {
      const duplicate = error.code === 'DUPLICATE_KEY';
      checker.reportAtOffset(error.pos[0], duplicate ? 'duplicate-key' : 'yaml-syntax', {
        detail: error.message.split('\n')[0],
        key: /^[^:\n]*/.exec(text.slice(error.pos[0], error.pos[0] + 200))![0].trim(),
      });
    }
    if (precise.errors.length > 0) return { problems: checker.problems };
    root = precise.toJS();
  }
  return checker.readDeck(root);
}

/** Finds where a value or key sits in the source, parsing it with `yaml` on first use only. */
class Locator {
  private parsed?: { document: Document; lineCounter: LineCounter };

  constructor(readonly source: string) {}

  private get tree() {
    if (!this.parsed) {
      const lineCounter = new LineCounter();
      this.parsed = { document: parseDocument(this.source, { lineCounter, prettyErrors: false }), lineCounter };
    }
    return this.parsed;
  }

  get document(): Document {
    return this.tree.document;
  }

  position(offset: number): Position {
    return this.tree.lineCounter.linePos(offset);
  }

  /** The node at `path` (and the pair holding it, for a mapping value). */
  node(path: Path): { node?: Node; pair?: Pair } {
    let node: unknown = this.document.contents;
    let pair: Pair | undefined;
    for (const segment of path) {
      if (isMap(node)) {
        pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) return {};
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        pair = undefined;
        node = node.items[segment];
      } else {
        return {};
      }
    }
    return { node: (node ?? undefined) as Node | undefined, pair };
  }

  /** Position of the value at `path`, or of its key (`spot: 'key'`), or the closest thing found. */
  at(path: Path, spot: 'key' | 'value' = 'value'): Position {
    const { node, pair } = this.node(path);
    const key = pair?.key as Node | undefined;
    const target = spot === 'key' ? (key ?? node) : (node?.range ? node : key);
    return this.position(target?.range?.[0] ?? 0);
  }

  /** Where a spot inside the scalar at `path` (a manifest in a block scalar) lies in the file. */
  inScalar(path: Path, inner: Position): Position {
    const { node } = this.node(path);
    if (!isScalar(node)) return this.at(path);
    return positionInScalar(node as Scalar, this.source, this.tree.lineCounter, inner);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks a loaded deck value against the format; positions come from the Locator, only for problems. */
class DeckChecker {
  readonly problems: DeckProblem[] = [];

  constructor(
    private readonly file: string,
    private readonly locator: Locator,
    private readonly options: ParseOptions,
  ) {}

  private push(at: Position, code: DeckProblemCode, params: Params, severity: Severity, finding?: ManifestFinding) {
    if (severity === 'error') this.errors++;
    this.problems.push({ file: this.file, line: at.line, col: at.col, severity, code, params, ...(finding ? { finding } : {}) });
  }

  report(path: Path, code: DeckProblemCode, params: Params = {}, spot: 'key' | 'value' = 'value', severity: Severity = 'error') {
    this.push(this.locator.at(path, spot), code, params, severity);
  }

  reportAtOffset(offset: number, code: DeckProblemCode, params: Params = {}) {
    this.push(this.locator.position(offset), code, params, 'error');
  }

  /** Counted as problems are pushed: every card asks, and a deck may have thousands of problems. */
  private errors = 0;

  get errorCount(): number {
    return this.errors;
  }

  private cardsChecked = 0;

  readDeck(root: unknown): DeckParseResult {
    const fields = this.fields(root, [], DECK_FIELDS, 'what.deck');
    if (!fields) return { problems: this.problems };
    const format = this.text(fields, [], 'format');
    if (format !== undefined && format !== DECK_FORMAT) this.report(['format'], 'bad-format', { value: format, expected: DECK_FORMAT });
    const id = this.id(fields, [], 'id');
    const title = this.text(fields, [], 'title');
    const lang = this.text(fields, [], 'lang');
    if (lang !== undefined && !LANG_PATTERN.test(lang)) this.report(['lang'], 'bad-lang', { value: lang });
    const description = this.text(fields, [], 'description');
    const source = this.text(fields, [], 'source');
    const tags = this.textList(fields, [], 'tags') ?? [];
    const topics = this.topics(fields);
    const exams = this.exams(fields);
    const cards = this.cards(fields);
    if (cards) this.unnamedTags(tags, cards, topics ?? {});
    const cardsChecked = this.cardsChecked;
    const result: DeckParseResult = { id, title, cardsChecked, locateId: () => this.locator.at(['id']), problems: this.problems };
    if (this.errorCount === 0 && id && title && lang && description && source && cards) {
      result.deck = { format: DECK_FORMAT, id, title, lang, description, source, tags, ...(topics ? { topics } : {}), ...(exams ? { exams } : {}), cards };
    }
    return result;
  }

  /** The known fields of a mapping; reports unknown keys (with a suggestion) and missing required ones. */
  fields(value: unknown, path: Path, specs: FieldSpecs, what: What): Fields | undefined {
    if (!isRecord(value)) {
      this.report(path, 'not-a-mapping', { what });
      return undefined;
    }
    const found: Fields = new Map();
    for (const [key, fieldValue] of Object.entries(value)) {
      if (Object.hasOwn(specs, key)) {
        found.set(key, fieldValue);
        continue;
      }
      const suggestion = closestMatch(key, Object.keys(specs));
      this.report([...path, key], suggestion ? 'unknown-field-suggest' : 'unknown-field', { field: key, suggestion: suggestion ?? '' }, 'key');
    }
    for (const [name, spec] of Object.entries(specs)) {
      if (spec.required && !found.has(name)) this.report(path, 'missing-field', { field: name });
    }
    return found;
  }

  /** A text value (numbers are taken as text); undefined, after reporting, when it is not one. */
  text(fields: Fields, path: Path, name: string): string | undefined {
    return fields.has(name) ? this.scalarText(fields.get(name), [...path, name], name) : undefined;
  }

  scalarText(value: unknown, path: Path, name: string): string | undefined {
    if (typeof value !== 'string' && typeof value !== 'number') {
      this.report(path, 'wrong-type', { field: name, expected: 'typeName.text' });
      return undefined;
    }
    const text = String(value);
    if (text.trim() === '') {
      this.report(path, 'empty-text', { field: name });
      return undefined;
    }
    return text;
  }

  id(fields: Fields, path: Path, name: string): string | undefined {
    const value = this.text(fields, path, name);
    if (value !== undefined && !ID_PATTERN.test(value)) {
      this.report([...path, name], 'bad-id', { value });
      return undefined;
    }
    if (value !== undefined && value.length > MAX_ID_LENGTH) {
      this.report([...path, name], 'id-too-long', { length: value.length, max: MAX_ID_LENGTH });
      return undefined;
    }
    return value;
  }

  bool(fields: Fields, path: Path, name: string): boolean | undefined {
    if (!fields.has(name)) return undefined;
    const value = fields.get(name);
    if (typeof value !== 'boolean') {
      this.report([...path, name], 'wrong-type', { field: name, expected: 'typeName.bool' });
      return undefined;
    }
    return value;
  }

  enumValue<T extends string>(fields: Fields, path: Path, name: string, allowed: readonly T[]): T | undefined {
    const value = this.text(fields, path, name);
    return value === undefined ? undefined : this.allowedValue(value, [...path, name], name, allowed);
  }

  /** `value` when it is one of `allowed`; otherwise reported at `path` (with a suggestion). */
  allowedValue<T extends string>(value: string, path: Path, name: string, allowed: readonly T[]): T | undefined {
    if ((allowed as readonly string[]).includes(value)) return value as T;
    const suggestion = closestMatch(value, allowed);
    this.report(path, suggestion ? 'bad-enum-suggest' : 'bad-enum', {
      value,
      field: name,
      allowed: allowed.join(', '),
      suggestion: suggestion ?? '',
    });
    return undefined;
  }

  /** The items of a list field; reports when the value is not a (non-empty) list. */
  items(fields: Fields, path: Path, name: string, expected: 'typeName.list' | 'typeName.text-list' = 'typeName.list'): unknown[] | undefined {
    if (!fields.has(name)) return undefined;
    const value = fields.get(name);
    if (!Array.isArray(value)) {
      this.report([...path, name], 'wrong-type', { field: name, expected });
      return undefined;
    }
    if (value.length === 0) {
      this.report([...path, name], 'empty-list', { field: name });
      return undefined;
    }
    return value;
  }

  textList(fields: Fields, path: Path, name: string): string[] | undefined {
    const items = this.items(fields, path, name, 'typeName.text-list');
    if (!items) return undefined;
    const values = items.map((item, i) => this.scalarText(item, [...path, name, i], name));
    return values.every((v) => v !== undefined) ? (values as string[]) : undefined;
  }

  /** A whole number of at least 1 (exam durations and question counts). */
  positiveInteger(fields: Fields, path: Path, name: string): number | undefined {
    if (!fields.has(name)) return undefined;
    const value = fields.get(name);
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return value;
    this.report([...path, name], 'wrong-type', { field: name, expected: 'typeName.positive-integer' });
    return undefined;
  }

  /** A whole number of at least 0 (template ordinals). */
  ordinal(fields: Fields, path: Path, name: string): number | undefined {
    if (!fields.has(name)) return undefined;
    const value = fields.get(name);
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
    this.report([...path, name], 'wrong-type', { field: name, expected: 'typeName.ordinal' });
    return undefined;
  }

  /** A card's `anki:` mapping, as `{ anki }` to spread into the card (nothing when absent). */
  ankiIdentity(fields: Fields, cardPath: Path): { anki?: AnkiIdentity } {
    if (!fields.has('anki')) return {};
    const path = [...cardPath, 'anki'];
    const ankiFields = this.fields(fields.get('anki'), path, ANKI_FIELDS, 'what.anki');
    if (!ankiFields) return {};
    const guid = this.text(ankiFields, path, 'guid');
    const notetype = this.text(ankiFields, path, 'notetype');
    const template = this.ordinal(ankiFields, path, 'template');
    if (guid === undefined) return {};
    return { anki: { guid, ...(notetype !== undefined ? { notetype } : {}), ...(template !== undefined ? { template } : {}) } };
  }

  percent(fields: Fields, path: Path, name: string): number | undefined {
    if (!fields.has(name)) return undefined;
    const value = fields.get(name);
    if (typeof value === 'number' && value >= 0 && value <= 100) return value;
    this.report([...path, name], 'wrong-type', { field: name, expected: 'typeName.percent' });
    return undefined;
  }

  /** `topics:`, tag → language → name. */
  topics(deckFields: Fields): TopicNames | undefined {
    if (!deckFields.has('topics')) return undefined;
    const value = deckFields.get('topics');
    if (!isRecord(value)) {
      this.report(['topics'], 'not-a-mapping', { what: 'what.topics' });
      return undefined;
    }
    const topics: Record<string, Record<string, string>> = {};
    for (const [tag, names] of Object.entries(value)) {
      const path = ['topics', tag];
      if (!isRecord(names) || Object.keys(names).length === 0) {
        this.report(path, 'not-a-mapping', { what: 'what.topic' });
        continue;
      }
      topics[tag] = {};
      for (const [lang, name] of Object.entries(names)) {
        if (!LANG_PATTERN.test(lang)) this.report([...path, lang], 'bad-lang', { value: lang }, 'key');
        const text = this.scalarText(name, [...path, lang], lang);
        if (text !== undefined) topics[tag][lang] = text;
      }
    }
    return topics;
  }

  /** A warning on the first use of each tag that `topics:` does not name: students would read its slug. */
  unnamedTags(deckTags: string[], cards: Card[], topics: TopicNames) {
    const uses: [string, Path][] = [
      ...deckTags.map((tag, i): [string, Path] => [tag, ['tags', i]]),
      ...cards.flatMap((card, c) => card.tags.map((tag, i): [string, Path] => [tag, ['cards', c, 'tags', i]])),
    ];
    const reported = new Set<string>();
    for (const [tag, path] of uses) {
      if (Object.hasOwn(topics, tag) || reported.has(tag)) continue;
      reported.add(tag);
      this.report(path, 'unnamed-tag', { tag }, 'value', 'warning');
    }
  }

  /**
   * Exam definitions. Their tags may come from any loaded deck, so whether a tag exists is
   * checked once every deck is loaded (examTagProblems), not here.
   */
  exams(deckFields: Fields): ExamDefinition[] | undefined {
    const items = this.items(deckFields, [], 'exams');
    if (!items) return undefined;
    const indexOfId = new Map<string, number>();
    const exams: ExamDefinition[] = [];
    items.forEach((item, index) => {
      const path = ['exams', index];
      const fields = this.fields(item, path, EXAM_FIELDS, 'what.exam');
      if (!fields) return;
      const errorsBefore = this.errorCount;
      const id = this.id(fields, path, 'id');
      const title = this.text(fields, path, 'title');
      const durationMinutes = this.positiveInteger(fields, path, 'durationMinutes');
      const passMark = this.percent(fields, path, 'passMark');
      const questions = this.quotas(fields, path);
      const types = this.questionTypes(fields, path);
      const first = id === undefined ? undefined : indexOfId.get(id);
      if (id !== undefined && first !== undefined) {
        this.report([...path, 'id'], 'duplicate-exam-id', { id, firstLine: this.locator.at(['exams', first, 'id']).line });
      } else if (id !== undefined) {
        indexOfId.set(id, index);
      }
      if (this.errorCount === errorsBefore && id && title && durationMinutes && passMark !== undefined && questions) {
        exams.push({ id, title, durationMinutes, passMark, questions, ...(types ? { types } : {}) });
      }
    });
    return exams;
  }

  quotas(fields: Fields, path: Path): ExamQuota[] | undefined {
    const items = this.items(fields, path, 'questions');
    if (!items) return undefined;
    const indexOfTag = new Map<string, number>();
    const quotas: ExamQuota[] = [];
    items.forEach((item, index) => {
      const quotaPath = [...path, 'questions', index];
      const quotaFields = this.fields(item, quotaPath, QUOTA_FIELDS, 'what.quota');
      if (!quotaFields) return;
      const tag = this.text(quotaFields, quotaPath, 'tag');
      const count = this.positiveInteger(quotaFields, quotaPath, 'count');
      if (tag === undefined || count === undefined) return;
      const first = indexOfTag.get(tag);
      if (first !== undefined) {
        this.report([...quotaPath, 'tag'], 'exam-duplicate-tag', { tag, firstLine: this.locator.at([...path, 'questions', first, 'tag']).line });
        return;
      }
      indexOfTag.set(tag, index);
      quotas.push({ tag, count });
    });
    return quotas.length === items.length ? quotas : undefined;
  }

  questionTypes(fields: Fields, path: Path): QuestionType[] | undefined {
    const items = this.items(fields, path, 'types', 'typeName.text-list');
    if (!items) return undefined;
    const types = items.map((item, i) => {
      const text = this.scalarText(item, [...path, 'types', i], 'types');
      return text === undefined ? undefined : this.allowedValue(text, [...path, 'types', i], 'types', QUESTION_TYPES);
    });
    return types.every((type) => type !== undefined) ? [...new Set(types as QuestionType[])] : undefined;
  }

  cards(deckFields: Fields): Card[] | undefined {
    const items = this.items(deckFields, [], 'cards');
    if (!items) return undefined;
    this.cardsChecked = items.length;
    const indexOfId = new Map<string, number>();
    const cards: Card[] = [];
    items.forEach((item, index) => {
      const path = ['cards', index];
      const card = this.card(item, path);
      if (!card) return;
      const first = indexOfId.get(card.id);
      if (first !== undefined) {
        this.report([...path, 'id'], 'duplicate-card-id', { id: card.id, firstLine: this.locator.at(['cards', first, 'id']).line });
        return;
      }
      indexOfId.set(card.id, index);
      cards.push(card);
    });
    return cards.length === items.length ? cards : undefined;
  }

  card(value: unknown, path: Path): Card | undefined {
    if (!isRecord(value)) {
      this.report(path, 'not-a-mapping', { what: 'what.card' });
      return undefined;
    }
    let type: CardType | undefined;
    if (Object.hasOwn(value, 'type')) {
      type = this.enumValue(new Map([['type', value.type]]), path, 'type', CARD_TYPES);
      // With an unknown type only the id can be checked: the other fields depend on the type.
      if (!type) {
        if (!Object.hasOwn(value, 'id')) this.report(path, 'missing-field', { field: 'id' });
        return undefined;
      }
    }
    const fields = this.fields(value, path, type ? { ...CARD_COMMON_FIELDS, ...CARD_TYPE_FIELDS[type] } : CARD_COMMON_FIELDS, 'what.card');
    if (!fields || !type) return undefined;
    const errorsBefore = this.errorCount;
    const base = {
      id: this.id(fields, path, 'id') ?? '',
      tags: this.textList(fields, path, 'tags') ?? [],
      source: this.text(fields, path, 'source'),
      origin: this.enumValue(fields, path, 'origin', CARD_ORIGINS) ?? 'hand',
      ...this.ankiIdentity(fields, path),
    };
    const card = this.cardOfType(type, base, fields, path);
    return card && this.errorCount === errorsBefore ? card : undefined;
  }

  cardOfType(type: CardType, base: Omit<Card, 'type'>, fields: Fields, path: Path): Card | undefined {
    switch (type) {
      case 'basic': {
        const front = this.text(fields, path, 'front');
        const back = this.text(fields, path, 'back');
        const reverse = this.bool(fields, path, 'reverse') ?? false;
        return front && back ? { ...base, type, front, back, reverse } : undefined;
      }
      case 'cloze': {
        const text = this.text(fields, path, 'text');
        if (!text) return undefined;
        const gaps = findClozeGaps(text);
        if (gaps.length === 0) this.report([...path, 'text'], 'cloze-no-gap');
        if (gaps.some((gap) => gap.answer === '')) this.report([...path, 'text'], 'cloze-empty-gap');
        return { ...base, type, text };
      }
      case 'mcq': {
        const question = this.text(fields, path, 'question');
        const choices = this.choices(fields, path);
        const explanation = this.text(fields, path, 'explanation');
        return question && choices ? { ...base, type, question, choices, explanation } : undefined;
      }
      case 'input': {
        const question = this.text(fields, path, 'question');
        const answers = this.textList(fields, path, 'answers');
        const explanation = this.text(fields, path, 'explanation');
        return question && answers ? { ...base, type, question, answers, explanation } : undefined;
      }
      case 'yaml-fix': {
        const task = this.text(fields, path, 'task');
        const broken = this.manifest(fields, path, 'broken');
        const solution = this.manifest(fields, path, 'solution');
        const expect = this.expectations(fields, path) ?? [];
        const hints = this.textList(fields, path, 'hints') ?? [];
        if (broken && solution && this.errorCount === 0) this.checkChallenge(path, broken, solution, expect);
        return task && broken && solution ? { ...base, type, task, broken, solution, expect, hints } : undefined;
      }
    }
  }

  /** A challenge must be solvable and not already solved (only when a manifest checker is given). */
  private checkChallenge(path: Path, broken: string, solution: string, expect: YamlFixExpectation[]) {
    const check = this.options.checkManifest;
    if (!check) return;
    const solutionErrors = check(solution, expect).filter((finding) => finding.severity === 'error');
    for (const finding of solutionErrors.slice(0, 3)) {
      const at = this.locator.inScalar([...path, 'solution'], { line: finding.line, col: finding.col });
      this.push(at, 'yaml-fix-solution-fails', { rule: finding.rule }, 'error', finding);
    }
    if (!check(broken, expect).some((finding) => finding.severity === 'error')) this.report([...path, 'broken'], 'yaml-fix-broken-passes');
  }

  choices(fields: Fields, path: Path): McqChoice[] | undefined {
    const items = this.items(fields, path, 'choices');
    if (!items) return undefined;
    const choices: McqChoice[] = [];
    items.forEach((item, i) => {
      const choicePath = [...path, 'choices', i];
      const choiceFields = this.fields(item, choicePath, CHOICE_FIELDS, 'what.choice');
      if (!choiceFields) return;
      const text = this.text(choiceFields, choicePath, 'text');
      const correct = this.bool(choiceFields, choicePath, 'correct');
      const why = this.text(choiceFields, choicePath, 'why');
      if (text !== undefined && correct !== undefined) choices.push({ text, correct, why });
    });
    if (items.length < 2) this.report([...path, 'choices'], 'mcq-few-choices');
    else if (choices.length === items.length && !choices.some((c) => c.correct)) this.report([...path, 'choices'], 'mcq-no-correct');
    return choices.length === items.length ? choices : undefined;
  }

  /** A manifest text, checked for YAML syntax with positions mapped into the deck file. */
  manifest(fields: Fields, path: Path, name: string): string | undefined {
    const value = this.text(fields, path, name);
    if (value === undefined) return undefined;
    try {
      loadAllFast(value, undefined, FAST_OPTIONS);
      return value;
    } catch {
      // Let `yaml` say what is wrong, and where.
    }
    const innerCounter = new LineCounter();
    for (const document of parseAllDocuments(value, { lineCounter: innerCounter, prettyErrors: false })) {
      for (const error of document.errors) {
        const at = this.locator.inScalar([...path, name], innerCounter.linePos(error.pos[0]));
        this.push(at, 'manifest-syntax', { field: name, detail: error.message.split('\n')[0] }, 'error');
      }
    }
    return value;
  }

  expectations(fields: Fields, path: Path): YamlFixExpectation[] | undefined {
    const items = this.items(fields, path, 'expect');
    if (!items) return undefined;
    const expectations: YamlFixExpectation[] = [];
    items.forEach((item, i) => {
      const itemPath = [...path, 'expect', i];
      const itemFields = this.fields(item, itemPath, EXPECTATION_FIELDS, 'what.expectation');
      if (!itemFields) return;
      const expectedPath = this.text(itemFields, itemPath, 'path');
      const kind = this.text(itemFields, itemPath, 'kind');
      if (expectedPath !== undefined && !parsePath(expectedPath)) this.report([...itemPath, 'path'], 'expect-path', { path: expectedPath });
      if (itemFields.has('equals') === itemFields.has('exists')) {
        this.report(itemPath, 'expect-shape');
        return;
      }
      if (expectedPath === undefined) return;
      const where = { ...(kind ? { kind } : {}), path: expectedPath };
      if (itemFields.has('equals')) {
        expectations.push({ ...where, equals: itemFields.get('equals') });
      } else {
        const exists = this.bool(itemFields, itemPath, 'exists');
        if (exists !== undefined) expectations.push({ ...where, exists });
      }
    });
    return expectations;
  }
}

/**
 * Exam quotas whose tag no loaded deck carries: warnings on the tag (such a quota draws nothing).
 * An exam draws from every loaded deck, so this needs all of them: run it once they are parsed,
 * with the tags of every card of every deck (deck tags included).
 */
export function examTagProblems(text: string, file: string, deck: Deck, knownTags: ReadonlySet<string>): DeckProblem[] {
  const problems: DeckProblem[] = [];
  let locator: Locator | undefined; // parsed only when a tag is unknown
  deck.exams?.forEach((exam, examIndex) =>
    exam.questions.forEach((quota, quotaIndex) => {
      if (knownTags.has(quota.tag)) return;
      locator ??= new Locator(text);
      const suggestion = closestMatch(quota.tag, [...knownTags]);
      problems.push({
        file,
        ...locator.at(['exams', examIndex, 'questions', quotaIndex, 'tag']),
        severity: 'warning',
        code: suggestion ? 'exam-unknown-tag-suggest' : 'exam-unknown-tag',
        params: { tag: quota.tag, exam: exam.id, suggestion: suggestion ?? '' },
      });
    }),
  );
  return problems;
}
