// Grading a "fix this YAML" challenge for the scheduler: solved alone is Good, solved with hints
// is Hard, giving up (showing the solution) is Again.
import type { ManifestFinding } from '../manifest/findings';
import type { Grade } from './types';

export type ChallengeOutcome = { solved: true; hintsUsed: number } | { solved: false };

export function challengeGrade(outcome: ChallengeOutcome): Grade {
  if (!outcome.solved) return 1;
  return outcome.hintsUsed === 0 ? 3 : 2;
}

/** A challenge is solved when no error remains, `expect` assertions included (warnings are fine). */
export function isSolved(findings: readonly ManifestFinding[]): boolean {
  return !findings.some((finding) => finding.severity === 'error');
}
