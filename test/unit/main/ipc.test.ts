import { describe, expect, it, vi } from 'vitest';
import { createIpcHandlers } from '../../../src/main/ipc';
import { isAppUrl } from '../../../src/main/security';
import { API_METHODS, channelOf, type KubeDeckApi } from '../../../src/shared/api';

function fakeApi(): KubeDeckApi {
  return {
    listDecks: vi.fn(async () => ({ decks: [] })),
    getDeck: vi.fn(async (id: string) => ({ ok: false as const, error: { code: 'error.deckNotFound' as const, params: { id } } })),
    getSystemLocale: vi.fn(async () => 'fr-FR'),
    saveUserDecks: vi.fn(async () => ({ ok: true as const, value: { saved: [] } })),
    deleteUserDeck: vi.fn(async () => ({ ok: true as const, value: undefined })),
    printToPdf: vi.fn(async () => ({ ok: true as const, value: new Uint8Array() })),
  };
}
const fromApp = { senderFrame: { url: 'kubedeck://app/index.html' } } as never;
const fromElsewhere = { senderFrame: { url: 'https://evil.example/' } } as never;

describe('IPC handlers', () => {
  it('exist for every API method and nothing else', () => {
    const handlers = createIpcHandlers(fakeApi(), (url) => isAppUrl(url));
    expect([...handlers.keys()].sort()).toEqual(API_METHODS.map(channelOf).sort());
  });

  it('answer the app’s own page', async () => {
    const api = fakeApi();
    const handlers = createIpcHandlers(api, (url) => isAppUrl(url));
    await expect(handlers.get('kubedeck:getDeck')!(fromApp, 'volumes')).resolves.toEqual({ ok: false, error: { code: 'error.deckNotFound', params: { id: 'volumes' } } });
    expect(api.getDeck).toHaveBeenCalledWith('volumes');
  });

  it('refuse other senders and frames without a URL, before calling the API', async () => {
    const api = fakeApi();
    const handlers = createIpcHandlers(api, (url) => isAppUrl(url));
    await expect(handlers.get('kubedeck:listDecks')!(fromElsewhere)).rejects.toThrow(/untrusted sender/);
    await expect(handlers.get('kubedeck:listDecks')!({ senderFrame: null } as never)).rejects.toThrow(/untrusted sender/);
    expect(api.listDecks).not.toHaveBeenCalled();
  });

  it('refuse malformed arguments', async () => {
    const api = fakeApi();
    const handlers = createIpcHandlers(api, (url) => isAppUrl(url));
    const getDeck = handlers.get('kubedeck:getDeck')!;
    for (const args of [[], [42], ['../etc'], ['a', 'b'], ['x'.repeat(101)]]) {
      await expect(getDeck(fromApp, ...args), JSON.stringify(args)).rejects.toThrow(/invalid arguments/);
    }
    await expect(handlers.get('kubedeck:listDecks')!(fromApp, 'extra')).rejects.toThrow(/invalid arguments/);
    expect(api.getDeck).not.toHaveBeenCalled();
    const remove = handlers.get('kubedeck:deleteUserDeck')!;
    for (const args of [[], ['../decks/x'], ['Mine'], ['mine', 'other']]) {
      await expect(remove(fromApp, ...args), JSON.stringify(args)).rejects.toThrow(/invalid arguments/);
    }
    expect(api.deleteUserDeck).not.toHaveBeenCalled();
    const save = handlers.get('kubedeck:saveUserDecks')!;
    for (const args of [[[]], [[{ yaml: 3 }]], [[{ text: 'x' }]], ['x'], [[{ yaml: 'x'.repeat(16 * 1024 * 1024 + 1) }]]]) {
      await expect(save(fromApp, ...args)).rejects.toThrow(/invalid arguments/);
    }
    await expect(save(fromApp, [{ yaml: 'format: kubedeck/1' }])).resolves.toMatchObject({ ok: true });
    for (const media of [[{ name: '../x.png', bytes: new Uint8Array() }], [{ name: '.hidden.png', bytes: new Uint8Array() }], [{ name: 'x.png', bytes: 'text' }], 'x']) {
      await expect(save(fromApp, [{ yaml: 'x' }], media), JSON.stringify(media)).rejects.toThrow(/invalid arguments/);
    }
    await expect(save(fromApp, [{ yaml: 'x' }], [{ name: 'schéma 1.png', bytes: new Uint8Array([1]) }])).resolves.toMatchObject({ ok: true });
    await expect(handlers.get('kubedeck:printToPdf')!(fromApp, 42)).rejects.toThrow(/invalid arguments/);
  });
});
