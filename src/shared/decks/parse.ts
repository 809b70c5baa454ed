// Reads a deck file into a typed Deck, reporting every problem on the YAML node it concerns.
// The app, `kubedeck check` and the web twin all load decks through this one function.
//
// Two YAML libraries, each for what it does best: js-yaml loads values about 15× faster than
// `yaml`, so valid decks (the common case) cost little to load; `yaml` keeps every node's
// position and reports syntax errors precisely, so it is parsed only when a problem has to be
// placed on its line and column, or when js-yaml refuses the text.
import { load as loadFast } from 'js-yaml';
import type { ManifestFinding } from '../manifest/findings.ts';
import type { Position } from '../yaml/positions.ts';
import { findAlias } from '../yaml/anchors.ts';
import { AnkiNotesReader } from './ankiNotesReader.ts';
import { CardReader } from './cardReader.ts';
import { ExamReader } from './examReader.ts';
import { FieldReader, isRecord, type Fields } from './fieldReader.ts';
import { FAST_OPTIONS, Locator, type Path } from './locator.ts';
import { DECK_FIELDS, LANG_PATTERN } from './spec.ts';
import { DECK_FORMAT, type Card, type Deck, type DeckProblem, type TopicNames, type YamlFixExpectation } from './types.ts';

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
  const checker = new DeckChecker(new FieldReader(file, locator), options);
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    checker.read.reportAtOffset(nul, 'nul-character', { byte: '0x00' });
    return { problems: checker.read.problems };
  }
  // Refused before any value is built: no alias is ever expanded.
  const alias = findAlias(text);
  if (alias) {
    checker.read.reportAtOffset(alias.offset, 'alias-unsupported');
    return { problems: checker.read.problems };
  }
  let root: unknown;
  try {
    root = loadFast(text, FAST_OPTIONS);
  } catch {
    const precise = locator.document;
    for (const error of precise.errors) {
      const duplicate = error.code === 'DUPLICATE_KEY';
      checker.read.reportAtOffset(error.pos[0], duplicate ? 'duplicate-key' : 'yaml-syntax', {
        detail: error.message.split('\n')[0],
        key: /^[^:\n]*/.exec(text.slice(error.pos[0], error.pos[0] + 200))![0].trim(),
      });
    }
    if (precise.errors.length > 0) return { problems: checker.read.problems };
    root = precise.toJS();
  }
  return checker.readDeck(root);
}

/** Checks a loaded deck value against the format; positions come from the Locator, only for problems. */
class DeckChecker {
  private readonly cardReader: CardReader;
  private readonly examReader: ExamReader;
  private readonly ankiNotesReader: AnkiNotesReader;

  constructor(
    readonly read: FieldReader,
    options: ParseOptions,
  ) {
    this.cardReader = new CardReader(read, options.checkManifest);
    this.examReader = new ExamReader(read);
    this.ankiNotesReader = new AnkiNotesReader(read);
  }

  readDeck(root: unknown): DeckParseResult {
    const fields = this.read.fields(root, [], DECK_FIELDS, 'what.deck');
    if (!fields) return { problems: this.read.problems };
    const format = this.read.text(fields, [], 'format');
    if (format !== undefined && format !== DECK_FORMAT) this.read.report(['format'], 'bad-format', { value: format, expected: DECK_FORMAT });
    const id = this.read.id(fields, [], 'id');
    const title = this.read.text(fields, [], 'title');
    const lang = this.read.text(fields, [], 'lang');
    if (lang !== undefined && !LANG_PATTERN.test(lang)) this.read.report(['lang'], 'bad-lang', { value: lang });
    const description = this.read.text(fields, [], 'description');
    const source = this.read.text(fields, [], 'source');
    const tags = this.read.textList(fields, [], 'tags') ?? [];
    const topics = this.topics(fields);
    const exams = this.examReader.exams(fields);
    const cards = this.cardReader.cards(fields);
    const anki = this.ankiNotesReader.notes(fields);
    if (cards) this.unnamedTags(tags, cards, topics ?? {});
    const cardsChecked = this.cardReader.cardsChecked;
    const result: DeckParseResult = { id, title, cardsChecked, locateId: () => this.read.locator.at(['id']), problems: this.read.problems };
    if (this.read.errorCount === 0 && id && title && lang && description && source && cards) {
      result.deck = { format: DECK_FORMAT, id, title, lang, description, source, tags, ...(topics ? { topics } : {}), ...(exams ? { exams } : {}), cards, ...(anki ? { anki } : {}) };
    }
    return result;
  }

  /** `topics:`, tag → language → name. */
  topics(deckFields: Fields): TopicNames | undefined {
    if (!deckFields.has('topics')) return undefined;
    const value = deckFields.get('topics');
    if (!isRecord(value)) {
      this.read.report(['topics'], 'not-a-mapping', { what: 'what.topics' });
      return undefined;
    }
    const topics: Record<string, Record<string, string>> = {};
    for (const [tag, names] of Object.entries(value)) {
      const path = ['topics', tag];
      if (!isRecord(names) || Object.keys(names).length === 0) {
        this.read.report(path, 'not-a-mapping', { what: 'what.topic' });
        continue;
      }
      topics[tag] = {};
      for (const [lang, name] of Object.entries(names)) {
        if (!LANG_PATTERN.test(lang)) this.read.report([...path, lang], 'bad-lang', { value: lang }, 'key');
        const text = this.read.scalarText(name, [...path, lang], lang);
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
      this.read.report(path, 'unnamed-tag', { tag }, 'value', 'warning');
    }
  }
}

export { examTagProblems } from './examReader.ts';
