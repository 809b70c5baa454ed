import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../src/shared/decks/library';
import { deckWith, lineOf, VALID_DECK } from '../../fixtures/decks';

describe('loadLibrary', () => {
  it('lists every file sorted by title, and a broken file does not stop the others', () => {
    const broken = deckWith('    type: mcq', '    type: nope').replace('id: demo', 'id: broken').replace('title: Demo deck', 'title: A broken deck');
    const other = VALID_DECK.replace('id: demo', 'id: other').replace('title: Demo deck', 'title: Zeta deck');
    const { library, decks } = loadLibrary([
      { file: 'z.yaml', origin: 'bundled', text: other },
      { file: 'b.yaml', origin: 'user', text: broken },
      { file: 'demo.yaml', origin: 'bundled', text: VALID_DECK },
    ]);
    expect(library.decks.map((e) => e.file)).toEqual(['demo.yaml', 'z.yaml', 'b.yaml']);
    expect([...decks.keys()].sort()).toEqual(['demo', 'other']);
    const brokenEntry = library.decks.find((e) => e.file === 'b.yaml')!;
    expect(brokenEntry.summary).toBeUndefined();
    expect(brokenEntry.problems[0]).toMatchObject({ file: 'b.yaml', code: 'bad-enum' });
    expect(library.decks[0].summary).toEqual({
      id: 'demo', title: 'Demo deck', description: 'A small deck for tests.', lang: 'en', tags: ['demo'], cardCount: 5,
    });
  });

  it('reports a deck id used by two files on the second file’s id', () => {
    const { library, decks } = loadLibrary([
      { file: 'a.yaml', origin: 'bundled', text: VALID_DECK },
      { file: 'b.yaml', origin: 'user', text: VALID_DECK },
    ]);
    expect(decks.size).toBe(1);
    const second = library.decks.find((e) => e.file === 'b.yaml')!;
    expect(second.summary).toBeUndefined();
    expect(second.problems).toEqual([
      expect.objectContaining({ code: 'duplicate-deck-id', line: lineOf(VALID_DECK, 'id: demo'), col: 5, params: { id: 'demo', otherFile: 'a.yaml' } }),
    ]);
  });

  it('keeps a source that could not be read as an entry with its problem', () => {
    const problem = { file: 'big.yaml', line: 1, col: 1, severity: 'error' as const, code: 'file-too-large' as const, params: { size: 20, max: 16 } };
    const { library } = loadLibrary([{ file: 'big.yaml', origin: 'user', problem }]);
    expect(library.decks).toEqual([{ file: 'big.yaml', origin: 'user', summary: undefined, problems: [problem] }]);
  });
});

describe('exam definitions across decks', () => {
  it('warn about a quota on a tag that no loaded deck has, at the tag', () => {
    const withExam = VALID_DECK.replace(
      'cards:\n',
      'exams:\n  - id: blanc\n    title: Examen blanc\n    durationMinutes: 20\n    passMark: 70\n    questions:\n      - tag: demo\n        count: 2\n      - tag: dmeo\n        count: 1\ncards:\n',
    );
    const { library } = loadLibrary([{ file: 'exam.yaml', origin: 'bundled', text: withExam }]);
    expect(library.decks[0].summary).toBeDefined();
    expect(library.decks[0].problems).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'exam-unknown-tag-suggest', line: lineOf(withExam, '- tag: dmeo') , params: expect.objectContaining({ tag: 'dmeo', suggestion: 'demo' }) }),
    ]);
  });
});
