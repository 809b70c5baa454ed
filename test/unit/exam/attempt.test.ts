import { describe, expect, it } from 'vitest';
import { flaggedIndexes, newAttempt, submitAttempt, type AttemptSetup } from '../../../src/shared/exam/attempt';
import type { QuestionItem } from '../../../src/shared/exam/questions';

const question = (key: string, tags: string[]): QuestionItem => ({
  key,
  deckId: 'd',
  side: { kind: 'front' },
  tags,
  card: { id: key, type: 'input', tags: [], origin: 'hand', question: key, answers: ['yes'] },
});
const questions = [question('a', ['reseau', 'ingress']), question('b', ['reseau', 'tls']), question('c', ['reseau', 'ingress'])];
const setup: AttemptSetup = { mode: 'exam', title: 'Blanc', mcqScoring: 'all-or-nothing', countInReviews: false, topics: ['ingress', 'tls'] };

describe('attempt records', () => {
  it('lists the flagged questions in order, by index', () => {
    const record = newAttempt(setup, questions, 1, 0);
    expect(flaggedIndexes(record)).toEqual([]);
    record.flagged[2] = true;
    record.flagged[0] = true;
    expect(flaggedIndexes(record)).toEqual([0, 2]);
  });

  it('scores the topics the exam was drawn on, not every tag its cards carry', () => {
    const record = newAttempt(setup, questions, 1, 0);
    record.answers[0] = { kind: 'text', text: 'yes' };
    const submitted = submitAttempt(record, 1000);
    expect(submitted.score?.topics.map((topic) => [topic.tag, topic.questions, topic.points])).toEqual([
      ['ingress', 2, 1],
      ['tls', 1, 0],
    ]);
  });

  it('without topics (an attempt stored before they were kept), scores every tag', () => {
    const record = newAttempt({ ...setup, topics: undefined }, questions, 1, 0);
    expect(record.topics).toBeUndefined();
    expect(submitAttempt(record, 1000).score?.topics.map((topic) => topic.tag)).toEqual(['reseau', 'ingress', 'tls']);
  });
});
