// Cloze gaps: `{{answer}}` or `{{answer::hint}}`; each gap is asked as its own card.

export interface ClozeGap {
  answer: string;
  hint?: string;
  /** Offset of `{{` in the text. */
  start: number;
  /** Offset just after `}}`. */
  end: number;
}

const GAP = /\{\{([\s\S]*?)\}\}/g;

export function findClozeGaps(text: string): ClozeGap[] {
  const gaps: ClozeGap[] = [];
  for (const match of text.matchAll(GAP)) {
    const [answer, hint] = match[1].split('::');
    gaps.push({
      answer: answer.trim(),
      hint: hint?.trim() || undefined,
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return gaps;
}

/** The text with gap `index` hidden (shown as `[…]` or `[hint]`) and the other gaps filled in. */
export function maskClozeGap(text: string, index: number): string {
  let i = 0;
  return text.replace(GAP, (_whole, inner: string) => {
    const [answer, hint] = inner.split('::');
    return i++ === index ? `[${hint?.trim() || '…'}]` : answer.trim();
  });
}
