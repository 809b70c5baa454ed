// Cloze gaps made visible: the asked gap is marked in the question (a box with its hint) and,
// filled, in the answer. Marks are private-use characters that survive Markdown untouched, even
// inside code, and that the renderer turns into <mark> elements once the HTML is built.
import { findClozeGaps } from './cloze';
import { escapeHtml } from '../text';

export const GAP_BLANK = '\uE000';
export const GAP_FILLED = '\uE001';
export const GAP_END = '\uE002';
const MARKS = /[\uE000-\uE002]/g;

/**
 * The cloze text with gap `index` marked: as a blank `[hint]` / `[…]` for the question, or as
 * its answer for the answer side. Every other gap is filled in, unmarked.
 */
export function markClozeGap(text: string, index: number, side: 'question' | 'answer'): string {
  let out = '';
  let from = 0;
  findClozeGaps(text).forEach((gap, i) => {
    out += text.slice(from, gap.start).replace(MARKS, '');
    const answer = gap.answer.replace(MARKS, '');
    if (i !== index) out += answer;
    else if (side === 'answer') out += `${GAP_FILLED}${answer}${GAP_END}`;
    else out += `${GAP_BLANK}[${(gap.hint ?? '…').replace(MARKS, '')}]${GAP_END}`;
    from = gap.end;
  });
  return out + text.slice(from).replace(MARKS, '');
}

/**
 * HTML with the marks as <mark> elements (to be sanitised afterwards), stray marks removed. A blank
 * starts with `label` ("gap") for screen readers, which do not announce a highlight.
 */
export function gapMarksToHtml(html: string, label: string): string {
  const hidden = escapeHtml(label);
  return html
    .replace(/\uE000([^\uE000-\uE002]*)\uE002/g, `<mark class="cloze-gap cloze-blank"><span class="visually-hidden">${hidden} </span>$1</mark>`)
    .replace(/\uE001([^\uE000-\uE002]*)\uE002/g, '<mark class="cloze-gap cloze-filled">$1</mark>')
    .replace(MARKS, '');
}
