import { describe, expect, it } from 'vitest';
import { mediaNameOf, mediaResponse } from '../../../src/renderer/src/platform/mediaRequests';
import { deckAssetBase, deckMediaUrl } from '../../../src/shared/decks/assets';

describe('media worker: which requests it answers', () => {
  const scope = 'https://kubedeck.example/app/';

  it('maps the URL of an imported image, as cards write it, back to the media name', () => {
    const src = deckMediaUrl('media/schéma 1.png', deckAssetBase('user', 'mine.yaml'))!;
    expect(mediaNameOf(new URL(src, `${scope}index.html#/study/mine`).href, scope)).toBe('schéma 1.png');
    expect(mediaNameOf(`${scope}deck-assets/user/media/Diagram.SVG?v=2#x`, scope)).toBe('Diagram.SVG');
    // Sounds and videos imported from Anki are played from the same folder.
    expect(mediaNameOf(`${scope}deck-assets/user/media/cri.mp3`, scope)).toBe('cri.mp3');
  });

  it('leaves every other request to the network', () => {
    for (const url of [
      `${scope}`,
      `${scope}index.html`,
      `${scope}assets/index-abc.js`,
      `${scope}deck-assets/bundled/images/metallb.svg`,
      `${scope}deck-assets/user/other/x.png`,
      `${scope}deck-assets/user/media/notes.txt`,
      `${scope}deck-assets/user/media/son.exe`,
      `${scope}deck-assets/user/media/`,
      `${scope}deck-assets/user/media/sub/x.png`,
      `${scope}deck-assets/user/media/..%2Fx.png`,
      `${scope}deck-assets/user/media/a%5Cb.png`,
      `${scope}deck-assets/user/media/%E0%A4%A.png`,
      `${scope}deck-assets/user/media/.png`,
      'https://kubedeck.example/deck-assets/user/media/x.png',
      'https://elsewhere.example/app/deck-assets/user/media/x.png',
    ]) {
      expect(mediaNameOf(url, scope), url).toBeUndefined();
    }
  });
});

describe('media worker: what it answers', () => {
  it('serves an image, a sound or a video with the type its name says, never sniffed, under the app CSP', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    for (const [name, type] of [
      ['a.png', 'image/png'],
      ['a.JPG', 'image/jpeg'],
      ['a.jpeg', 'image/jpeg'],
      ['a.gif', 'image/gif'],
      ['a.svg', 'image/svg+xml'],
      ['a.webp', 'image/webp'],
      ['a.mp3', 'audio/mpeg'],
      ['a.webm', 'video/webm'],
    ]) {
      const response = mediaResponse(name, bytes);
      expect(response.status, name).toBe(200);
      expect(response.headers.get('Content-Type'), name).toBe(type);
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
    }
    const headers = mediaResponse('a.svg', bytes).headers;
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Content-Security-Policy')).toContain("default-src 'none'");
  });

  it('answers 404 for a media that is not stored', () => {
    const response = mediaResponse('a.png', undefined);
    expect(response.status).toBe(404);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });
});
