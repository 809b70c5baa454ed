import { describe, expect, it } from 'vitest';
import { deckAssetBase, deckImageUrl } from '../../../src/shared/decks/assets';

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
});
