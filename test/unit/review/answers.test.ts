// Ticking mcq choices, as the study screen and quizzes do.
import { describe, expect, it } from 'vitest';
import { hasSeveralAnswers, toggleChoice } from '../../../src/shared/review/answers';

describe('mcq choices', () => {
  it.each([
    ['a single-answer mcq replaces the choice ticked', [1], 2, false, [2]],
    ['a single-answer mcq keeps a choice picked again', [1], 1, false, [1]],
    ['a multiple-answer mcq adds a choice, in order', [2], 0, true, [0, 2]],
    ['a multiple-answer mcq unticks a choice picked again', [0, 2], 2, true, [0]],
  ])('%s', (_, selected, choice, multiple, expected) => {
    expect(toggleChoice(selected, choice, multiple)).toEqual(expected);
  });

  it('counts an mcq as multiple-answer when more than one choice is right', () => {
    const choice = (correct: boolean) => ({ text: 'x', correct });
    expect(hasSeveralAnswers({ choices: [choice(true), choice(false)] })).toBe(false);
    expect(hasSeveralAnswers({ choices: [choice(true), choice(true), choice(false)] })).toBe(true);
  });
});
