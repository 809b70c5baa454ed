// Exam history chart: one point per submitted attempt placed by its date, quizzes and exams as
// separate series.
import type { AttemptRecord } from '../exam/attempt';

export interface ScorePoint {
  /** When the attempt was handed in (epoch ms). */
  at: number;
  percent: number;
  title: string;
}

export interface ScoreSeries {
  quiz: ScorePoint[];
  exam: ScorePoint[];
  /** Earliest and latest dates, for the x axis (equal with a single attempt). */
  from: number;
  to: number;
}

export function scoreSeries(attempts: readonly AttemptRecord[]): ScoreSeries {
  const points = attempts
    .filter((attempt) => attempt.status === 'submitted')
    .map((attempt) => ({ mode: attempt.mode, at: attempt.submittedAt ?? attempt.startedAt, percent: attempt.score?.percent ?? 0, title: attempt.title }))
    .sort((a, b) => a.at - b.at);
  const pick = (mode: string) => points.filter((point) => point.mode === mode).map(({ at, percent, title }) => ({ at, percent, title }));
  return { quiz: pick('quiz'), exam: pick('exam'), from: points[0]?.at ?? 0, to: points.at(-1)?.at ?? 0 };
}
