import { describe, expect, it } from 'vitest';
import { deckAssetBase, deckMediaKind, deckMediaType, deckMediaUrl, isKeptMediaName } from '../../../src/shared/decks/assets';

describe('deck images', () => {
  it('resolve next to the deck file, per origin', () => {
    expect(deckAssetBase('bundled', 'metallb.yaml')).toBe('./deck-assets/bundled/');
    expect(deckAssetBase('user', 'cours/ingress.yaml')).toBe('./deck-assets/user/cours/');
    expect(deckMediaUrl('images/schéma 1.svg', './deck-assets/bundled/')).toBe('./deck-assets/bundled/images/sch%C3%A9ma%201.svg');
  });

  it('refuse remote, data:, absolute, parent and non-image sources', () => {
    for (const src of ['https://tracker.example/p.png', '//cdn.example/p.png', 'data:image/png;base64,AAAA', '/etc/x.png', '../secret.png', 'images/../../x.png', 'notes.yaml', 'C:\\\\x.png']) {
      expect(deckMediaUrl(src, './deck-assets/bundled/'), src).toBeUndefined();
    }
  });

  it('name their content type by extension, whatever its case', () => {
    expect(deckMediaType('schéma.PNG')).toBe('image/png');
    expect(deckMediaType('photo.jpeg')).toBe('image/jpeg');
    expect(deckMediaType('anim.gif')).toBe('image/gif');
    expect(deckMediaType('x.svg')).toBe('image/svg+xml');
    expect(deckMediaType('cri.MP3')).toBe('audio/mpeg');
    expect(deckMediaType('demo.webm')).toBe('video/webm');
    for (const name of ['notes.txt', 'png', '.png', 'x.png.exe', 'x.', 'x.constructor', 'x.exe']) expect(deckMediaType(name), name).toBeUndefined();
  });

  it('let sounds and videos be played only where the card asks for them', () => {
    expect(deckMediaKind('media/cri.ogg')).toBe('audio');
    expect(deckMediaKind('media/demo.mp4')).toBe('video');
    expect(deckMediaKind('images/a.svg')).toBe('image');
    expect(deckMediaUrl('media/cri.mp3', './deck-assets/user/', ['audio', 'video'])).toBe('./deck-assets/user/media/cri.mp3');
    // An <img> pointing at a sound, or an <audio> at an image, loads nothing.
    expect(deckMediaUrl('media/cri.mp3', './deck-assets/user/', ['image'])).toBeUndefined();
    expect(deckMediaUrl('images/a.png', './deck-assets/user/', ['audio', 'video'])).toBeUndefined();
  });
});

describe('imported media kept in a deck folder', () => {
  it('are images, sounds and videos under a plain file name', () => {
    for (const name of ['schema.png', 'Photo 1.JPG', 'a.b.webp', '.x.gif', 'son.mp3', 'demo.webm']) expect(isKeptMediaName(name), name).toBe(true);
    for (const name of ['son.exe', 'notes.txt', '.png', '..', 'media/x.png', '../x.png', 'C:\\x.png', '/etc/x.svg', '']) {
      expect(isKeptMediaName(name), name).toBe(false);
    }
  });
});
