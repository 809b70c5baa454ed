// The exam clock. The time left is always computed from when the attempt started and how long
// it lasts, never counted down by a ticking counter: a reload or a restart resumes it exactly,
// and time keeps running while the app is closed, as it would in an exam room.
import { MINUTE } from '../review/day';

export interface Timed {
  startedAt: number;
  /** Absent: untimed (a quiz). */
  durationMs?: number;
}

export function deadlineOf(attempt: Timed): number | undefined {
  return attempt.durationMs === undefined ? undefined : attempt.startedAt + attempt.durationMs;
}

/** Milliseconds left at `now` (0 once over); undefined when untimed. */
export function remainingMs(attempt: Timed, now: number): number | undefined {
  const deadline = deadlineOf(attempt);
  return deadline === undefined ? undefined : Math.max(0, deadline - now);
}

export function isTimeUp(attempt: Timed, now: number): boolean {
  return remainingMs(attempt, now) === 0;
}

/** Moments announced to screen-reader users (and shown): 5 minutes and 1 minute left. */
export const WARNING_MARKS_MS = [5 * MINUTE, MINUTE] as const;

/** The mark passed between two readings of the time left, if any (the smallest, when both). */
export function warningPassed(before: number, after: number): number | undefined {
  return [...WARNING_MARKS_MS].reverse().find((mark) => before > mark && after <= mark);
}

/** `mm:ss`, or `h:mm:ss` from an hour; seconds rounded up, so 00:00 shows only at the end. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}
