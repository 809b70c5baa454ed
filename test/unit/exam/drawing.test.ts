import { describe, expect, it } from 'vitest';
import { drawQuestions, questionPool } from '../../../src/shared/exam/questions';
import { mulberry32 } from '../../../src/shared/exam/random';
import { parseDeck } from '../../../src/shared/decks/parse';
import { studyItems } from '../../../src/shared/review/items';
import { VALID_DECK } from '../../fixtures/decks';
import { itemsOf, poolOf, taggedDeck } from './helpers';

const keys = (items: { key: string }[]) => items.map((item) => item.key);
const cardsOf = (items: { deckId: string; card: { id: string } }[]) => items.map((item) => `${item.deckId}/${item.card.id}`);

describe('question pool', () => {
  it('asks only cards whose answer can be checked: mcq, input, each cloze gap, yaml-fix — never basic cards', () => {
    const pool = questionPool(studyItems(parseDeck(VALID_DECK, 'demo.yaml').deck!));
    expect(keys(pool)).toEqual(['demo/q2#1', 'demo/q2#2', 'demo/q3', 'demo/q4', 'demo/q5']);
  });

  it('keeps the chosen decks, tags (any of them) and types', () => {
    const items = itemsOf(taggedDeck({ ingress: 2, metallb: 2 }, 'a'), taggedDeck({ ingress: 1 }, 'b'));
    expect(keys(questionPool(items, { deckIds: ['b'] }))).toEqual(['b/ingress-1', 'b/two-gaps#1', 'b/two-gaps#2']);
    expect(keys(questionPool(items, { tags: ['metallb', 'cloze'], deckIds: ['a'] }))).toEqual(['a/metallb-1', 'a/metallb-2', 'a/two-gaps#1', 'a/two-gaps#2']);
    expect(keys(questionPool(items, { types: ['cloze'] }))).toEqual(['a/two-gaps#1', 'a/two-gaps#2', 'b/two-gaps#1', 'b/two-gaps#2']);
  });
});

describe('drawing questions', () => {
  const pool = poolOf(taggedDeck({ ingress: 10, metallb: 6, cni: 3 }));

  it('fills each tag quota with cards of that tag', () => {
    const { questions, shortfalls } = drawQuestions(pool, [{ tag: 'ingress', count: 4 }, { tag: 'metallb', count: 2 }, { tag: 'cni', count: 3 }], 42);
    expect(questions).toHaveLength(9);
    const count = (tag: string) => questions.filter((item) => item.tags.includes(tag)).length;
    expect([count('ingress'), count('metallb'), count('cni')]).toEqual([4, 2, 3]);
    expect(shortfalls).toEqual([]);
  });

  it('never asks the same card twice, not even two gaps of one cloze card', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const { questions } = drawQuestions(pool, [{ count: 100 }], seed);
      expect(new Set(cardsOf(questions)).size).toBe(questions.length);
      expect(questions.filter((item) => item.card.id === 'two-gaps')).toHaveLength(1);
      expect(questions).toHaveLength(20); // 19 input cards + one gap of the cloze card
    }
  });

  it('gives the same questions in the same order for the same seed, whatever the order of the pool', () => {
    const quotas = [{ tag: 'ingress', count: 3 }, { tag: 'metallb', count: 3 }];
    const first = drawQuestions(pool, quotas, 2026);
    expect(keys(drawQuestions([...pool].reverse(), quotas, 2026).questions)).toEqual(keys(first.questions));
    const others = [1, 2, 3, 4, 5].map((seed) => keys(drawQuestions(pool, quotas, seed).questions).join());
    expect(new Set([keys(first.questions).join(), ...others]).size).toBeGreaterThan(1);
  });

  it('mixes the topics instead of asking them tag by tag', () => {
    const orders = [7, 8, 9].map((seed) => drawQuestions(pool, [{ tag: 'ingress', count: 5 }, { tag: 'metallb', count: 5 }], seed).questions.map((item) => item.tags[0]).join());
    expect(orders.some((order) => order !== 'ingress,ingress,ingress,ingress,ingress,metallb,metallb,metallb,metallb,metallb')).toBe(true);
  });

  it('fills the scarce tag first, so that a broad tag does not use up its cards', () => {
    // Every card is `reseau`; only three are also `cni`. Asking 19 reseau + 3 cni fits exactly.
    const broad = poolOf(taggedDeck({ ingress: 10, metallb: 6, cni: 3 })).map((item) => ({ ...item, tags: [...item.tags, 'reseau'] }));
    const { questions, shortfalls } = drawQuestions(broad, [{ tag: 'reseau', count: 17 }, { tag: 'cni', count: 3 }], 5);
    expect(shortfalls).toEqual([]);
    expect(questions.filter((item) => item.tags.includes('cni'))).toHaveLength(3);
  });

  it('reports the quotas the decks cannot fill, and draws what there is', () => {
    const { questions, shortfalls } = drawQuestions(pool, [{ tag: 'cni', count: 5 }, { tag: 'unknown', count: 2 }], 1);
    expect(questions).toHaveLength(3);
    expect(shortfalls).toEqual([
      { tag: 'cni', wanted: 5, drawn: 3 },
      { tag: 'unknown', wanted: 2, drawn: 0 },
    ]);
  });
});

describe('seeded random numbers', () => {
  it('repeat for a seed and stay in [0, 1)', () => {
    const a = mulberry32(123);
    const b = mulberry32(123);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(mulberry32(124)()).not.toBe(values[0]);
  });
});
