// How far a study session has gone, for its progress bar: cards answered out of the cards the
// session holds (answered plus still queued). The queue can grow (a card graded Again comes back),
// so the share may go down; it never leaves 0..1.

export interface SessionProgress {
  answered: number;
  total: number;
  /** 0 to 1; 0 for an empty session. */
  share: number;
}

export function sessionProgress(answered: number, remaining: number): SessionProgress {
  const done = Math.max(0, answered);
  const total = done + Math.max(0, remaining);
  return { answered: done, total, share: total === 0 ? 0 : done / total };
}
