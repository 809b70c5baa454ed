import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { progressShares } from '../../../src/shared/decks/deckProgress';

const percents = (shares: ReturnType<typeof progressShares>) => Object.fromEntries(shares.map((share) => [share.part, share.percent]));

describe('progressShares (the library tile bar)', () => {
  it('splits a deck into due, learning, new and later', () => {
    expect(percents(progressShares({ due: 10, learning: 5, new: 20 }, 100))).toEqual({ due: 10, learning: 5, new: 20, later: 65 });
  });

  it('keeps the counts next to the shares', () => {
    expect(progressShares({ new: 3, learning: 0, due: 1 }, 8).map((share) => share.count)).toEqual([1, 0, 3, 4]);
  });

  it('shows a lone due card in a large deck instead of rounding it away', () => {
    const shares = percents(progressShares({ new: 0, learning: 0, due: 1 }, 1000));
    expect(shares.due).toBe(1);
    expect(shares.later).toBe(99);
  });

  it('an empty deck is all "later"', () => {
    expect(percents(progressShares({ new: 0, learning: 0, due: 0 }, 0))).toEqual({ due: 0, learning: 0, new: 0, later: 100 });
  });

  it('stretches the bar when today counts more items than the deck size', () => {
    expect(percents(progressShares({ new: 2, learning: 0, due: 2 }, 2))).toEqual({ due: 50, learning: 0, new: 50, later: 0 });
  });

  it('always fills the bar exactly, and draws every part that has items', () => {
    const count = fc.nat({ max: 5000 });
    fc.assert(
      fc.property(count, count, count, count, (due, learning, fresh, size) => {
        const shares = progressShares({ due, learning, new: fresh }, size);
        expect(shares.reduce((sum, share) => sum + share.percent, 0)).toBe(100);
        for (const share of shares) {
          expect(share.percent).toBeGreaterThanOrEqual(0);
          if (share.count > 0) expect(share.percent).toBeGreaterThan(0);
        }
      }),
    );
  });
});
