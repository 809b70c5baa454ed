// Study days start at a fixed local hour (4 a.m. by default, like Anki), so that a late-night
// session still counts for the evening's day.

const HOUR = 60 * 60 * 1000;

/** Start (epoch ms) of the study day that contains `now`, in the local time zone. */
export function studyDayStart(now: number, dayStartHour: number): number {
  const date = new Date(now);
  const start = new Date(date.getFullYear(), date.getMonth(), date.getDate(), dayStartHour);
  if (start.getTime() > now) start.setDate(start.getDate() - 1);
  return start.getTime();
}

/** Start of the next study day: items due before it are due "today". */
export function nextStudyDayStart(now: number, dayStartHour: number): number {
  const start = new Date(studyDayStart(now, dayStartHour));
  start.setDate(start.getDate() + 1);
  return start.getTime();
}

export const MINUTE = 60 * 1000;
export { HOUR };
export const DAY = 24 * HOUR;
