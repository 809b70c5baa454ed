// Statistics over a large history: 50,000 card states and 500,000 log lines (a tenth of them
// undo lines) prepared for every graph, against a baseline that only walks both arrays once
// (summing durations and counting states), in the same run.
import { prepareStats } from '../src/shared/stats/index';
import { yearDays } from '../src/shared/stats/input';
import type { CardStateRecord, Grade, ReviewLogRecord } from '../src/shared/review/types';
import { DAY, MINUTE } from '../src/shared/review/day';
import { line, median, ms, timeRuns } from './stats';

const STATES = 50_000;
const LOGS = 500_000;

function history(now: number): { states: CardStateRecord[]; logs: ReviewLogRecord[] } {
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const states: CardStateRecord[] = [];
  for (let i = 0; i < STATES; i++) {
    const deckId = `deck-${i % 20}`;
    const state = (i % 10 === 0 ? 0 : i % 10 === 1 ? 1 : 2) as 0 | 1 | 2;
    const scheduledDays = Math.floor(random() * 200);
    states.push({
      key: `${deckId}/card-${i}`, deckId, cardId: `card-${i}`, queue: i % 50 === 0 ? -1 : 0, leech: false, state,
      due: state === 0 ? i : now + (random() * 400 - 30) * DAY, stability: 1 + random() * 300, difficulty: 1 + random() * 9,
      elapsedDays: 0, scheduledDays, learningSteps: 0, reps: 5, lapses: 0, lastReview: now - random() * 60 * DAY,
    });
  }
  const logs: ReviewLogRecord[] = [];
  for (let i = 0; i < LOGS; i++) {
    const card = states[i % STATES];
    const reviewedAt = now - (random() * 2 * 365 * DAY);
    if (i % 10 === 9) {
      logs.push({ uid: `u${i}`, key: card.key, deckId: card.deckId, cardId: card.cardId, kind: 'undo', reviewedAt, undoes: `u${i - 1}`, durationMs: 0 });
      continue;
    }
    const before = i % 3 === 0 ? undefined : { ...card, state: (i % 4) as 0 | 1 | 2 | 3 };
    logs.push({ uid: `u${i}`, key: card.key, deckId: card.deckId, cardId: card.cardId, kind: 'answer', reviewedAt, grade: (1 + (i % 4)) as Grade, before, durationMs: random() * MINUTE });
  }
  return { states, logs };
}

export async function benchStatistics(): Promise<string[]> {
  const now = Date.now();
  const { states, logs } = history(now);
  const baseline = () => {
    let total = 0;
    for (const log of logs) total += log.durationMs;
    for (const state of states) total += state.state;
    return total;
  };
  const prepare = (days: 30 | 365) => () => prepareStats({ states, logs, now, dayStartHour: 4, days, scope: { kind: 'all' }, typeOf: () => 'basic' });
  const scan = await timeRuns(baseline, 9);
  const month = await timeRuns(prepare(30), 9);
  const year = await timeRuns(prepare(365), 9);
  // What the page hands over: the lines of the past year only, read by the reviewedAt index.
  const [from] = yearDays({ now, dayStartHour: 4 });
  const yearLogs = logs.filter((log) => log.reviewedAt >= from);
  const page = await timeRuns(() => prepareStats({ states, logs: yearLogs, now, dayStartHour: 4, days: 365, scope: { kind: 'all' }, typeOf: () => 'basic' }), 9);
  const deck = await timeRuns(() => prepareStats({ states, logs, now, dayStartHour: 4, days: 365, scope: { kind: 'deck', deckId: 'deck-3' }, typeOf: () => 'basic' }), 9);
  const ratio = (value: number[]) => `×${(median(value) / median(scan)).toFixed(1)} of a bare walk over both arrays (${ms(median(scan))})`;
  return [
    `  ${STATES} card states, ${LOGS} log lines (${LOGS / 10} undo lines), answers over two years`,
    line('every graph, everything, 30-day period', `median ${ms(median(month))}`, `target < 300 ms; ${ratio(month)}`, median(month) < 300),
    line('every graph, everything, 1-year period', `median ${ms(median(year))}`, `target < 300 ms; ${ratio(year)}`, median(year) < 300),
    line(`every graph, everything, 1-year period, the past year's ${yearLogs.length} lines (what the page reads)`, `median ${ms(median(page))}`, `target < 300 ms; ${ratio(page)}`, median(page) < 300),
    line('every graph, one deck of 20, 1-year period', `median ${ms(median(deck))}`, `target < 300 ms; ${ratio(deck)}`, median(deck) < 300),
  ];
}
