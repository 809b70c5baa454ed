// Jobs and CronJobs beyond their pod template (k8s pkg/apis/batch/validation): how their pods
// restart, their counts and deadlines, and a CronJob's schedule.
import type { Findings } from '../findings';
import type { Field } from '../yaml';
import { checkAtLeast } from './pods';

export function checkBatchWorkload(kind: 'Job' | 'CronJob', root: Field, podSpec: Field, findings: Findings): void {
  checkJobSpec(kind === 'Job' ? root.get('spec') : root.at('spec.jobTemplate.spec'), podSpec, findings);
  if (kind === 'CronJob') checkCronJob(root, findings);
}

/**
 * validateJobSpec: counts and deadlines are never negative. validateJobPodTemplate: a Job's pods
 * restart Never or OnFailure; the pod default, Always, is refused, so the field must be written.
 */
function checkJobSpec(spec: Field, podSpec: Field, findings: Findings) {
  if (!spec.isMap) return;
  for (const name of ['parallelism', 'completions', 'activeDeadlineSeconds', 'backoffLimit', 'ttlSecondsAfterFinished']) checkAtLeast(spec.get(name), 0, findings);
  if (!podSpec.isMap) return;
  const restartPolicy = podSpec.get('restartPolicy');
  if (!restartPolicy.exists) findings.error(podSpec.keyAnchor, 'job-restart-policy', { path: restartPolicy.path }, 'job-restart-policy-missing');
  else if (restartPolicy.text === 'Always') findings.error(restartPolicy.anchor, 'job-restart-policy', { path: restartPolicy.path, value: restartPolicy.text });
}

/** ValidateCronJobCreate: a name short enough for its Jobs' names; ValidateCronJobSpec: the schedule and history limits. */
function checkCronJob(root: Field, findings: Findings) {
  const name = root.at('metadata.name');
  if (name.text !== undefined && name.text.length > 52) findings.error(name.anchor, 'cronjob-name-length', { path: name.path, value: name.text, length: name.text.length });
  const spec = root.get('spec');
  for (const limit of ['startingDeadlineSeconds', 'successfulJobsHistoryLimit', 'failedJobsHistoryLimit']) checkAtLeast(spec.get(limit), 0, findings);
  const schedule = spec.get('schedule');
  if (schedule.text !== undefined) checkSchedule(schedule, findings);
}

const DESCRIPTORS = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly'];

/** Go's time.ParseDuration: `1h30m`, `90s`, `1.5h`. */
const GO_DURATION = /^[-+]?(?:0|(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+)$/;

/** The five fields of a standard cron line, their bounds and names (robfig/cron's ParseStandard, which the CronJob controller uses). */
const CRON_FIELDS: { field: string; min: number; max: number; names?: string[] }[] = [
  { field: 'minute', min: 0, max: 59 },
  { field: 'hour', min: 0, max: 23 },
  { field: 'day-of-month', min: 1, max: 31 },
  { field: 'month', min: 1, max: 12, names: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] },
  { field: 'day-of-week', min: 0, max: 6, names: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] },
];

/** validateScheduleFormat: what cron.ParseStandard accepts, without a time zone (spec.timeZone says it). */
function checkSchedule(schedule: Field, findings: Findings) {
  const value = schedule.text!;
  const params = { path: schedule.path, value };
  if (value.includes('TZ')) return findings.error(schedule.anchor, 'cron-schedule', params, 'cron-schedule-timezone');
  const text = value.trim();
  if (text.startsWith('@')) {
    const every = /^@every\s+(\S+)$/.exec(text);
    if (!DESCRIPTORS.includes(text) && !(every && GO_DURATION.test(every[1]))) findings.error(schedule.anchor, 'cron-schedule', params, 'cron-schedule-descriptor');
    return;
  }
  const parts = text.split(/\s+/).filter(Boolean);
  if (parts.length !== 5) return findings.error(schedule.anchor, 'cron-schedule', params, 'cron-schedule-fields');
  parts.forEach((part, i) => {
    const { field, min, max, names } = CRON_FIELDS[i];
    if (!part.split(',').every((range) => isCronRange(range, min, max, names)))
      findings.error(schedule.anchor, 'cron-schedule', { ...params, field, part, min, max }, 'cron-schedule-field');
  });
}

/** `*`, `?`, `5`, `1-5`, `*\/15`, `10/5` (from 10 to the end), `mon-fri`. */
function isCronRange(range: string, min: number, max: number, names?: string[]): boolean {
  const [span, step, extra] = range.split('/');
  if (extra !== undefined || (step !== undefined && !(/^\d+$/.test(step) && Number(step) > 0))) return false;
  const bounds = span.split('-');
  if (bounds.length > 2) return false;
  if (bounds[0] === '*' || bounds[0] === '?') return bounds.length === 1;
  const number = (text: string) => {
    const named = names?.indexOf(text.toLowerCase()) ?? -1;
    if (named >= 0) return named + min;
    return /^\d+$/.test(text) ? Number(text) : NaN;
  };
  const start = number(bounds[0]);
  const end = bounds.length === 2 ? number(bounds[1]) : step !== undefined ? max : start;
  return start >= min && end <= max && start <= end;
}
