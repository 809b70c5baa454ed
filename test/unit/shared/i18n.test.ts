import { describe, expect, it } from 'vitest';
import { interpolate, pickLocale, translate } from '../../../src/shared/i18n';
import { en, fr } from '../../../src/shared/i18n/messages';

const placeholders = (text: string) => [...text.matchAll(/(?<!\{)\{(\w+)\}(?!\})/g)].map((m) => m[1]).sort();

describe('i18n', () => {
  it('has every French message in English, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]));
    }
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
