// Fuzzing the Anki package reader (issue 19): whatever the bytes, the answer is a result or an
// ExchangeError, never another exception, and the cloze and template parsers stay well behaved.
// Fixed seed and a bounded number of runs, so that `npm test` is repeatable.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clozeNumbers, parseClozes, revealCloze } from '../../../src/shared/exchange/anki/cloze';
import { importApkg } from '../../../src/shared/exchange/anki/importApkg';
import { parseTemplate, renderTemplate } from '../../../src/shared/exchange/anki/template';
import { ExchangeError } from '../../../src/shared/exchange/errors';
import { buildPackage, STOCK_MODELS } from '../../fixtures/anki/legacyPackages';
import { sqlEngine } from './helpers';

const SEED = 13;
/** Texts made of the pieces the grammars care about, so that runs reach deep states. */
const markup = fc
  .array(fc.constantFrom('{{', '}}', '{{c1::', '{{c2,3::', '::', '#', '^', '/', 'Front', 'cloze:', 'type:', 'a', ' ', '<br>', 'é'), { maxLength: 60 })
  .map((parts) => parts.join(''));

describe('fuzzing the Anki readers', { timeout: 120_000 }, () => {
  it('cloze parsing keeps every character outside markers and never throws', () => {
    fc.assert(
      fc.property(markup, (text) => {
        parseClozes(text);
        const numbers = clozeNumbers(text);
        for (const n of numbers) expect(typeof revealCloze(text, n, true)).toBe('string');
        // Without any opening marker the text comes back unchanged.
        if (!text.includes('{{c')) expect(revealCloze(text, 1, false)).toBe(text);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('template parsing and rendering never throw', () => {
    fc.assert(
      fc.property(markup, markup, (template, value) => {
        const html = renderTemplate(parseTemplate(template), { fields: new Map([['Front', value]]), frontSide: '', question: true, clozeOrdinal: 1, tags: '' });
        expect(typeof html).toBe('string');
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('a damaged package gives decks or an ExchangeError', async () => {
    const sql = await sqlEngine();
    const valid = await buildPackage({ notes: [{ model: STOCK_MODELS.cloze, fields: ['{{c1::a}} {{c2::b}}', 'x'], ords: [0, 1] }] });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), async (flips) => {
        const bytes = valid.slice();
        for (const [at, value] of flips) bytes[at] = value;
        try {
          await importApkg(bytes, sql);
        } catch (error) {
          expect(error).toBeInstanceOf(ExchangeError);
        }
      }),
      { seed: SEED, numRuns: 60 },
    );
  });
});
