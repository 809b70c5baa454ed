// The decks shipped in decks/ are the product: they must load with no problem at all and cover
// what the course needs (issue 3's counts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblemLine } from '../../../src/shared/decks/format';
import { loadLibrary } from '../../../src/shared/decks/library';

const dir = join(import.meta.dirname, '../../../decks');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const { library, decks } = loadLibrary(files.map((file) => ({ file, origin: 'bundled' as const, text: readFileSync(join(dir, file), 'utf8') })));
const cards = [...decks.values()].flatMap((deck) => deck.cards);

describe('shipped decks', () => {
  it('load without any error or warning', () => {
    const problems = library.decks.flatMap((entry) => entry.problems).map((p) => formatProblemLine(p, 'en'));
    expect(problems).toEqual([]);
    expect(decks.size).toBe(files.length);
  });

  it('are French, start with the schema hint for editors, and every card names its course section', () => {
    for (const file of files) expect(readFileSync(join(dir, file), 'utf8').startsWith('# yaml-language-server: $schema=./deck.schema.json\n'), file).toBe(true);
    for (const deck of decks.values()) expect(deck.lang).toBe('fr');
    expect(cards.filter((card) => !card.source?.includes('§')).map((card) => card.id)).toEqual([]);
  });

  it('cover the chapter with enough cards of each kind', () => {
    const count = (...types: string[]) => cards.filter((card) => types.includes(card.type)).length;
    expect(decks.size).toBeGreaterThanOrEqual(6);
    expect(cards.length).toBeGreaterThanOrEqual(150);
    expect(count('mcq')).toBeGreaterThanOrEqual(40);
    expect(count('cloze', 'input')).toBeGreaterThanOrEqual(20);
    expect(count('yaml-fix')).toBeGreaterThanOrEqual(30);
  });
});
