// A review log written by the simulated student (simulation.ts): what the optimizer is tested and
// benchmarked on, since the parameters that produced it are known.
import { HOUR } from './day';
import { simulate, type SimulationOptions } from './simulation';
import type { ReviewLogRecord } from './types';

/** The simulated reviews as answer lines, at noon local time from `start` (epoch ms of a midnight). */
export function simulatedLog(options: SimulationOptions, start = new Date(2026, 0, 5).getTime()): ReviewLogRecord[] {
  const log: ReviewLogRecord[] = [];
  simulate(options, ({ card, day, grade }) => {
    const reviewedAt = new Date(start + 12 * HOUR);
    reviewedAt.setDate(reviewedAt.getDate() + day);
    log.push({
      uid: `sim-${log.length}`, key: `sim:${card}`, deckId: 'sim', cardId: String(card), kind: 'answer',
      reviewedAt: reviewedAt.getTime(), grade, durationMs: 8000,
    });
  });
  return log;
}
