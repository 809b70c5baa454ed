// Basic cards from tables: one card per row, asking for the row's other cells by their column
// headers (`| Mode | Meaning |` → "**RWO** — Meaning?").
import type { Token } from 'marked';
import { inlineMarkdown, plainText } from './inline';
import type { CardTexts } from './texts';

export interface RowDraft {
  /** The row's first cell as plain text, to name the card. */
  key: string;
  front: string;
  back: string;
}

/** Rows past this many are left out: a draft stays short enough to review. */
const MAX_ROWS = 12;

export function tableDrafts(header: Token[][], rows: Token[][][], texts: CardTexts): RowDraft[] {
  const headers = header.map((cell) => inlineMarkdown(cell));
  if (headers.length < 2) return [];
  const drafts: RowDraft[] = [];
  for (const row of rows.slice(0, MAX_ROWS)) {
    const key = plainText(row[0] ?? []);
    const first = inlineMarkdown(row[0] ?? []);
    // The other columns that hold something, with their header.
    const asked = row
      .slice(1)
      .map((cell, index) => ({ header: headers[index + 1], value: inlineMarkdown(cell) }))
      .filter((cell) => /[\p{L}\d]/u.test(cell.value));
    if (!/[\p{L}\d]/u.test(key) || asked.length === 0) continue;
    const front = texts.tableFront(/[*`]/.test(first) ? first : `**${first}**`, asked.map((cell) => cell.header || '…').join(', '));
    const back = asked.length === 1 ? asked[0].value : asked.map((cell) => `- **${cell.header}** — ${cell.value}`).join('\n');
    drafts.push({ key, front, back });
  }
  return drafts;
}
