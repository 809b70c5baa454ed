// The generator must stay linear on what a course file can hold: quiz lines and correction lines
// with long runs of spaces (the quiz patterns put `\s*` side by side) and unclosed HTML comments,
// 10× input against 1×.
import { generateDeck } from '../src/shared/generator';
import { line, median, ms, timeRuns } from './stats';

const SMALL_KB = 30;
/** 10× input should take about 10× time; quadratic would be about 100×. */
const MAX_RATIO = 20;

/** A quiz whose question, choice and correction lines hold a long run of spaces that matches nothing. */
function spacedQuiz(kb: number): { quiz: string; correction: string } {
  const spaces = ' '.repeat((kb * 1024) / 5);
  return {
    quiz: `**Question 1** a${spaces}x\n\n1. b${spaces}y\n1. c\n\n2. d${spaces}z\n   a) e\n   b) f\n${'<!--'.repeat((kb * 1024) / 20)}\n`,
    correction: `1${spaces}z\nRéponse${spaces}:z\n`,
  };
}

export async function benchGenerator(): Promise<string[]> {
  const small = spacedQuiz(SMALL_KB);
  const large = spacedQuiz(SMALL_KB * 10);
  const draft = ({ quiz, correction }: { quiz: string; correction: string }) => generateDeck(quiz, { fileName: 'quiz.md', answers: correction });
  const smallTimes = await timeRuns(() => draft(small), 5);
  const largeTimes = await timeRuns(() => draft(large), 5);
  const ratio = median(largeTimes) / median(smallTimes);
  return [
    line(
      `draft a quiz with runs of spaces, ${SMALL_KB} KB → ${SMALL_KB * 10} KB`,
      `median ${ms(median(smallTimes))} → ${ms(median(largeTimes))}, ×${ratio.toFixed(1)}`,
      `target ×${MAX_RATIO} at most for 10× input (linear ≈ ×10, quadratic ≈ ×100)`,
      ratio < MAX_RATIO,
    ),
  ];
}
