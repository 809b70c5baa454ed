// Cloze gaps: `{{answer}}` or `{{answer::hint}}`; each gap is asked as its own card.

export interface ClozeGap {
  answer: string;
  hint?: string;
  /** Offset of `{{` in the text. */
  start: number;
  /** Offset just after `}}`. */
  end: number;
}

/**
 * Gaps from left to right, each `{{` closed by the next `}}`. One pass with indexOf: a lazy regular
 * expression would rescan the rest of the text from every unclosed `{{` (quadratic time).
 */
export function findClozeGaps(text: string): ClozeGap[] {
  const gaps: ClozeGap[] = [];
  let start = text.indexOf('{{');
  while (start !== -1) {
    const close = text.indexOf('}}', start + 2);
    if (close === -1) break; // no later `{{` can be closed either
    const [answer, hint] = text.slice(start + 2, close).split('::');
    gaps.push({ answer: answer.trim(), hint: hint?.trim() || undefined, start, end: close + 2 });
    start = text.indexOf('{{', close + 2);
  }
  return gaps;
}

/** The text with gap `index` hidden (shown as `[…]` or `[hint]`) and the other gaps filled in. */
export function maskClozeGap(text: string, index: number): string {
  let masked = '';
  let from = 0;
  findClozeGaps(text).forEach((gap, i) => {
    masked += text.slice(from, gap.start) + (i === index ? `[${gap.hint || '…'}]` : gap.answer);
    from = gap.end;
  });
  return masked + text.slice(from);
}
