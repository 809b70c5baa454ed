import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMETERS } from '../../../src/shared/review/optimizer';
import { estimateWorkload, simulate } from '../../../src/shared/review/simulation';

describe('simulated student', () => {
  it('learns newPerDay cards a day until none are left, and gives the same answers for the same seed', () => {
    const run = (seed: number) => {
      const reviews: string[] = [];
      simulate({ parameters: DEFAULT_PARAMETERS, desiredRetention: 0.9, cards: 30, newPerDay: 10, days: 60, seed }, (r) => reviews.push(`${r.card}@${r.day}:${r.grade}`));
      return reviews;
    };
    const reviews = run(7);
    const firstDays = new Map<string, number>();
    for (const r of reviews) {
      const [card, rest] = r.split('@');
      if (!firstDays.has(card)) firstDays.set(card, Number(rest.split(':')[0]));
    }
    expect(firstDays.size).toBe(30);
    expect([...firstDays.values()].filter((d) => d === 0)).toHaveLength(10);
    expect(Math.max(...firstDays.values())).toBe(2);
    expect(run(7)).toEqual(reviews);
    expect(run(8)).not.toEqual(reviews);
  });
});

describe('estimated workload', () => {
  it('costs more reviews a day for a higher desired retention', () => {
    const workload = estimateWorkload(DEFAULT_PARAMETERS, { newPerDay: 20, days: 180, retentions: [0.8, 0.9, 0.97] });
    expect(workload.map((w) => w.desiredRetention)).toEqual([0.8, 0.9, 0.97]);
    const perDay = workload.map((w) => w.reviewsPerDay);
    // At least the new cards themselves, and each step up in retention costs more.
    expect(perDay[0]).toBeGreaterThan(20);
    expect(perDay[1]).toBeGreaterThan(perDay[0]);
    expect(perDay[2]).toBeGreaterThan(perDay[1] * 1.3);
  });

  it('costs more for a student who forgets faster', () => {
    const forgetful = DEFAULT_PARAMETERS.map((w, i) => (i < 4 ? w / 4 : w));
    const [usual] = estimateWorkload(DEFAULT_PARAMETERS, { newPerDay: 10, days: 120, retentions: [0.9] });
    const [fast] = estimateWorkload(forgetful, { newPerDay: 10, days: 120, retentions: [0.9] });
    expect(fast.reviewsPerDay).toBeGreaterThan(usual.reviewsPerDay);
  });

  it('is nothing to do without new cards', () => {
    expect(estimateWorkload(DEFAULT_PARAMETERS, { newPerDay: 0 }).every((w) => w.reviewsPerDay === 0)).toBe(true);
  });
});
