import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { formatProblem } from '../../../src/shared/decks/format';
import { MAX_PROBLEMS_PER_FILE, parseDeck } from '../../../src/shared/decks/parse';

const fixture = new URL('../../fixtures/hostile/top-level-error.yaml', import.meta.url).pathname;

describe('every problem at once', () => {
  it('checks the cards of a deck with top-level errors, and counts them', async () => {
    const out: string[] = [];
    const code = await main(['check', fixture, '--lang', 'en'], (line) => out.push(line), () => {});
    expect(code).toBe(1);
    const lines = out.join('\n');
    expect(lines).toMatch(/:1:1 error .*"source"/);
    expect(lines).toMatch(/:6:1 error .*colour/);
    expect(lines).toMatch(/:\d+:\d+ error .*choices/i);
    expect(out.at(-1)).toMatch(/^1 file, 2 cards: 3 errors/);
  });
});

describe('a file with thousands of problems', () => {
  it('lists the first 200 at their lines, then sums up the rest in one last problem', () => {
    const cards = Array.from({ length: 600 }, (_, i) => `  - id: c${i}\n    type: basic\n    source: s\n    front: f\n    back: b\n    fornt${i}: x\n`);
    const text = `format: kubedeck/1\nid: many\ntitle: Many\nlang: fr\ndescription: d\nsource: s\ncards:\n${cards.join('')}`;
    const { problems, deck } = parseDeck(text, 'many.yaml');
    expect(deck).toBeUndefined();
    expect(problems).toHaveLength(MAX_PROBLEMS_PER_FILE + 1);
    expect(problems[199]).toMatchObject({ code: 'unknown-field', line: 8 + 199 * 6 + 5, col: 5 });
    expect(problems[200]).toMatchObject({ code: 'more-problems', severity: 'error', line: 8 + 200 * 6 + 5, params: { count: 400 } });
    expect(formatProblem(problems[200], 'en')).toBe('… and 400 more problems in this file, from here on (fix the first ones, then check again)');
  });
});
