import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDeckService } from '../../../src/main/deckService';
import { VALID_DECK } from '../../fixtures/decks';

function folders() {
  const base = mkdtempSync(join(tmpdir(), 'kubedeck-decks-'));
  const bundled = join(base, 'bundled');
  mkdirSync(bundled);
  return { bundled, user: join(base, 'user') };
}

describe('main deck service', () => {
  it('lists bundled and user decks, and works before the user folder exists', async () => {
    const dirs = folders();
    writeFileSync(join(dirs.bundled, 'demo.yaml'), VALID_DECK);
    writeFileSync(join(dirs.bundled, 'notes.txt'), 'not a deck');
    const service = createDeckService(dirs, () => 'en-GB');
    expect((await service.listDecks()).decks.map((e) => [e.file, e.origin])).toEqual([['demo.yaml', 'bundled']]);
    mkdirSync(dirs.user);
    writeFileSync(join(dirs.user, 'mine.yml'), VALID_DECK.replace('id: demo', 'id: mine').replace('Demo deck', 'My deck'));
    writeFileSync(join(dirs.user, 'broken.yaml'), 'format: kubedeck/1\nid: [');
    const entries = (await service.listDecks()).decks;
    expect(entries.map((e) => [e.file, e.origin, e.problems.length > 0])).toEqual([
      ['demo.yaml', 'bundled', false],
      ['mine.yml', 'user', false],
      ['broken.yaml', 'user', true],
    ]);
    expect(await service.getSystemLocale()).toBe('en-GB');
  });

  it('returns a deck by id, and an error value for an unknown id', async () => {
    const dirs = folders();
    writeFileSync(join(dirs.bundled, 'demo.yaml'), VALID_DECK);
    const service = createDeckService(dirs, () => 'fr');
    const found = await service.getDeck('demo');
    expect(found.ok && found.value.cards.length).toBe(5);
    expect(await service.getDeck('nope')).toEqual({ ok: false, error: 'no deck with id "nope"' });
  });
});
