// One undo stack for every review action. An answer is undone through the review log (an undo
// line names it, so history and backups stay append-only); bury, suspend and forget put back the
// item's record as it was.
import type { CardStateRecord } from './types';

export type UndoEntry =
  | { action: 'grade'; key: string; answerUid: string }
  | { action: 'bury' | 'suspend' | 'forget'; key: string; before: CardStateRecord };

export type UndoAction = UndoEntry['action'];

/** Last in, first out, keeping the latest `limit` actions. */
export class UndoStack {
  private entries: UndoEntry[] = [];

  constructor(private readonly limit = 100) {}

  push(entry: UndoEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.shift();
  }

  pop(): UndoEntry | undefined {
    return this.entries.pop();
  }

  get size(): number {
    return this.entries.length;
  }
}
