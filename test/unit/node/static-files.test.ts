import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeOf, resolveStaticPath } from '../../../src/node/staticFiles';
import { DECK_MEDIA_EXTENSIONS } from '../../../src/shared/decks/assets';

describe('resolveStaticPath', () => {
  const root = resolve('/srv/app');
  it('maps URL paths inside the root, with index.html for /', () => {
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/index-abc.js')).toBe(join(root, 'assets/index-abc.js'));
    expect(resolveStaticPath(root, '/a%20b.css')).toBe(join(root, 'a b.css'));
  });
  it('refuses traversal, encoded separators, NUL bytes and bad encodings', () => {
    for (const path of ['/../etc/passwd', '/%2e%2e/etc/passwd', '/assets/..%2f..%2fx', '/a%00.js', '/%E0%A4%A', '/..\\x', '/..']) {
      expect(resolveStaticPath(root, path), path).toBeUndefined();
    }
  });
  it('names content types so that scripts and styles are not sniffed', () => {
    expect(contentTypeOf('a.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('a.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('a.unknown')).toBe('application/octet-stream');
    expect(contentTypeOf('media-worker.js')).toBe('text/javascript; charset=utf-8');
    for (const ext of DECK_MEDIA_EXTENSIONS) expect(contentTypeOf(`a${ext}`), ext).toMatch(/^(image|audio|video)\//);
  });
});
