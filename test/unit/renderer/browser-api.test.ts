import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../src/shared/decks/library';
import { createBrowserApi, type MediaWorkerHost } from '../../../src/renderer/src/platform/browser';
import { bundleOf } from '../../../src/renderer/src/platform/bundled';
import { UserDeckStore } from '../../../src/renderer/src/platform/userDeckStore';
import { VALID_DECK } from '../../fixtures/decks';

describe('web twin API', () => {
  const bundle = bundleOf(
    loadLibrary([
      { file: 'demo.yaml', origin: 'bundled', text: VALID_DECK },
      { file: 'broken.yaml', origin: 'bundled', text: 'format: kubedeck/1\nid: broken\ncards: [' },
    ]),
  );

  it('lists decks with the problems found when they were loaded', async () => {
    const api = createBrowserApi(bundle, () => 'en-US');
    const { decks } = await api.listDecks();
    expect(decks.map((e) => [e.file, e.summary?.title])).toEqual([
      ['demo.yaml', 'Demo deck'],
      ['broken.yaml', undefined],
    ]);
    expect(decks[1].problems[0]).toMatchObject({ file: 'broken.yaml', code: 'yaml-syntax', line: 3 });
    expect(await api.getSystemLocale()).toBe('en-US');
  });

  it('returns decks by id and an error value for an unknown or inherited id', async () => {
    const api = createBrowserApi(bundle);
    const found = await api.getDeck('demo');
    expect(found.ok && found.value.title).toBe('Demo deck');
    expect(await api.getDeck('broken')).toEqual({ ok: false, error: { code: 'error.deckNotFound', params: { id: 'broken' } } });
    expect(await api.getDeck('constructor')).toEqual({ ok: false, error: { code: 'error.deckNotFound', params: { id: 'constructor' } } });
  });

  it('serves the decks of decks/, checked at build time', async () => {
    const api = createBrowserApi();
    const { decks } = await api.listDecks();
    expect(decks.length).toBeGreaterThanOrEqual(6);
    expect(decks.flatMap((e) => e.problems)).toEqual([]);
    const first = await api.getDeck(decks[0].summary!.id);
    expect(first.ok && first.value.cards.length).toBe(decks[0].summary!.cardCount);
  });
});

describe('web twin: imported decks', () => {
  const bundle = bundleOf(loadLibrary([{ file: 'demo.yaml', origin: 'bundled', text: VALID_DECK }]));
  const mine = VALID_DECK.replace('id: demo', 'id: mine').replace('Demo deck', 'My deck');
  let n = 0;
  const fresh = () => createBrowserApi(bundle, () => 'fr', `user-decks-${n++}`);

  it('keeps imported decks in IndexedDB, lists them as the user’s and opens them', async () => {
    const api = fresh();
    expect(await api.saveUserDecks([{ yaml: mine }])).toEqual({ ok: true, value: { saved: ['mine'] } });
    const { decks } = await api.listDecks();
    expect(decks.map((e) => [e.summary?.id, e.origin])).toEqual([
      ['demo', 'bundled'],
      ['mine', 'user'],
    ]);
    const opened = await api.getDeck('mine');
    expect(opened.ok && opened.value.title).toBe('My deck');
  });

  it('refuses an invalid deck or a bundled deck’s id, saving nothing', async () => {
    const api = fresh();
    expect(await api.saveUserDecks([{ yaml: mine }, { yaml: 'format: kubedeck/1\nid: [' }])).toMatchObject({ ok: false, error: { code: 'error.deckInvalid', problem: { file: 'deck 2' } } });
    expect(await api.saveUserDecks([{ yaml: VALID_DECK }])).toEqual({ ok: false, error: { code: 'error.bundledId', params: { id: 'demo' } } });
    expect((await api.listDecks()).decks).toHaveLength(1);
  });

  it('says PDF needs the desktop app', async () => {
    expect(await fresh().printToPdf('<p>x</p>')).toEqual({ ok: false, error: { code: 'error.pdfNeedsDesktop' } });
  });
});

/**
 * A ServiceWorkerContainer whose worker takes control of the page once installed, only when the
 * page asks (a page loaded by a hard reload), fails to register, or never activates.
 */
class FakeServiceWorkers extends EventTarget {
  controller: object | null = null;
  registered: string[] = [];
  messages: unknown[] = [];
  readonly ready: Promise<unknown>;
  constructor(private readonly worker: 'claims' | 'claims-when-asked' | 'fails' | 'never') {
    super();
    const active = { postMessage: (message: unknown) => (this.messages.push(message), this.takeControl()) };
    this.ready = worker === 'never' ? new Promise(() => {}) : Promise.resolve({ active });
  }
  private takeControl() {
    setTimeout(() => {
      this.controller = {};
      this.dispatchEvent(new Event('controllerchange'));
    });
  }
  async register(url: string) {
    if (this.worker === 'fails') throw new TypeError('Failed to register a ServiceWorker');
    this.registered.push(url);
    if (this.worker === 'claims') this.takeControl();
    return {};
  }
}

describe('web twin: images imported with decks', () => {
  const bundle = bundleOf(loadLibrary([{ file: 'demo.yaml', origin: 'bundled', text: VALID_DECK }]));
  const mine = VALID_DECK.replace('id: demo', 'id: mine').replace('Demo deck', 'My deck');
  const media = [
    { name: 'schema.png', bytes: new Uint8Array([137, 80, 78, 71]) },
    { name: 'notes.txt', bytes: new Uint8Array([1]) },
  ];
  let n = 0;
  function setup(workers: FakeServiceWorkers | undefined, database = `user-media-${n++}`) {
    const host: MediaWorkerHost = { serviceWorkers: () => workers as unknown as ServiceWorkerContainer | undefined, timeout: 50 };
    return { api: createBrowserApi(bundle, () => 'fr', database, host), database };
  }
  const storedNames = async (database: string) => (await new UserDeckStore(database).media.toArray()).map((m) => [m.name, m.type]);

  it('keeps the images in IndexedDB and returns once the media worker controls the page', async () => {
    const workers = new FakeServiceWorkers('claims');
    const { api, database } = setup(workers);
    expect(await api.saveUserDecks([{ yaml: mine }], media)).toEqual({ ok: true, value: { saved: ['mine'] } });
    expect(workers.registered).toEqual(['media-worker.js']);
    expect(workers.controller).not.toBeNull();
    expect(await storedNames(database)).toEqual([['schema.png', 'image/png']]);
    // The next start-up renews the worker, without waiting for it.
    setup(workers, database);
    expect(workers.registered).toHaveLength(2);
  });

  it('keeps sounds and videos too (Anki’s [sound:…]), to be played in the cards', async () => {
    const { api, database } = setup(new FakeServiceWorkers('claims'));
    const sounds = [{ name: 'son.mp3', bytes: new Uint8Array([0x49, 0x44, 0x33]) }, { name: 'demo.webm', bytes: new Uint8Array([0x1a, 0x45]) }];
    expect(await api.saveUserDecks([{ yaml: mine }], sounds)).toEqual({ ok: true, value: { saved: ['mine'] } });
    expect(await storedNames(database)).toEqual([
      ['demo.webm', 'video/webm'],
      ['son.mp3', 'audio/mpeg'],
    ]);
  });

  it('after a hard reload, asks the worker to take the page over before user decks (and their images) show', async () => {
    const { api, database } = setup(new FakeServiceWorkers('claims'));
    await api.saveUserDecks([{ yaml: mine }], media);
    const reloaded = new FakeServiceWorkers('claims-when-asked');
    const { api: again } = setup(reloaded, database);
    const listed = await again.listDecks();
    expect(reloaded.messages).toEqual(['kubedeck:claim']);
    expect(reloaded.controller).not.toBeNull();
    expect(listed.decks.map((e) => e.summary?.id)).toContain('mine');
  });

  it('saves the decks and says the images were not kept where service workers are unavailable or refused', async () => {
    for (const workers of [undefined, new FakeServiceWorkers('fails')]) {
      const { api, database } = setup(workers);
      expect(await api.saveUserDecks([{ yaml: mine }], media)).toEqual({ ok: true, value: { saved: ['mine'], mediaNotKept: 1 } });
      expect((await api.getDeck('mine')).ok).toBe(true);
      expect(await storedNames(database)).toEqual([]);
    }
  });

  it('never lets a worker that does not take control block saving', async () => {
    const { api, database } = setup(new FakeServiceWorkers('never'));
    expect(await api.saveUserDecks([{ yaml: mine }], media)).toEqual({ ok: true, value: { saved: ['mine'] } });
    expect(await storedNames(database)).toEqual([['schema.png', 'image/png']]);
  });

  it('refuses, as a deck folder does, an image that would replace another of the same name', async () => {
    const { api, database } = setup(new FakeServiceWorkers('claims'));
    await api.saveUserDecks([{ yaml: mine }], media);
    const other = VALID_DECK.replace('id: demo', 'id: other');
    const refused = await api.saveUserDecks([{ yaml: other }], [{ name: 'schema.png', bytes: new Uint8Array([137, 80, 78, 71, 9]) }]);
    expect(refused).toEqual({ ok: false, error: { code: 'error.mediaConflict', params: { name: 'schema.png' } } });
    expect((await api.getDeck('other')).ok).toBe(false);
    expect(await api.saveUserDecks([{ yaml: other }], [media[0]])).toEqual({ ok: true, value: { saved: ['other'] } });
    expect(await storedNames(database)).toEqual([['schema.png', 'image/png']]);
  });

  it('registers no worker at start-up, nor on saving, without imported images', async () => {
    const workers = new FakeServiceWorkers('claims');
    const { api, database } = setup(workers);
    expect(workers.registered).toEqual([]);
    await api.saveUserDecks([{ yaml: mine }], [media[1]]);
    setup(workers, database);
    expect(workers.registered).toEqual([]);
  });
});
