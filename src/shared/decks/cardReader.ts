// The cards of a deck file: each card's fields as its type asks, mcq choices, yaml-fix manifests
// (syntax errors placed in the deck file) and, given a manifest checker, whether each challenge
// can be solved and is not solved already.
import { loadAll as loadAllFast } from 'js-yaml';
import { LineCounter, parseAllDocuments } from 'yaml';
import { parsePath } from '../yaml/path.ts';
import { findClozeGaps } from './cloze.ts';
import { isRecord, type FieldReader, type Fields } from './fieldReader.ts';
import { FAST_OPTIONS, type Path } from './locator.ts';
import type { ParseOptions } from './parse.ts';
import { ANKI_FIELDS, CARD_COMMON_FIELDS, CARD_TYPE_FIELDS, CHOICE_FIELDS, EXPECTATION_FIELDS } from './spec.ts';
import { CARD_ORIGINS, CARD_TYPES, type AnkiIdentity, type Card, type CardType, type McqChoice, type YamlFixExpectation } from './types.ts';

export class CardReader {
  /** How many cards were checked, counted even when the deck has an error. */
  cardsChecked = 0;

  constructor(
    private readonly read: FieldReader,
    private readonly checkManifest: ParseOptions['checkManifest'],
  ) {}

  cards(deckFields: Fields): Card[] | undefined {
    const items = this.read.items(deckFields, [], 'cards');
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
        this.read.report([...path, 'id'], 'duplicate-card-id', { id: card.id, firstLine: this.read.locator.at(['cards', first, 'id']).line });
        return;
      }
      indexOfId.set(card.id, index);
      cards.push(card);
    });
    return cards.length === items.length ? cards : undefined;
  }

  card(value: unknown, path: Path): Card | undefined {
    if (!isRecord(value)) {
      this.read.report(path, 'not-a-mapping', { what: 'what.card' });
      return undefined;
    }
    let type: CardType | undefined;
    if (Object.hasOwn(value, 'type')) {
      type = this.read.enumValue(new Map([['type', value.type]]), path, 'type', CARD_TYPES);
      // With an unknown type only the id can be checked: the other fields depend on the type.
      if (!type) {
        if (!Object.hasOwn(value, 'id')) this.read.report(path, 'missing-field', { field: 'id' });
        return undefined;
      }
    }
    const fields = this.read.fields(value, path, type ? { ...CARD_COMMON_FIELDS, ...CARD_TYPE_FIELDS[type] } : CARD_COMMON_FIELDS, 'what.card');
    if (!fields || !type) return undefined;
    const errorsBefore = this.read.errorCount;
    const base = {
      id: this.read.id(fields, path, 'id') ?? '',
      tags: this.read.textList(fields, path, 'tags') ?? [],
      source: this.read.text(fields, path, 'source'),
      origin: this.read.enumValue(fields, path, 'origin', CARD_ORIGINS) ?? 'hand',
      ...this.ankiIdentity(fields, path),
    };
    const card = this.cardOfType(type, base, fields, path);
    return card && this.read.errorCount === errorsBefore ? card : undefined;
  }

  cardOfType(type: CardType, base: Omit<Card, 'type'>, fields: Fields, path: Path): Card | undefined {
    switch (type) {
      case 'basic': {
        const front = this.read.text(fields, path, 'front');
        const back = this.read.text(fields, path, 'back');
        const reverse = this.read.bool(fields, path, 'reverse') ?? false;
        return front && back ? { ...base, type, front, back, reverse } : undefined;
      }
      case 'cloze': {
        const text = this.read.text(fields, path, 'text');
        if (!text) return undefined;
        const gaps = findClozeGaps(text);
        if (gaps.length === 0) this.read.report([...path, 'text'], 'cloze-no-gap');
        if (gaps.some((gap) => gap.answer === '')) this.read.report([...path, 'text'], 'cloze-empty-gap');
        return { ...base, type, text };
      }
      case 'mcq': {
        const question = this.read.text(fields, path, 'question');
        const choices = this.choices(fields, path);
        const explanation = this.read.text(fields, path, 'explanation');
        return question && choices ? { ...base, type, question, choices, explanation } : undefined;
      }
      case 'input': {
        const question = this.read.text(fields, path, 'question');
        const answers = this.read.textList(fields, path, 'answers');
        const explanation = this.read.text(fields, path, 'explanation');
        return question && answers ? { ...base, type, question, answers, explanation } : undefined;
      }
      case 'yaml-fix': {
        const task = this.read.text(fields, path, 'task');
        const broken = this.manifest(fields, path, 'broken');
        const solution = this.manifest(fields, path, 'solution');
        const expect = this.expectations(fields, path) ?? [];
        const hints = this.read.textList(fields, path, 'hints') ?? [];
        if (broken && solution && this.read.errorCount === 0) this.checkChallenge(path, broken, solution, expect);
        return task && broken && solution ? { ...base, type, task, broken, solution, expect, hints } : undefined;
      }
    }
  }

  /** A challenge must be solvable and not already solved (only when a manifest checker is given). */
  private checkChallenge(path: Path, broken: string, solution: string, expect: YamlFixExpectation[]) {
    const check = this.checkManifest;
    if (!check) return;
    const solutionErrors = check(solution, expect).filter((finding) => finding.severity === 'error');
    for (const finding of solutionErrors.slice(0, 3)) {
      const at = this.read.locator.inScalar([...path, 'solution'], { line: finding.line, col: finding.col });
      this.read.reportAt(at, 'yaml-fix-solution-fails', { rule: finding.rule }, 'error', finding);
    }
    if (!check(broken, expect).some((finding) => finding.severity === 'error')) this.read.report([...path, 'broken'], 'yaml-fix-broken-passes');
  }

  choices(fields: Fields, path: Path): McqChoice[] | undefined {
    const items = this.read.items(fields, path, 'choices');
    if (!items) return undefined;
    const choices: McqChoice[] = [];
    items.forEach((item, i) => {
      const choicePath = [...path, 'choices', i];
      const choiceFields = this.read.fields(item, choicePath, CHOICE_FIELDS, 'what.choice');
      if (!choiceFields) return;
      const text = this.read.text(choiceFields, choicePath, 'text');
      const correct = this.read.bool(choiceFields, choicePath, 'correct');
      const why = this.read.text(choiceFields, choicePath, 'why');
      if (text !== undefined && correct !== undefined) choices.push({ text, correct, why });
    });
    if (items.length < 2) this.read.report([...path, 'choices'], 'mcq-few-choices');
    else if (choices.length === items.length && !choices.some((c) => c.correct)) this.read.report([...path, 'choices'], 'mcq-no-correct');
    return choices.length === items.length ? choices : undefined;
  }

  /** A manifest text, checked for YAML syntax with positions mapped into the deck file. */
  manifest(fields: Fields, path: Path, name: string): string | undefined {
    const value = this.read.text(fields, path, name);
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
        const at = this.read.locator.inScalar([...path, name], innerCounter.linePos(error.pos[0]));
        this.read.reportAt(at, 'manifest-syntax', { field: name, detail: error.message.split('\n')[0] }, 'error');
      }
    }
    return value;
  }

  expectations(fields: Fields, path: Path): YamlFixExpectation[] | undefined {
    const items = this.read.items(fields, path, 'expect');
    if (!items) return undefined;
    const expectations: YamlFixExpectation[] = [];
    items.forEach((item, i) => {
      const itemPath = [...path, 'expect', i];
      const itemFields = this.read.fields(item, itemPath, EXPECTATION_FIELDS, 'what.expectation');
      if (!itemFields) return;
      const expectedPath = this.read.text(itemFields, itemPath, 'path');
      const kind = this.read.text(itemFields, itemPath, 'kind');
      if (expectedPath !== undefined && !parsePath(expectedPath)) this.read.report([...itemPath, 'path'], 'expect-path', { path: expectedPath });
      if (itemFields.has('equals') === itemFields.has('exists')) {
        this.read.report(itemPath, 'expect-shape');
        return;
      }
      if (expectedPath === undefined) return;
      const where = { ...(kind ? { kind } : {}), path: expectedPath };
      if (itemFields.has('equals')) {
        expectations.push({ ...where, equals: itemFields.get('equals') });
      } else {
        const exists = this.read.bool(itemFields, itemPath, 'exists');
        if (exists !== undefined) expectations.push({ ...where, exists });
      }
    });
    return expectations;
  }

  /** A card's `anki:` mapping, as `{ anki }` to spread into the card (nothing when absent). */
  ankiIdentity(fields: Fields, cardPath: Path): { anki?: AnkiIdentity } {
    if (!fields.has('anki')) return {};
    const path = [...cardPath, 'anki'];
    const ankiFields = this.read.fields(fields.get('anki'), path, ANKI_FIELDS, 'what.anki');
    if (!ankiFields) return {};
    const guid = this.read.text(ankiFields, path, 'guid');
    const notetype = this.read.text(ankiFields, path, 'notetype');
    const template = this.read.ordinal(ankiFields, path, 'template');
    if (guid === undefined) return {};
    return { anki: { guid, ...(notetype !== undefined ? { notetype } : {}), ...(template !== undefined ? { template } : {}) } };
  }
}
