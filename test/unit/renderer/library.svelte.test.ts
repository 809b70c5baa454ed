import 'fake-indexeddb/auto';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeckLibrary } from '../../../src/shared/api';
import { loadLibrary } from '../../../src/shared/decks/library';
import { i18n } from '../../../src/renderer/src/lib/i18n.svelte';
import Library from '../../../src/renderer/src/components/Library.svelte';
import { VALID_DECK } from '../../fixtures/decks';

const listDecks = vi.fn<() => Promise<DeckLibrary>>();
const demo = loadLibrary([{ file: 'demo.yaml', origin: 'bundled', text: VALID_DECK }]).decks.get('demo')!;
vi.mock('../../../src/renderer/src/lib/api', () => ({
  api: {
    listDecks: () => listDecks(),
    getDeck: async (id: string) => (id === 'demo' ? { ok: true, value: demo } : { ok: false, error: { code: 'error.deckNotFound' as const, params: { id } } }),
  },
  userDeckFolderHint: '<userData>/decks',
  canPrintToPdf: false,
}));

beforeEach(() => {
  i18n.locale = 'fr';
});
afterEach(() => cleanup());

describe('Library', () => {
  it('shows each deck with its title, card count and description, and a link to open it', async () => {
    listDecks.mockResolvedValue(loadLibrary([{ file: 'demo.yaml', origin: 'bundled', text: VALID_DECK }]).library);
    render(Library);
    const link = await screen.findByRole('link', { name: 'Demo deck' });
    expect(link.getAttribute('href')).toBe('#/deck/demo');
    const tile = link.closest('li')!;
    expect(within(tile).getByText('5 cartes')).toBeTruthy();
    expect(within(tile).getByText('A small deck for tests.')).toBeTruthy();
    // Progress figures: 7 study items (a reversed card and a two-gap cloze count twice), none studied yet.
    // Seven study items, but the reverse side and the second gap are siblings that wait until tomorrow.
    expect((await within(tile).findByTestId('deck-counts')).textContent).toBe('0 à revoir 0 en cours 5 nouvelles');
    expect(within(tile).getByRole('link', { name: /Étudier/ }).getAttribute('href')).toBe('#/study/deck/demo');
  });

  it('renders the description as Markdown: code without its backticks, no raw HTML', async () => {
    const text = VALID_DECK.replace('A small deck for tests.', '"Uses `kubectl apply` and <img src=x onerror=alert(1)> **bold**."');
    listDecks.mockResolvedValue(loadLibrary([{ file: 'demo.yaml', origin: 'bundled', text }]).library);
    render(Library);
    const tile = (await screen.findByRole('link', { name: 'Demo deck' })).closest('li')!;
    const code = tile.querySelector('.deck-description code');
    expect(code?.textContent).toBe('kubectl apply');
    expect(tile.querySelector('.deck-description')?.textContent).not.toContain('`');
    expect(tile.querySelector('.deck-description strong')?.textContent).toBe('bold');
    expect(tile.querySelector('[onerror]')).toBeNull();
  });

  it('lists a broken deck with its errors while the other decks load', async () => {
    listDecks.mockResolvedValue(
      loadLibrary([
        { file: 'demo.yaml', origin: 'bundled', text: VALID_DECK },
        { file: 'broken.yaml', origin: 'user', text: VALID_DECK.replace('id: demo', 'id: other').replace('    type: mcq', '    type: mqc') },
      ]).library,
    );
    render(Library);
    await screen.findByRole('link', { name: 'Demo deck' });
    const brokenTile = screen.getByRole('heading', { name: 'broken.yaml' }).closest('li')!;
    expect(within(brokenTile).getByText(/broken\.yaml:20:11/)).toBeTruthy();
    expect(brokenTile.textContent).toContain('Vouliez-vous dire « mcq »');
  });

  it('shows an empty state naming the deck folder, in the chosen language', async () => {
    listDecks.mockResolvedValue({ decks: [] });
    i18n.locale = 'en';
    render(Library);
    expect(await screen.findByText('No decks yet')).toBeTruthy();
    expect(screen.getByText(/Add YAML deck files to <userData>\/decks/)).toBeTruthy();
    i18n.locale = 'fr';
    flushSync();
    expect(screen.getByText('Aucun paquet pour l’instant')).toBeTruthy();
  });

  it('says so when the library cannot be read', async () => {
    listDecks.mockRejectedValue(new Error('disk on fire'));
    render(Library);
    expect((await screen.findByRole('alert')).textContent).toContain('disk on fire');
  });
});
