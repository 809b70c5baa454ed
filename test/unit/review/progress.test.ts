import { describe, expect, it } from 'vitest';
import { sessionProgress } from '../../../src/shared/review/progress';

describe('study session progress', () => {
  it('counts the answered cards out of answered plus queued', () => {
    expect(sessionProgress(3, 9)).toEqual({ answered: 3, total: 12, share: 0.25 });
  });

  it('is empty, not NaN, before any card is queued', () => {
    expect(sessionProgress(0, 0)).toEqual({ answered: 0, total: 0, share: 0 });
  });

  it('is full once nothing is left', () => {
    expect(sessionProgress(7, 0).share).toBe(1);
  });

  it('goes down when a card graded Again comes back into the queue', () => {
    expect(sessionProgress(4, 1).share).toBeGreaterThan(sessionProgress(5, 2).share);
  });
});
