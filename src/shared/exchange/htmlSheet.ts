// A printable revision sheet: every card as its question then its answer, one section per deck.
// Cards flow from page to page (a long card continues on the next page rather than leaving the
// rest of a page blank), so the sheet fills its pages. Self-contained and inert: inline CSS only,
// no script, no remote content, and a Content-Security-Policy that forbids both should the page be
// altered. The web twin prints the same body with the same rules (its print stylesheet, app.css).
import type { Deck } from '../decks/types';
import { escapeHtml } from '../text';
import { markdownToHtml } from './markdown';
import { exportLabel } from './labels';
import { cardSides } from './sides';

const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const CSS = `
:root { color-scheme: light; }
body { font: 11pt/1.45 system-ui, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #111; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 18pt; margin: 0 0 .25rem; break-after: avoid; }
.deck + .deck { margin-top: 2rem; }
.meta { color: #555; margin: 0 0 1rem; }
.card { border: 1px solid #bbb; border-radius: 6px; padding: .5rem .75rem; margin: 0 0 .75rem; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.label { font-size: 8pt; font-weight: 600; letter-spacing: .05em; text-transform: uppercase; color: #666; margin: 0; break-after: avoid; }
.question { margin-bottom: .4rem; }
.answer { border-top: 1px dashed #bbb; padding-top: .4rem; }
.question > :last-child, .answer > :last-child { margin-bottom: 0; }
pre { background: #f4f4f4; padding: .4rem .6rem; border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 9pt; }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
@page { margin: 1.5cm; }
@media print { body { margin: 0; max-width: none; } }
`;

function deckSection(deck: Deck): string {
  const cards = deck.cards
    .map((card) => {
      const sides = cardSides(card, deck.lang);
      return `<article class="card" id="${escapeHtml(`${deck.id}--${card.id}`)}">
<div class="question"><p class="label">${exportLabel(deck.lang, 'sheet.question')}</p>${markdownToHtml(sides.question)}</div>
<div class="answer"><p class="label">${exportLabel(deck.lang, 'sheet.answer')}</p>${markdownToHtml(sides.answer)}</div>
</article>`;
    })
    .join('\n');
  return `<section class="deck" lang="${escapeHtml(deck.lang)}">
<h1>${escapeHtml(deck.title)}</h1>
<p class="meta">${escapeHtml(deck.description)}<br>${exportLabel(deck.lang, 'sheet.meta', { source: escapeHtml(deck.source), count: deck.cards.length })}</p>
${cards}
</section>`;
}

/** The sheet's content, one section per deck, without the page around it (the web twin prints it inside the app). */
export function sheetSections(decks: Deck[]): string {
  return decks.map(deckSection).join('\n');
}

export function exportHtml(decks: Deck[], title = decks.map((deck) => deck.title).join(' · ')): string {
  const lang = decks[0]?.lang ?? 'fr';
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
${sheetSections(decks)}
</body>
</html>
`;
}
