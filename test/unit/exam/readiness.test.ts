import { describe, expect, it } from 'vitest';
import { recallNow, topicReadiness } from '../../../src/shared/exam/readiness';
import { Scheduler } from '../../../src/shared/review/scheduler';
import { DEFAULT_SETTINGS } from '../../../src/shared/review/settings';
import { itemsOf, taggedDeck } from './helpers';

const items = itemsOf(taggedDeck({ ingress: 4, metallb: 2 }));
const topic = (tag: string, points: number, max: number) => ({ tag, questions: max, points, max });

describe('readiness per topic', () => {
  it('is the mean recall of the topic’s items, never-studied ones counting zero, weakest topic first', () => {
    const recall = new Map([
      ['bank/ingress-1', 0.9],
      ['bank/ingress-2', 0.7],
      ['bank/metallb-1', 0.95],
      ['bank/metallb-2', 0.85],
    ]);
    const [first, second] = topicReadiness({ items, recall, attempts: [] }).filter((t) => t.tag !== 'cloze');
    expect(first).toMatchObject({ tag: 'ingress', readiness: 0.4, memory: 0.4, items: 4, studied: 2, examQuestions: 0 });
    expect(first.exams).toBeUndefined();
    expect(second).toMatchObject({ tag: 'metallb', items: 2, studied: 2 });
    expect(second.readiness).toBeCloseTo(0.9);
  });

  it('blends memory half and half with the topic’s score in the three latest attempts that asked it', () => {
    const recall = new Map([['bank/metallb-1', 0.8], ['bank/metallb-2', 0.8]]);
    const attempts = [
      { submittedAt: 1, topics: [topic('metallb', 0, 4)] }, // too old: only the 3 latest count
      { submittedAt: 2, topics: [topic('metallb', 1, 2)] },
      { submittedAt: 3, topics: [topic('ingress', 1, 1)] }, // did not ask metallb
      { submittedAt: 4, topics: [topic('metallb', 2, 2)] },
      { submittedAt: 5, topics: [topic('metallb', 1, 2), topic('ingress', 0, 1)] },
    ];
    const metallb = topicReadiness({ items, recall, attempts }).find((t) => t.tag === 'metallb')!;
    expect(metallb.exams).toBeCloseTo(4 / 6);
    expect(metallb.examQuestions).toBe(6);
    expect(metallb.readiness).toBeCloseTo(0.5 * 0.8 + 0.5 * (4 / 6));
  });
});

describe('recall of studied items', () => {
  it('is the FSRS retrievability now, fading with time; new items are left out', () => {
    const settings = { ...DEFAULT_SETTINGS, fuzz: false };
    const start = Date.UTC(2026, 0, 1);
    const reviewed = new Scheduler(settings).next(undefined, 4, start);
    const states = new Map([
      ['bank/ingress-1', reviewed],
      ['bank/ingress-2', { ...reviewed, state: 0 as const }],
    ]);
    const soon = recallNow(states, settings, start + 60_000);
    const later = recallNow(states, settings, start + 60 * 86_400_000);
    expect([...soon.keys()]).toEqual(['bank/ingress-1']);
    expect(soon.get('bank/ingress-1')).toBeGreaterThan(0.99);
    expect(later.get('bank/ingress-1')).toBeLessThan(soon.get('bank/ingress-1')!);
  });
});
