import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/shared/decks/parse';
import type { McqChoice } from '../../../src/shared/decks/types';
import { loadManifestGrader } from '../../../src/shared/exam/grader';
import { questionPool, type QuestionItem } from '../../../src/shared/exam/questions';
import { isAnswered, mcqPoints, scoreAttempt, scoreQuestion, type GivenAnswer } from '../../../src/shared/exam/scoring';
import { studyItems } from '../../../src/shared/review/items';
import { VALID_DECK } from '../../fixtures/decks';

// Two right choices (0, 2) and two wrong ones (1, 3).
const choices: McqChoice[] = [
  { text: 'hostPath', correct: true },
  { text: 'podPath', correct: false },
  { text: 'emptyDir', correct: true },
  { text: 'diskPath', correct: false },
];

describe('multi-answer mcq', () => {
  it('all or nothing: the point only for exactly the right choices', () => {
    expect(mcqPoints([0, 2], choices, 'all-or-nothing')).toBe(1);
    expect(mcqPoints([0], choices, 'all-or-nothing')).toBe(0);
    expect(mcqPoints([0, 1, 2], choices, 'all-or-nothing')).toBe(0);
  });

  it('partial credit: each right choice ticked earns 1/C, each wrong one costs 1/C, never below zero', () => {
    expect(mcqPoints([0, 2], choices, 'partial')).toBe(1);
    expect(mcqPoints([0], choices, 'partial')).toBe(0.5);
    expect(mcqPoints([0, 1, 2], choices, 'partial')).toBe(0.5);
    expect(mcqPoints([0, 1], choices, 'partial')).toBe(0);
    expect(mcqPoints([1, 3], choices, 'partial')).toBe(0);
    // Ticking everything earns nothing.
    expect(mcqPoints([0, 1, 2, 3], choices, 'partial')).toBe(0);
  });

  it('single-answer mcq stay all or nothing under partial credit', () => {
    const single: McqChoice[] = [{ text: 'a', correct: true }, { text: 'b', correct: false }];
    expect(mcqPoints([0], single, 'partial')).toBe(1);
    expect(mcqPoints([0, 1], single, 'partial')).toBe(0);
  });
});

describe('scoring questions', () => {
  const [gap1, gap2, mcq, input, yamlFix] = questionPool(studyItems(parseDeck(VALID_DECK, 'demo.yaml').deck!));
  const text = (value: string): GivenAnswer => ({ kind: 'text', text: value });
  const options = { mcqScoring: 'all-or-nothing' as const };

  it('accepts typed answers ignoring case, accents and spaces, as reviews do', () => {
    expect(scoreQuestion(input, text('  30000-32767 '), options)).toEqual({ points: 1, outcome: 'correct' });
    expect(scoreQuestion(input, text('30000'), options)).toEqual({ points: 0, outcome: 'incorrect' });
    expect(scoreQuestion(gap1, text('calico'), options).outcome).toBe('correct');
    expect(scoreQuestion(gap2, text('calico'), options).outcome).toBe('incorrect');
    expect(scoreQuestion(gap2, text('FLANNEL'), options).outcome).toBe('correct');
  });

  it('counts an empty answer, nothing ticked or an untouched manifest as unanswered', () => {
    expect(scoreQuestion(input, text('   '), options)).toEqual({ points: 0, outcome: 'unanswered' });
    expect(scoreQuestion(mcq, { kind: 'choices', selected: [] }, options).outcome).toBe('unanswered');
    expect(scoreQuestion(mcq, null, options).outcome).toBe('unanswered');
    expect(isAnswered(yamlFix, text((yamlFix.card as { broken: string }).broken))).toBe(false);
  });

  it('grades a fixed manifest with the manifest checker, expectations included', async () => {
    const gradeManifest = await loadManifestGrader();
    const withGrader = { ...options, gradeManifest };
    const fixed = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: fixed\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n';
    expect(scoreQuestion(yamlFix, text(fixed), withGrader).outcome).toBe('correct');
    // Valid, but not what the card expects (metadata.name must be "fixed").
    expect(scoreQuestion(yamlFix, text(fixed.replace('name: fixed', 'name: other')), withGrader).outcome).toBe('incorrect');
    expect(scoreQuestion(yamlFix, text('apiVersion: v1\nkind: Pod\nmetadata: [\n'), withGrader).outcome).toBe('incorrect');
    expect(() => scoreQuestion(yamlFix, text(fixed), options)).toThrow(/manifest checker/);
  });
});

describe('scoring an attempt', () => {
  const item = (key: string, tags: string[], correct: number[]): QuestionItem => ({
    key,
    deckId: 'd',
    side: { kind: 'front' },
    tags,
    card: { id: key, type: 'mcq', tags: [], origin: 'hand', question: key, choices: choices.map((choice, i) => ({ ...choice, correct: correct.includes(i) })) },
  });
  const items = [item('a', ['ingress', 'reseau'], [0]), item('b', ['metallb', 'reseau'], [0, 2]), item('c', ['ingress', 'reseau'], [1]), item('d', ['metallb'], [3])];
  const answers: (GivenAnswer | null)[] = [
    { kind: 'choices', selected: [0] }, // right
    { kind: 'choices', selected: [0] }, // half of a two-answer question
    { kind: 'choices', selected: [0] }, // wrong
    null,
  ];

  it('adds the points, compares with the pass mark, and scores each topic from its questions', () => {
    const strict = scoreAttempt(items, answers, { mcqScoring: 'all-or-nothing', passMark: 50 });
    expect(strict).toMatchObject({ points: 1, max: 4, percent: 25, passed: false });
    expect(strict.questions.map((q) => q.outcome)).toEqual(['correct', 'incorrect', 'incorrect', 'unanswered']);

    const partial = scoreAttempt(items, answers, { mcqScoring: 'partial', passMark: 37.5 });
    expect(partial).toMatchObject({ points: 1.5, percent: 37.5, passed: true });
    expect(partial.questions[1]).toEqual({ points: 0.5, outcome: 'partial' });
    expect(partial.topics).toEqual([
      { tag: 'reseau', questions: 3, points: 1.5, max: 3 },
      { tag: 'ingress', questions: 2, points: 1, max: 2 },
      { tag: 'metallb', questions: 2, points: 0.5, max: 2 },
    ]);
  });

  it('with the topics the attempt was drawn on, has one row per asked topic, unanswered ones too', () => {
    const score = scoreAttempt(items, answers, { mcqScoring: 'partial', topics: ['ingress', 'metallb', 'tls'] });
    // Only the asked topics (not the broad deck tag "reseau"); "tls" drew no question, so no row;
    // "metallb" keeps its row although its second question was left unanswered.
    expect(score.topics).toEqual([
      { tag: 'ingress', questions: 2, points: 1, max: 2 },
      { tag: 'metallb', questions: 2, points: 0.5, max: 2 },
    ]);
    const unanswered = scoreAttempt(items, [null, null, null, null], { mcqScoring: 'partial', topics: ['metallb'] });
    expect(unanswered.topics).toEqual([{ tag: 'metallb', questions: 2, points: 0, max: 2 }]);
  });

  it('has no verdict without a pass mark', () => {
    expect(scoreAttempt(items, answers, { mcqScoring: 'partial' }).passed).toBeUndefined();
  });
});
