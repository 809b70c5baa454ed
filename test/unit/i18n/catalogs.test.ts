import { describe, expect, it } from 'vitest';
import { interpolate, pickLocale, translate } from '../../../src/shared/i18n';
import { FEATURE_CATALOGS, MESSAGES } from '../../../src/shared/i18n/messages';
import type { Catalog, Text } from '../../../src/shared/i18n';
import { CRON_FIELD_NAMES, MANIFEST_MESSAGES, TYPE_NAMES } from '../../../src/shared/manifest/messages';
import { EXCHANGE_ERRORS } from '../../../src/shared/exchange/errors';
import { IMPORT_WARNINGS } from '../../../src/shared/exchange/warnings';
import { EXPORT_LABELS } from '../../../src/shared/exchange/labels';
import { BACKUP_MESSAGES } from '../../../src/shared/backup/messages';
import { loadCommands } from '../../../src/cli/main';
import { CLI_MESSAGES } from '../../../src/cli/messages';
import { GENERATOR_TEXTS } from '../../../src/shared/generator/texts';
import { LAUNCHER_MESSAGES } from '../../../src/node/launcherMessages';

/** The names a text fills in: plain placeholders and plural arguments (not a one-word plural branch such as `one {it}`). */
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/(?<!\{|(?:zero|one|two|few|many|other|=\d+) )\{(\w+)(?:\}(?!\})|, plural,)/g)].map((m) => m[1]))].sort();

/** Every Text in a value (the CLI's command tables nest them in options). */
function textsIn(value: unknown, path: string, found: [string, Text][] = []): [string, Text][] {
  if (typeof value !== 'object' || value === null) return found;
  const keys = Object.keys(value);
  if (keys.length === 2 && keys.includes('fr') && keys.includes('en')) found.push([path, value as Text]);
  else for (const [key, inner] of Object.entries(value)) textsIn(inner, `${path}.${key}`, found);
  return found;
}

async function everyCatalog(): Promise<Record<string, Catalog>> {
  const commands = Object.fromEntries((await loadCommands()).map((command) => [`cli ${command.name}`, Object.fromEntries(textsIn(command, command.name))]));
  return {
    ...FEATURE_CATALOGS,
    manifest: MANIFEST_MESSAGES,
    typeNames: TYPE_NAMES,
    cronFields: CRON_FIELD_NAMES,
    exchangeErrors: EXCHANGE_ERRORS,
    importWarnings: IMPORT_WARNINGS,
    exportLabels: EXPORT_LABELS,
    backup: BACKUP_MESSAGES,
    cli: CLI_MESSAGES,
    generator: GENERATOR_TEXTS,
    launcher: LAUNCHER_MESSAGES,
    ...commands,
  };
}

describe('catalogs', () => {
  it('give every text in French and English, non-empty, with the same placeholders, and plurals as plurals', async () => {
    const catalogs = await everyCatalog();
    expect(Object.keys(catalogs).length).toBeGreaterThan(10);
    for (const [name, catalog] of Object.entries(catalogs)) {
      for (const [key, text] of Object.entries(catalog)) {
        const where = `${name}: ${key}`;
        expect(text.fr.trim(), where).not.toBe('');
        expect(text.en.trim(), where).not.toBe('');
        expect(placeholders(text.en), where).toEqual(placeholders(text.fr));
        // "2 erreur(s)": a plural is written as one, `{count, plural, one {…} other {…}}`
        expect(`${text.fr} ${text.en}`, where).not.toMatch(/\p{L}\((?:e?s|e)\)/u);
      }
    }
  });

  it('never define one key in two feature catalogs of the app (the last one would silently win)', () => {
    const owners = new Map<string, string[]>();
    for (const [name, catalog] of Object.entries(FEATURE_CATALOGS)) for (const key of Object.keys(catalog)) owners.set(key, [...(owners.get(key) ?? []), name]);
    expect([...owners].filter(([, names]) => names.length > 1)).toEqual([]);
    expect(Object.keys(MESSAGES).length).toBe([...owners.keys()].length);
  });

  it('catch a text whose English lacks a placeholder of the French', () => {
    expect(placeholders('{count} cartes dans {deck}')).not.toEqual(placeholders('{count} cards'));
    expect(placeholders('{n, plural, one {# carte} other {# cartes}}')).toEqual(['n']);
  });

  it('picks English only for English systems, French otherwise', () => {
    expect(pickLocale('en-US')).toBe('en');
    expect(pickLocale('en_GB')).toBe('en');
    expect(pickLocale('fr-CA')).toBe('fr');
    expect(pickLocale('de-DE')).toBe('fr');
    expect(pickLocale('')).toBe('fr');
    expect(pickLocale(undefined)).toBe('fr');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'library.cardCount', { count: 12 })).toBe('12 cards');
    expect(translate('fr', 'library.cardCount', { count: 12 })).toBe('12 cartes');
    expect(translate('en', 'library.cardCount')).toBe('{count} cards');
  });
});

describe('plurals', () => {
  const cards = '{count, plural, =0 {aucune carte} one {# carte} other {# cartes}}';
  it('picks the form Intl.PluralRules gives for the language: French 0 and 1 are singular, English only 1', () => {
    expect(interpolate(cards, { count: 0 }, 'fr')).toBe('aucune carte');
    expect(interpolate('{count, plural, one {# carte} other {# cartes}}', { count: 0 }, 'fr')).toBe('0 carte');
    expect(interpolate('{count, plural, one {# card} other {# cards}}', { count: 0 }, 'en')).toBe('0 cards');
    expect(interpolate(cards, { count: 1 }, 'fr')).toBe('1 carte');
    expect(interpolate(cards, { count: 2 }, 'fr')).toBe('2 cartes');
  });

  it('keeps placeholders inside and around a plural, and several plurals in one message', () => {
    const text = '{files, plural, one {# fichier} other {# fichiers}} dans {dir} : {errors, plural, one {# erreur} other {# erreurs}}';
    expect(interpolate(text, { files: 1, dir: 'decks', errors: 3 }, 'fr')).toBe('1 fichier dans decks : 3 erreurs');
    expect(interpolate('{{Calico}} {n, plural, one {# gap {name}} other {# gaps}}', { n: 1, name: 'x' }, 'en')).toBe('{{Calico}} 1 gap x');
  });
});
