import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/shared/decks/format';
import { MAX_DECK_BYTES, parseDeck } from '../../../src/shared/decks/parse';
import type { DeckProblem } from '../../../src/shared/decks/types';
import { deckWith, lineOf, VALID_DECK } from '../../fixtures/decks';

const only = (problems: DeckProblem[]) => {
  expect(problems).toHaveLength(1);
  return problems[0];
};

describe('parseDeck', () => {
  it('reads a valid deck into typed cards of every type', () => {
    const { deck, problems } = parseDeck(VALID_DECK, 'demo.yaml');
    expect(problems).toEqual([]);
    expect(deck?.id).toBe('demo');
    expect(deck?.cards.map((c) => c.type)).toEqual(['basic', 'cloze', 'mcq', 'input', 'yaml-fix']);
    const [basic, , mcq, input, fix] = deck!.cards;
    expect(basic).toMatchObject({ front: 'What deletes an emptyDir?', reverse: true, origin: 'hand' });
    expect(mcq).toMatchObject({ choices: [{ text: 'hostPath', correct: true }, { text: 'podPath', correct: false, why: 'No such type.' }] });
    expect(input).toMatchObject({ answers: ['30000-32767'] });
    expect(fix).toMatchObject({
      broken: 'apiVersion: v1\nkind: Pod\n',
      expect: [
        { path: 'metadata.name', equals: 'fixed' },
        { path: 'metadata.annotations["cert-manager.io/issuer"]', exists: false },
      ],
      hints: ['Look at metadata.'],
    });
  });

  it('points a YAML syntax error at its line and column', () => {
    const text = deckWith('title: Demo deck', 'title: [Demo deck');
    const problem = parseDeck(text, 'demo.yaml').problems[0];
    expect(problem).toMatchObject({ file: 'demo.yaml', severity: 'error', code: 'yaml-syntax' });
    expect(problem.line).toBeGreaterThanOrEqual(lineOf(text, 'title:'));
  });

  it('reports a duplicate key on the second occurrence', () => {
    const text = deckWith('    back: Deleting its pod.', '    back: Deleting its pod.\n    back: Again.');
    const problem = only(parseDeck(text, 'demo.yaml').problems);
    expect(problem).toMatchObject({ code: 'duplicate-key', line: lineOf(text, 'back: Again'), col: 5 });
    expect(formatProblem(problem, 'en')).toBe('Duplicate key: "back"');
  });

  it('suggests the field meant by a near miss, at the key', () => {
    const text = deckWith('    front: What', '    fornt: What');
    const problems = parseDeck(text, 'demo.yaml').problems;
    const unknown = problems.find((p) => p.code === 'unknown-field-suggest')!;
    expect(unknown).toMatchObject({ line: lineOf(text, 'fornt'), col: 5, params: { field: 'fornt', suggestion: 'front' } });
    expect(formatProblem(unknown, 'fr')).toContain('Vouliez-vous dire « front »');
    // The real field is then missing, reported on the card.
    expect(problems.find((p) => p.code === 'missing-field')).toMatchObject({ params: { field: 'front' }, line: lineOf(text, 'id: q1') });
  });

  it('reports an unknown field without a suggestion when nothing is close', () => {
    const problem = only(parseDeck(deckWith('tags: [demo]', 'tags: [demo]\nwibble: 1'), 'd.yaml').problems);
    expect(problem).toMatchObject({ code: 'unknown-field', params: { field: 'wibble' } });
  });

  it('reports missing top-level fields on the root mapping', () => {
    const problem = only(parseDeck(deckWith('source: Test chapter\n', ''), 'd.yaml').problems);
    expect(problem).toMatchObject({ code: 'missing-field', params: { field: 'source' }, line: 1 });
  });

  it('reports duplicate card ids at the second id, naming the first line', () => {
    const text = deckWith('  - id: q2', '  - id: q1');
    const problem = only(parseDeck(text, 'd.yaml').problems);
    expect(problem).toMatchObject({ code: 'duplicate-card-id', line: lineOf(text, 'id: q1\n    type: cloze'), params: { id: 'q1', firstLine: lineOf(text, '  - id: q1') } });
  });

  it('rejects a multiple-choice card with no correct choice', () => {
    const text = deckWith('        correct: true', '        correct: false');
    const problem = only(parseDeck(text, 'd.yaml').problems);
    expect(problem).toMatchObject({ code: 'mcq-no-correct', line: lineOf(text, '      - text: hostPath') });
  });

  it('rejects a cloze without gaps and one with an empty gap', () => {
    expect(only(parseDeck(deckWith('{{Calico}}', 'Calico').replace('{{Flannel::a CNI}}', 'Flannel'), 'd.yaml').problems).code).toBe('cloze-no-gap');
    expect(only(parseDeck(deckWith('{{Calico}}', '{{ }}'), 'd.yaml').problems).code).toBe('cloze-empty-gap');
  });

  it('rejects an unknown card type with a suggestion, without flagging its other fields', () => {
    const text = deckWith('    type: mcq', '    type: mqc');
    const problem = only(parseDeck(text, 'd.yaml').problems);
    expect(problem).toMatchObject({ code: 'bad-enum-suggest', line: lineOf(text, 'mqc'), col: 11, params: { suggestion: 'mcq' } });
  });

  it('checks types of values', () => {
    const text = deckWith('    reverse: true', '    reverse: yes please');
    expect(only(parseDeck(text, 'd.yaml').problems)).toMatchObject({ code: 'wrong-type', params: { field: 'reverse', expected: 'typeName.bool' } });
    const answers = deckWith('answers: ["30000-32767"]', 'answers: 30000');
    expect(formatProblem(only(parseDeck(answers, 'd.yaml').problems), 'en')).toBe('"answers" must be a list of texts');
  });

  it('reads a card\'s Anki note (anki: guid, notetype, template) and checks its fields', () => {
    const text = deckWith('    reverse: true', '    reverse: true\n    anki: { guid: "Xy&#12", notetype: Basique, template: 0 }');
    const result = parseDeck(text, 'd.yaml');
    expect(result.problems).toEqual([]);
    expect(result.deck!.cards[0].anki).toEqual({ guid: 'Xy&#12', notetype: 'Basique', template: 0 });
    const negative = deckWith('    reverse: true', '    reverse: true\n    anki: { guid: g, template: -1 }');
    expect(formatProblem(only(parseDeck(negative, 'd.yaml').problems), 'en')).toBe('"template" must be a whole number of at least 0');
    const noGuid = deckWith('    reverse: true', '    reverse: true\n    anki: { notetype: Basic, ord: 1 }');
    expect(parseDeck(noGuid, 'd.yaml').problems.map((p) => p.code).sort()).toEqual(['missing-field', 'unknown-field']);
  });

  it('rejects ids that are not kebab-case and an unsupported format', () => {
    expect(only(parseDeck(deckWith('id: demo', 'id: Demo Deck'), 'd.yaml').problems).code).toBe('bad-id');
    expect(only(parseDeck(deckWith('format: kubedeck/1', 'format: kubedeck/2'), 'd.yaml').problems).code).toBe('bad-format');
  });

  it('maps a YAML error inside a yaml-fix manifest to its line in the deck file', () => {
    const text = deckWith('      kind: Pod\n    solution', '      kind: Pod\n      metadata: [unclosed\n    solution');
    const problem = only(parseDeck(text, 'd.yaml').problems);
    expect(problem.code).toBe('manifest-syntax');
    expect(problem.params.field).toBe('broken');
    expect(problem.line).toBeGreaterThanOrEqual(lineOf(text, 'metadata: [unclosed'));
    expect(problem.line).toBeLessThanOrEqual(lineOf(text, 'metadata: [unclosed') + 1);
  });

  it('requires exactly one of equals or exists in an expectation, and a valid path', () => {
    expect(only(parseDeck(deckWith('        equals: fixed', '        equals: fixed\n        exists: true'), 'd.yaml').problems).code).toBe('expect-shape');
    expect(only(parseDeck(deckWith('path: metadata.name', 'path: metadata..name'), 'd.yaml').problems).code).toBe('expect-path');
  });

  it('refuses YAML aliases, which could expand without bound', () => {
    const text = deckWith('    back: Deleting its pod.', '    back: &a Deleting its pod.').replace('text: hostPath', 'text: *a');
    const problem = only(parseDeck(text, 'd.yaml').problems);
    expect(problem).toMatchObject({ code: 'alias-unsupported', line: lineOf(text, '*a') });
  });

  it('refuses a file larger than the limit without parsing it', () => {
    const problem = only(parseDeck('#'.repeat(MAX_DECK_BYTES + 1), 'huge.yaml').problems);
    expect(problem).toMatchObject({ code: 'file-too-large', line: 1, col: 1 });
  });

  it('reports a deck that is not a mapping', () => {
    expect(only(parseDeck('- just\n- a list\n', 'd.yaml').problems)).toMatchObject({ code: 'not-a-mapping' });
    expect(formatProblem(only(parseDeck('- a\n', 'd.yaml').problems), 'en')).toBe('The deck must be a mapping (key: value)');
  });

  it('keeps id and title of a broken deck so the library can name it', () => {
    const result = parseDeck(deckWith('    type: mcq', '    type: nope'), 'd.yaml');
    expect(result.deck).toBeUndefined();
    expect(result).toMatchObject({ id: 'demo', title: 'Demo deck' });
  });
});
