// One French voice: anglicisms the course review found are kept out of the bundled decks and of
// the app's French catalogs (ids are left alone: progress is keyed on them and they never show).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../src/shared/decks/library';
import { deckValue } from '../../../src/shared/decks/value';
import { MESSAGES } from '../../../src/shared/i18n/messages';
import { MANIFEST_MESSAGES } from '../../../src/shared/manifest/messages';

const ANGLICISMS: [RegExp, string][] = [
  [/\bAPI server\b/i, 'le serveur d’API'],
  [/\bmanifests?\b/i, 'manifeste'],
  [/\bon[- ]premises?\b/i, 'sur site, auto-hébergé'],
];

/** Every text a student reads in a value, without ids. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => (key === 'id' ? [] : texts(inner)));
  return [];
}

/** Manifests in yaml-fix cards are YAML, not French: `apiVersion` lines are code. */
const CODE_FIELDS = new Set(['id', 'broken', 'solution', 'expect']);
function prose(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(prose);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => (CODE_FIELDS.has(key) ? [] : prose(inner)));
  return texts(value);
}

function offences(all: string[]): string[] {
  return all.flatMap((text) => ANGLICISMS.filter(([pattern]) => pattern.test(text.replace(/`[^`]*`/g, ''))).map(([, french]) => `${french} ← ${text.slice(0, 80)}`));
}

describe('one French voice', () => {
  it('no bundled deck says "API server", "manifest" or "on-premise"', () => {
    const dir = join(import.meta.dirname, '../../../decks');
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    const { decks } = loadLibrary(files.map((file) => ({ file, origin: 'bundled' as const, text: readFileSync(join(dir, file), 'utf8') })));
    expect(decks.size).toBe(files.length);
    expect(offences([...decks.values()].flatMap((deck) => prose(deckValue(deck))))).toEqual([]);
  });

  it('nor do the app’s and the checker’s French catalogs', () => {
    expect(offences(Object.values(MESSAGES).map((text) => text.fr))).toEqual([]);
    expect(offences(Object.values(MANIFEST_MESSAGES).map((text) => text.fr))).toEqual([]);
  });

  it('the check itself catches each of them', () => {
    expect(offences(["L'API server le refuse", 'le manifest', 'un cluster on-premise', 'le `manifest` cité'])).toHaveLength(3);
  });
});
