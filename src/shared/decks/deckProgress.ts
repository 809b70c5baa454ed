// The progress bar of a library tile: which share of a deck is new today, in learning, due, and
// waiting for a later day. Whole percentages that always add up to 100 (largest remainders), so
// the segments fill the bar exactly; a segment with a count is never drawn at 0 %.
import type { DeckDueCounts } from './libraryView';

export const PROGRESS_PARTS = ['due', 'learning', 'new', 'later'] as const;
export type ProgressPart = (typeof PROGRESS_PARTS)[number];

export interface ProgressShare {
  part: ProgressPart;
  count: number;
  /** Whole percent of the bar. */
  percent: number;
}

/**
 * Shares of the bar for a deck of `size` study items (cards, a cloze card counting once per gap).
 * Today's counts larger than `size` (a deck edited since) stretch the bar to their sum.
 */
export function progressShares(counts: DeckDueCounts, size: number): ProgressShare[] {
  const today = counts.due + counts.learning + counts.new;
  const total = Math.max(size, today);
  const values: Record<ProgressPart, number> = { due: counts.due, learning: counts.learning, new: counts.new, later: total - today };
  if (total <= 0) return PROGRESS_PARTS.map((part) => ({ part, count: 0, percent: part === 'later' ? 100 : 0 }));
  const exact = PROGRESS_PARTS.map((part) => (values[part] * 100) / total);
  // At least 1 % for a part that has items, then the rest shared by largest remainder.
  const percent = exact.map((value) => (value > 0 ? Math.max(1, Math.floor(value)) : 0));
  let left = 100 - percent.reduce((sum, value) => sum + value, 0);
  const order = exact.map((value, i) => ({ i, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length) {
    const { i } = order[k]!;
    if (exact[i]! > 0) {
      percent[i]!++;
      left--;
    }
  }
  // Raising small parts to 1 % can overshoot: take it back from the largest.
  while (left < 0) {
    const largest = percent.indexOf(Math.max(...percent));
    percent[largest]!--;
    left++;
  }
  return PROGRESS_PARTS.map((part, i) => ({ part, count: values[part], percent: percent[i]! }));
}
