import { describe, expect, it } from 'vitest';
import { createBrowserApi } from '../../../src/renderer/src/platform/browser';
import { VALID_DECK } from '../../fixtures/decks';

describe('web twin API', () => {
  const loaders = {
    '../../decks/demo.yaml': async () => VALID_DECK,
    '../../decks/broken.yaml': async () => 'format: kubedeck/1\nid: broken\ncards: [',
  };

  it('loads bundled decks with the same checks as the desktop app', async () => {
    const api = createBrowserApi(loaders, () => 'en-US');
    const { decks } = await api.listDecks();
    expect(decks.map((e) => [e.file, e.summary?.title])).toEqual([
      ['demo.yaml', 'Demo deck'],
      ['broken.yaml', undefined],
    ]);
    expect(decks[1].problems[0]).toMatchObject({ file: 'broken.yaml', code: 'yaml-syntax', line: 3 });
    expect(await api.getSystemLocale()).toBe('en-US');
  });

  it('returns decks by id and an error value for an unknown one', async () => {
    const api = createBrowserApi(loaders);
    const found = await api.getDeck('demo');
    expect(found.ok && found.value.title).toBe('Demo deck');
    expect(await api.getDeck('broken')).toEqual({ ok: false, error: 'no deck with id "broken"' });
  });

  it('bundles the decks of decks/ by default', async () => {
    const { decks } = await createBrowserApi().listDecks();
    expect(decks.length).toBeGreaterThan(0);
    expect(decks.every((e) => e.summary)).toBe(true);
  });
});
