import { describe, expect, it } from 'vitest';
import { deckAssetBase, deckImageType, deckImageUrl, isKeptMediaName } from '../../../src/shared/decks/assets';

describe('deck images', () => {
  it('resolve next to the deck file, per origin', () => {
    expect(deckAssetBase('bundled', 'metallb.yaml')).toBe('./deck-assets/bundled/');
    expect(deckAssetBase('user', 'cours/ingress.yaml')).toBe('./deck-assets/user/cours/');
    expect(deckImageUrl('images/schéma 1.svg', './deck-assets/bundled/')).toBe('./deck-assets/bundled/images/sch%C3%A9ma%201.svg');
  });

  it('refuse remote, data:, absolute, parent and non-image sources', () => {
    for (const src of ['https://tracker.example/p.png', '//cdn.example/p.png', 'data:image/png;base64,AAAA', '/etc/x.png', '../secret.png', 'images/../../x.png', 'notes.yaml', 'C:\\\\x.png']) {
      expect(deckImageUrl(src, './deck-assets/bundled/'), src).toBeUndefined();
    }
  });

  it('name their content type by extension, whatever its case', () => {
    expect(deckImageType('schéma.PNG')).toBe('image/png');
    expect(deckImageType('photo.jpeg')).toBe('image/jpeg');
    expect(deckImageType('anim.gif')).toBe('image/gif');
    expect(deckImageType('x.svg')).toBe('image/svg+xml');
    for (const name of ['notes.txt', 'png', '.png', 'x.png.exe', 'x.']) expect(deckImageType(name), name).toBeUndefined();
  });
});

describe('imported media kept in a deck folder', () => {
  it('are images under a plain file name', () => {
    for (const name of ['schema.png', 'Photo 1.JPG', 'a.b.webp', '.x.gif']) expect(isKeptMediaName(name), name).toBe(true);
    for (const name of ['son.mp3', 'notes.txt', '.png', '..', 'media/x.png', '../x.png', 'C:\\x.png', '/etc/x.svg', '']) {
      expect(isKeptMediaName(name), name).toBe(false);
    }
  });
});
