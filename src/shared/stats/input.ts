// What every statistics graph starts from: the answers that still count (an undone answer does
// not), the card states in scope, and the study days around "now" (days start at dayStartHour).
import { DAY, studyDayStart } from '../review/day';
import { QUEUE_REMOVED, type CardStateRecord, type ReviewLogRecord, STATE_LEARNING, STATE_NEW, STATE_RELEARNING } from '../review/types';

/** One deck, the items carrying one topic (their keys), or everything. */
export type StatsScope = { kind: 'deck'; deckId: string } | { kind: 'keys'; keys: ReadonlySet<string> } | { kind: 'all' };

export interface StatsClock {
  now: number;
  dayStartHour: number;
}

/** Interval (days) from which a review card counts as mature, as in Anki. */
export const MATURE_DAYS = 21;

export function inScope(scope: StatsScope, record: { key: string; deckId: string }): boolean {
  if (scope.kind === 'deck') return record.deckId === scope.deckId;
  if (scope.kind === 'keys') return scope.keys.has(record.key);
  return true;
}

/** Answers in scope that no undo line cancels, in log order. */
export function countedAnswers(logs: readonly ReviewLogRecord[], scope: StatsScope): ReviewLogRecord[] {
  const undone = new Set<string>();
  for (const line of logs) if (line.kind === 'undo' && line.undoes) undone.add(line.undoes);
  const answers: ReviewLogRecord[] = [];
  for (const line of logs) {
    if (line.kind === 'answer' && line.grade !== undefined && !undone.has(line.uid) && inScope(scope, line)) answers.push(line);
  }
  return answers;
}

/** Card states in scope, leaving out items removed from their deck. */
export function statesInScope(states: readonly CardStateRecord[], scope: StatsScope): CardStateRecord[] {
  return states.filter((state) => state.queue !== QUEUE_REMOVED && inScope(scope, state));
}

/**
 * Study-day boundaries: `starts[i]` is the start of the day `i` days after today (negative `from`
 * goes back). Built with calendar arithmetic, so a daylight-saving change keeps days aligned.
 */
export function dayStarts(clock: StatsClock, from: number, to: number): number[] {
  const today = new Date(studyDayStart(clock.now, clock.dayStartHour));
  const starts: number[] = [];
  for (let offset = from; offset <= to; offset++) {
    const day = new Date(today);
    day.setDate(day.getDate() + offset);
    starts.push(day.getTime());
  }
  return starts;
}

/** Index `i` such that starts[i] <= time < starts[i + 1]; -1 before the first, starts.length - 1 after the last. */
export function dayIndex(starts: readonly number[], time: number): number {
  if (time < starts[0]) return -1;
  const last = starts.length - 1;
  // Days are about DAY long (23 or 25 hours across a daylight-saving change): guess, then step to the right day.
  let index = Math.min(last, Math.floor((time - starts[0]) / DAY));
  while (starts[index] > time) index--;
  while (index < last && starts[index + 1] <= time) index++;
  return index;
}

/** Days the statistics look back on: the year ending today. */
export const YEAR_DAYS = 365;

/** Starts of the last YEAR_DAYS study days and of tomorrow: today is index YEAR_DAYS - 1. */
export const yearDays = (clock: StatsClock): number[] => dayStarts(clock, -(YEAR_DAYS - 1), 1);

/** What the card was when answered: the Reviews and Answer buttons graphs stack by it. */
export type AnswerKind = 'learning' | 'young' | 'mature' | 'relearning';

export function answerKind(line: ReviewLogRecord): AnswerKind {
  const before = line.before;
  if (!before || before.state === STATE_NEW || before.state === STATE_LEARNING) return 'learning';
  if (before.state === STATE_RELEARNING) return 'relearning';
  return before.scheduledDays >= MATURE_DAYS ? 'mature' : 'young';
}

/** Share of `part` in `whole`, or undefined when there is nothing to divide. */
export const rate = (part: number, whole: number): number | undefined => (whole > 0 ? part / whole : undefined);
