import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findClozeGaps, maskClozeGap } from '../../../src/shared/decks/cloze';
import { parseDeck } from '../../../src/shared/decks/parse';
import { hostileText } from '../../fixtures/hostile';
import { FUZZ } from './fuzz';

/** The former definition (a lazy regular expression, quadratic on unclosed gaps), as the reference. */
function referenceGaps(text: string) {
  return [...text.matchAll(/\{\{([\s\S]*?)\}\}/g)].map((match) => {
    const [answer, hint] = match[1].split('::');
    return { answer: answer.trim(), hint: hint?.trim() || undefined, start: match.index, end: match.index + match[0].length };
  });
}

describe('cloze gap scan', () => {
  it('reads the closed gaps of a card full of unclosed ones', () => {
    const { deck, problems } = parseDeck(hostileText('cloze-unclosed.yaml'), 'cloze.yaml');
    expect(problems).toEqual([]);
    const text = deck!.cards[0].type === 'cloze' ? deck!.cards[0].text : '';
    expect(findClozeGaps(text).map((gap) => gap.answer)).toEqual(['Calico', 'Flannel']);
    expect(maskClozeGap(text, 1)).toMatch(/^Calico et \[CNI\] puis \{\{ \{\{/);
  });

  it('finds the same gaps as the regular expression it replaces, on any text', () => {
    const text = fc.string({ unit: fc.constantFrom('{', '}', ':', 'a', ' ', '\n'), maxLength: 60 });
    fc.assert(
      fc.property(text, fc.nat(5), (value, index) => {
        expect(findClozeGaps(value)).toEqual(referenceGaps(value));
        let i = 0;
        const reference = value.replace(/\{\{([\s\S]*?)\}\}/g, (_whole, inner: string) => {
          const [answer, hint] = inner.split('::');
          return i++ === index ? `[${hint?.trim() || '…'}]` : answer.trim();
        });
        expect(maskClozeGap(value, index)).toBe(reference);
      }),
      FUZZ,
    );
  });
});
