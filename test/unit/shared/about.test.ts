import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_LICENCE, APP_VERSION, COURSE_SOURCE } from '../../../src/shared/about';

const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../package.json'), 'utf8')) as { version: string; license?: string };

describe('about', () => {
  it('shows the version and licence package.json gives', () => {
    expect(APP_VERSION).toBe(pkg.version);
    expect(APP_LICENCE).toBe(pkg.license);
  });
  it('names the course the decks come from with its licence', () => {
    expect(COURSE_SOURCE.licence).toBe('CC BY-NC-SA 4.0');
    expect(COURSE_SOURCE.licenceUrl).toMatch(/^https:\/\/creativecommons\.org\/licenses\/by-nc-sa\/4\.0\/$/);
  });
});
