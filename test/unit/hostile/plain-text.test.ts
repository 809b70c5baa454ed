import fc from 'fast-check';
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { autolinksStopAtBackslash } from '../../../src/shared/decks/autolink';
import { textToMarkdown } from '../../../src/shared/exchange/htmlToMarkdown';
import { importFile } from '../../../src/shared/exchange/importFile';
import { hostileBytes } from '../../fixtures/hostile';
import { FUZZ } from './fuzz';

// Card text is rendered as GFM (as the app renders it): a plain-text cell must show as that very text.
const marked = new Marked({ gfm: true }).use(autolinksStopAtBackslash);
const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };
const shownText = (markdown: string) =>
  (marked.parse(markdown) as string)
    .replace(/<\/?(?:p|br|h\d|ul|ol|li|blockquote|pre|hr|table|thead|tbody|tr|td|th)\b[^>]*>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:lt|gt|amp|quot|#39);/g, (entity) => ENTITIES[entity])
    .replace(/\s+/g, ' ')
    .trim();
const asTyped = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('plain-text cells stay plain text', () => {
  it.each([['---'], ['~~~a'], ['term\n==='], ['***'], ['a | b\n:-: | :-:'], ['~~barré~~'], ['> cité'], ['    indenté'], ['1) un'], ['- [ ] tâche'], ['<b>gras</b>'], ['&amp;'], ['a\\'], ['_x_ et __y__']])('%j', (text) => {
    expect(shownText(textToMarkdown(text))).toBe(asTyped(text));
  });

  it('in a TSV file imported as plain text: a dash line, a fence, a setext underline, strikethrough and pipes', async () => {
    const { decks } = await importFile('plain-cells.tsv', hostileBytes('plain-cells.tsv'));
    const shown = decks[0].deck.cards.map((card) => card.type === 'basic' && [shownText(card.front), shownText(card.back)]);
    expect(shown).toEqual([
      ['---', 'une ligne, pas un trait'],
      ['~~~a', 'pas un bloc de code'],
      ['terme ===', 'pas un titre'],
      ['~~barré~~ | a', 'ni barré ni tableau'],
    ]);
  });

  it('whatever the characters', () => {
    const unit = fc.constantFrom(...'#-=+*_~`|>:<&[]()!\\.1 a\n\t'.split(''), 'é', '---', '```', '~~~', 'https://k8s.io', 'www.a.io');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
        expect(shownText(textToMarkdown(text))).toBe(asTyped(text));
      }),
      FUZZ,
    );
  });
});
