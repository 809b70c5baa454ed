// Renaming a user deck through the web twin's API: the title changes, the id, cards and the
// progress keyed by them do not; bundled decks and bad titles are refused, saving nothing.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../src/shared/decks/library';
import { checkNewTitle, MAX_TITLE_LENGTH } from '../../../src/shared/decks/rename';
import { renameUserDeck } from '../../../src/renderer/src/lib/deckRename';
import { createBrowserApi } from '../../../src/renderer/src/platform/browser';
import { bundleOf } from '../../../src/renderer/src/platform/bundled';
import { VALID_DECK } from '../../fixtures/decks';

const bundle = bundleOf(loadLibrary([{ file: 'demo.yaml', origin: 'bundled', text: VALID_DECK }]));
const mine = VALID_DECK.replace('id: demo', 'id: mine').replace('title: Demo deck', 'title: My deck');
let n = 0;

describe('renaming a deck', () => {
  it('checks the new title', () => {
    expect(checkNewTitle({ title: 'Réseau' }, '  Réseau, révisé  ')).toEqual({ title: 'Réseau, révisé' });
    expect(checkNewTitle({ title: 'Réseau' }, '   ')).toEqual({ problem: 'empty' });
    expect(checkNewTitle({ title: 'Réseau' }, 'Réseau ')).toEqual({ problem: 'unchanged' });
    expect(checkNewTitle({ title: 'Réseau' }, 'deux\nlignes')).toEqual({ problem: 'lineBreak' });
    expect(checkNewTitle({ title: 'Réseau' }, 'é'.repeat(MAX_TITLE_LENGTH))).toEqual({ title: 'é'.repeat(MAX_TITLE_LENGTH) });
    expect(checkNewTitle({ title: 'Réseau' }, 'é'.repeat(MAX_TITLE_LENGTH + 1))).toEqual({ problem: 'tooLong' });
  });

  it('gives a user deck its new title and keeps its id and cards', async () => {
    const api = createBrowserApi(bundle, () => 'fr', `rename-${n++}`);
    await api.saveUserDecks([{ yaml: mine }]);
    const before = await api.getDeck('mine');
    expect(await renameUserDeck(api, 'mine', ' Mon paquet: « réseau » ')).toEqual({ ok: true, title: 'Mon paquet: « réseau »' });
    const after = await api.getDeck('mine');
    expect(after.ok && before.ok && after.value).toEqual(before.ok && { ...before.value, title: 'Mon paquet: « réseau »' });
    const { decks } = await api.listDecks();
    expect(decks.map((entry) => entry.summary?.title)).toEqual(['Demo deck', 'Mon paquet: « réseau »']);
  });

  it('refuses a bundled deck, an unknown id and an empty title, changing nothing', async () => {
    const api = createBrowserApi(bundle, () => 'fr', `rename-${n++}`);
    await api.saveUserDecks([{ yaml: mine }]);
    expect(await renameUserDeck(api, 'demo', 'Autre')).toEqual({ ok: false, error: { code: 'error.bundledId', params: { id: 'demo' } } });
    expect(await renameUserDeck(api, 'absent', 'Autre')).toEqual({ ok: false, error: { code: 'error.deckNotFound', params: { id: 'absent' } } });
    expect(await renameUserDeck(api, 'mine', '')).toEqual({ ok: false, problem: 'empty' });
    const { decks } = await api.listDecks();
    expect(decks.map((entry) => entry.summary?.title)).toEqual(['Demo deck', 'My deck']);
  });
});
