// Siblings, as Anki calls them: the study items of one card (the gaps of a cloze, the two sides
// of a reversed card). Seeing one gives the others away, so by default once one sibling is
// studied (or already in today's queue) the new and review siblings wait until the next day.
// Learning items are never held back: they are mid-way through their steps.
import type { QueueKind } from './queue';

export interface SiblingBurying {
  /** New siblings of an item studied or queued today wait (Anki's "bury new siblings"). */
  buryNewSiblings: boolean;
  /** Review siblings wait too (Anki's "bury review siblings"). */
  buryReviewSiblings: boolean;
}

/** The card an item belongs to: its key without the side (`deck/card#2` -> `deck/card`). */
export function siblingGroup(key: string): string {
  const hash = key.indexOf('#');
  return hash === -1 ? key : key.slice(0, hash);
}

/**
 * Decides, item by item in queue order (learning, then reviews, then new), which items today's
 * queue takes. `studiedToday` holds the keys answered today (answers not undone).
 */
export class SiblingGate {
  private readonly queued = new Set<string>();
  private readonly studied = new Map<string, Set<string>>();

  constructor(
    private readonly settings: SiblingBurying,
    studiedToday: Iterable<string> = [],
  ) {
    for (const key of studiedToday) {
      const group = siblingGroup(key);
      const keys = this.studied.get(group) ?? new Set<string>();
      keys.add(key);
      this.studied.set(group, keys);
    }
  }

  /** Whether the item may join today's queue; an admitted item holds its siblings back. */
  admit(key: string, kind: QueueKind): boolean {
    const group = siblingGroup(key);
    const bury = kind === 'new' ? this.settings.buryNewSiblings : kind === 'review' ? this.settings.buryReviewSiblings : false;
    if (bury && (this.queued.has(group) || this.siblingStudied(group, key))) return false;
    this.queued.add(group);
    return true;
  }

  private siblingStudied(group: string, key: string): boolean {
    const keys = this.studied.get(group);
    return keys !== undefined && [...keys].some((studied) => studied !== key);
  }
}
