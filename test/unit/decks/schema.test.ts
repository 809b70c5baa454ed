import Ajv from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { deckJsonSchema } from '../../../src/shared/decks/schema';
import { deckWith, VALID_DECK } from '../../fixtures/decks';

const decksDir = join(import.meta.dirname, '../../../decks');
const validate = new Ajv({ allErrors: true, strict: false }).compile(deckJsonSchema());

describe('deck JSON Schema', () => {
  it('is the committed decks/deck.schema.json (run `npm run schema` after changing the format)', () => {
    expect(JSON.parse(readFileSync(join(decksDir, 'deck.schema.json'), 'utf8'))).toEqual(deckJsonSchema());
  });

  it('accepts the shipped decks and the test deck', () => {
    for (const file of readdirSync(decksDir).filter((f) => f.endsWith('.yaml'))) {
      expect(validate(parse(readFileSync(join(decksDir, file), 'utf8'))), `${file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    }
    expect(validate(parse(VALID_DECK))).toBe(true);
  });

  it('rejects what the checker rejects for editors: unknown fields, wrong types, too few choices', () => {
    expect(validate(parse(deckWith('    front: What', '    fornt: What')))).toBe(false);
    expect(validate(parse(deckWith('    reverse: true', '    reverse: 3')))).toBe(false);
    expect(validate(parse(deckWith('    type: mcq', '    type: mqc')))).toBe(false);
    expect(validate(parse(deckWith('id: demo', 'id: Demo')))).toBe(false);
    expect(validate(parse(deckWith('        equals: fixed', '        equals: fixed\n        exists: true')))).toBe(false);
    expect(validate(parse(deckWith('    reverse: true', '    reverse: true\n    anki: { guid: g, template: 1 }')))).toBe(true);
    expect(validate(parse(deckWith('    reverse: true', '    reverse: true\n    anki: { guid: g, template: -1 }')))).toBe(false);
    expect(validate(parse(deckWith('    reverse: true', '    reverse: true\n    anki: { notetype: Basic }')))).toBe(false);
  });
});
