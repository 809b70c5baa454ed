// Every yaml-fix card of the shipped decks: its solution passes the checker with all its
// `expect` holding, and its broken manifest is refused (an error or a failing expectation).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/shared/decks/parse';
import type { YamlFixCard } from '../../../src/shared/decks/types';
import { checkManifest, formatFinding } from '../../../src/shared/manifest/check';

const dir = join(import.meta.dirname, '../../../decks');
const cards = readdirSync(dir)
  .filter((file) => file.endsWith('.yaml'))
  .flatMap((file) => (parseDeck(readFileSync(join(dir, file), 'utf8'), file).deck?.cards ?? []).map((card) => ({ file, card })))
  .filter((entry): entry is { file: string; card: YamlFixCard } => entry.card.type === 'yaml-fix');

const errorsOf = (text: string, card: YamlFixCard) =>
  checkManifest(text, { expect: card.expect })
    .filter((finding) => finding.severity === 'error')
    .map((finding) => `${finding.line}:${finding.col} ${finding.rule} ${formatFinding(finding, 'en')}`);

describe('yaml-fix cards of the shipped decks', () => {
  it('exist', () => {
    expect(cards.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cards.map(({ file, card }) => [`${file} ${card.id}`, card] as const))('%s: the solution passes, the broken manifest does not', (_, card) => {
    expect(errorsOf(card.solution, card)).toEqual([]);
    expect(errorsOf(card.broken, card).length).toBeGreaterThan(0);
  });
});
