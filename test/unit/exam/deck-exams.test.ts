// Exam definitions in decks (`exams:`): read with positions like the rest of the format, in the
// JSON Schema, and the shipped ones draw from tags that exist.
import Ajv from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatProblem } from '../../../src/shared/decks/format';
import { loadLibrary } from '../../../src/shared/decks/library';
import { examTagProblems, parseDeck } from '../../../src/shared/decks/parse';
import { deckJsonSchema } from '../../../src/shared/decks/schema';
import { drawExam, examCatalog, questionCount, quotaAvailability } from '../../../src/shared/exam/definitions';
import { studyItems } from '../../../src/shared/review/items';
import { deckWith, lineOf } from '../../fixtures/decks';

const EXAMS = `exams:
  - id: partiel
    title: Partiel
    durationMinutes: 20
    passMark: 60
    questions:
      - tag: demo
        count: 3
    types: [mcq, input]
`;
const withExams = (exams = EXAMS) => deckWith('cards:\n', `${exams}cards:\n`);
const problemsOf = (text: string) => parseDeck(text, 'demo.yaml').problems;

describe('exams in a deck', () => {
  it('reads an exam definition into the deck', () => {
    const { deck, problems } = parseDeck(withExams(), 'demo.yaml');
    expect(problems).toEqual([]);
    expect(deck?.exams).toEqual([{ id: 'partiel', title: 'Partiel', durationMinutes: 20, passMark: 60, questions: [{ tag: 'demo', count: 3 }], types: ['mcq', 'input'] }]);
    expect(parseDeck(deckWith('id: demo', 'id: demo'), 'demo.yaml').deck).not.toHaveProperty('exams');
  });

  it('points at each mistake: missing fields, wrong numbers, bad types, duplicate ids and tags', () => {
    const text = withExams(`exams:
  - id: partiel
    title: Partiel
    durationMinutes: 0
    passMark: 120
    questions:
      - tag: demo
        count: 2
      - tag: demo
        count: 1
      - tag: other
        count: 2.5
    types: [mcq, basic]
  - id: partiel
    durationMinutes: 10
    passMark: 50
    questions: []
`);
    const problems = problemsOf(text);
    const at = (code: string) => problems.filter((p) => p.code === code).map((p) => [p.line, formatProblem(p, 'en')]);
    expect(at('wrong-type')).toEqual([
      [lineOf(text, 'durationMinutes: 0'), '"durationMinutes" must be a whole number of at least 1'],
      [lineOf(text, 'passMark: 120'), '"passMark" must be a percentage between 0 and 100'],
      [lineOf(text, 'count: 2.5'), '"count" must be a whole number of at least 1'],
    ]);
    expect(at('exam-duplicate-tag')).toEqual([[lineOf(text, '      - tag: demo\n        count: 1'), `The topic "demo" already has a number of questions in this exam (line ${lineOf(text, 'tag: demo')})`]]);
    expect(problems.find((p) => p.code === 'bad-enum')).toMatchObject({ params: { value: 'basic', field: 'types' } });
    expect(problems.find((p) => p.code === 'missing-field')).toMatchObject({ params: { field: 'title' } });
    expect(problems.find((p) => p.code === 'empty-list')).toMatchObject({ params: { field: 'questions' } });
    expect(at('duplicate-exam-id')).toEqual([[text.split('\n').lastIndexOf('  - id: partiel') + 1, `Duplicate exam id: "partiel" (already used on line ${lineOf(text, '  - id: partiel')})`]]);
    expect(parseDeck(text, 'demo.yaml').deck).toBeUndefined();
  });

  it('warns, on the tag, about a quota no loaded deck can fill, with a suggestion for a typo', () => {
    const text = withExams(EXAMS.replace('tag: demo', 'tag: dmeo'));
    const deck = parseDeck(text, 'demo.yaml').deck!;
    const [problem] = examTagProblems(text, 'demo.yaml', deck, new Set(['demo', 'ingress']));
    expect(problem).toMatchObject({ severity: 'warning', code: 'exam-unknown-tag-suggest', line: lineOf(text, 'tag: dmeo'), col: 14 });
    expect(formatProblem(problem, 'fr')).toBe('Aucune carte ne porte le thème « dmeo » (examen « partiel »). Vouliez-vous dire « demo » ?');
    expect(examTagProblems(text, 'demo.yaml', deck, new Set(['dmeo']))).toEqual([]);
  });

  it('is described by the JSON Schema for editors', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(deckJsonSchema());
    expect(validate(parse(withExams()))).toBe(true);
    expect(validate(parse(withExams(EXAMS.replace('passMark: 60', 'passMark: 160'))))).toBe(false);
    expect(validate(parse(withExams(EXAMS.replace('[mcq, input]', '[mcq, basic]'))))).toBe(false);
    expect(validate(parse(withExams(EXAMS.replace('count: 3', 'cuont: 3'))))).toBe(false);
  });
});

describe('the shipped exam', () => {
  const dir = join(import.meta.dirname, '../../../decks');
  const files = readdirSync(dir).filter((file) => file.endsWith('.yaml'));
  const texts = new Map(files.map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
  const { decks } = loadLibrary(files.map((file) => ({ file, origin: 'bundled' as const, text: texts.get(file)! })));
  const items = [...decks.values()].flatMap(studyItems);
  const catalog = examCatalog([...decks.values()]);

  it('draws from tags that exist across the decks, each with enough cards', () => {
    const knownTags = new Set(items.flatMap((item) => item.tags));
    const problems = files.flatMap((file) => {
      const deck = [...decks.values()].find((d) => texts.get(file)!.includes(`\nid: ${d.id}\n`))!;
      return examTagProblems(texts.get(file)!, file, deck, knownTags);
    });
    expect(problems).toEqual([]);
    expect(catalog.map((exam) => exam.definition.title)).toContain('Examen blanc : réseau');
    for (const exam of catalog) {
      for (const quota of quotaAvailability(exam.definition, items)) expect(quota.available, quota.tag).toBeGreaterThanOrEqual(quota.wanted);
      expect(drawExam(exam.definition, items, 1).questions).toHaveLength(questionCount(exam.definition));
    }
  });
});
