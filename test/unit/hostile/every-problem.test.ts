import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';

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
    expect(out.at(-1)).toMatch(/^1 file\(s\), 2 card\(s\): 3 error\(s\)/);
  });
});
