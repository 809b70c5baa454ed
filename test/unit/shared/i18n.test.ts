import { describe, expect, it } from 'vitest';
import { pickLocale, translate } from '../../../src/shared/i18n';
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
