// Jobs and CronJobs: checked like the other workloads, plus their own rules (k8s batch validation).
import { describe, expect, it } from 'vitest';
import { checkManifest, formatFinding } from '../../../src/shared/manifest/check';
import { errorAt, findingsOf, replaced } from '../../fixtures/manifests';

const JOB = `apiVersion: batch/v1
kind: Job
metadata:
  name: pi
spec:
  backoffLimit: 4
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: pi
        image: perl:5.34.0
        command: ["perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"]
`;

const CRON_JOB = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: hello
spec:
  schedule: "*/5 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
          - name: hello
            image: busybox:1.36
            command: [date]
`;

const messages = (text: string, locale: 'en' | 'fr' = 'en') => checkManifest(text).map((finding) => formatFinding(finding, locale));
const withSchedule = (schedule: string) => replaced(CRON_JOB, '"*/5 * * * *"', JSON.stringify(schedule));

describe('Job', () => {
  it('accepts a valid Job without any finding (it used to be "not checked")', () => {
    expect(findingsOf(JOB)).toEqual([]);
  });

  it('checks its pod template like any workload', () => {
    const text = replaced(JOB, '      - name: pi\n', '      - name: Pi\n');
    expect(findingsOf(text)).toEqual([errorAt(text, 'Pi', 'invalid-name')]);
  });

  it('refuses a Job whose pods restart Always, and one that leaves restartPolicy to its default', () => {
    const always = replaced(JOB, 'restartPolicy: Never', 'restartPolicy: Always');
    expect(findingsOf(always)).toEqual([errorAt(always, 'Always', 'job-restart-policy')]);
    expect(messages(always)).toEqual(['A Job’s pods must have restartPolicy Never or OnFailure, not Always']);
    const missing = replaced(JOB, '      restartPolicy: Never\n', '');
    expect(findingsOf(missing)).toEqual([errorAt(missing, 'spec:\n      containers', 'job-restart-policy')]);
  });

  it('refuses a negative backoffLimit', () => {
    const text = replaced(JOB, 'backoffLimit: 4', 'backoffLimit: -1');
    expect(findingsOf(text)).toEqual([errorAt(text, '-1', 'value-range')]);
  });
});

describe('CronJob', () => {
  it('accepts standard schedules and descriptors', () => {
    for (const schedule of ['0 0 * * *', '@hourly', '@daily', '@every 1h30m', '30 6 1-15/2 jan,jul mon-fri', '0 12 ? * SUN', '15 3 * * 0']) expect(findingsOf(withSchedule(schedule)), schedule).toEqual([]);
  });

  it('refuses a schedule with four fields, a minute out of range, an unknown descriptor, a time zone', () => {
    const four = withSchedule('*/5 * * *');
    expect(findingsOf(four)).toEqual([errorAt(four, '"*/5', 'cron-schedule')]);
    const minute = withSchedule('61 * * * *');
    expect(findingsOf(minute)).toEqual([errorAt(minute, '"61', 'cron-schedule')]);
    expect(messages(minute)).toEqual(['In schedule "61 * * * *", the minute field "61" is invalid: values from 0 to 59, "*", ranges a-b, lists a,b and steps */n']);
    expect(messages(minute, 'fr')[0]).toBe('Dans la planification « 61 * * * * », le champ des minutes « 61 » est invalide : valeurs de 0 à 59, « * », plages a-b, listes a,b et pas */n');
    expect(findingsOf(withSchedule('@fortnightly')).map((f) => f.rule)).toEqual(['cron-schedule']);
    expect(findingsOf(withSchedule('CRON_TZ=Europe/Paris 0 6 * * *')).map((f) => f.rule)).toEqual(['cron-schedule']);
    expect(findingsOf(withSchedule('0 0 * * 7')).map((f) => f.rule)).toEqual(['cron-schedule']);
  });

  it('checks the pod template inside jobTemplate and its restartPolicy', () => {
    const text = replaced(CRON_JOB, 'restartPolicy: OnFailure', 'restartPolicy: Always');
    expect(findingsOf(text)).toEqual([errorAt(text, 'Always', 'job-restart-policy')]);
  });

  it('refuses a CronJob name longer than 52 characters', () => {
    const name = 'a'.repeat(53);
    const text = replaced(CRON_JOB, 'name: hello', `name: ${name}`);
    expect(findingsOf(text)).toEqual([errorAt(text, name, 'cronjob-name-length')]);
  });
});
