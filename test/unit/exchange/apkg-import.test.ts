import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/shared/decks/parse';
import type { BasicCard, Card } from '../../../src/shared/decks/types';
import { exportApkg } from '../../../src/shared/exchange/anki/exportApkg';
import { importApkg } from '../../../src/shared/exchange/anki/importApkg';
import { importFile } from '../../../src/shared/exchange/importFile';
import { markdownToHtml } from '../../../src/shared/exchange/markdown';
import { deckToYaml } from '../../../src/shared/exchange/nativeYaml';
import type { ExchangeProgress } from '../../../src/shared/exchange/progress';
import { buildCollection, buildPackage, STOCK_MODELS, type NoteSpec } from '../../fixtures/anki/legacyPackages';
import { exchangeFailure as failure, demoDeck, shippedDecks, sqlEngine } from './helpers';

/** HTML as the learner sees it: runs of white space outside code blocks are one space. */
const rendered = (markdown: string) =>
  markdownToHtml(markdown)
    .split(/(<pre>[\s\S]*?<\/pre>)/)
    .map((part) => (part.startsWith('<pre>') ? part : part.replace(/\s+/g, ' ')))
    .join('');

const importPackage = async (bytes: Uint8Array, options = {}) => importApkg(bytes, await sqlEngine(), options);

describe('apkg round trip', { timeout: 60_000 }, () => {
  it('gives back every card of the shipped decks, in order, with their ids, tags and rendering', async () => {
    const decks = shippedDecks();
    const bytes = await exportApkg(decks, await sqlEngine());
    const { decks: imported } = await importPackage(bytes);
    expect(imported.map((d) => [d.id, d.title])).toEqual(decks.map((d) => [d.id, d.title]));
    for (const [i, deck] of decks.entries()) {
      const back = imported[i];
      expect(back.cards.map((c) => c.id)).toEqual(deck.cards.map((c) => c.id));
      expect(back.tags).toEqual(deck.tags);
      expect(parseDeck(deckToYaml(back), `${back.id}.yaml`).problems).toEqual([]);
      for (const [j, card] of deck.cards.entries()) {
        const again = back.cards[j];
        expect(again.tags).toEqual(card.tags);
        expect(again.type).toBe(card.type);
        if (card.type === 'basic') {
          const basic = again as BasicCard;
          // The same text once rendered: what the learner sees does not change.
          expect(rendered(basic.front)).toBe(rendered(card.front));
          expect(rendered(basic.back)).toBe(rendered(card.back));
          expect(basic.reverse).toBe(card.reverse);
        } else if (card.type === 'cloze') {
          expect(rendered((again as typeof card).text)).toBe(rendered(card.text));
        }
      }
    }
  });

  it('keeps the exact texts of simple cards, and the guid of their note', async () => {
    const deck = demoDeck();
    const { decks } = await importPackage(await exportApkg([deck], await sqlEngine()));
    const [basic, cloze] = decks[0].cards as [BasicCard, Card];
    expect(basic).toEqual({ ...deck.cards[0], anki: { guid: 'kd/demo/q1' } });
    expect(cloze).toEqual({ ...deck.cards[1], anki: { guid: 'kd/demo/q2' } });
  });
});

describe('apkg import of packages made by Anki', () => {
  const notes: NoteSpec[] = [
    { model: STOCK_MODELS.basic, fields: ['Qu’est-ce qu’un <b>PV</b> ?', 'Un volume <i>persistant</i><br>provisionné'], tags: ['stockage', 'pv'], guid: 'Ab1!x' },
    { model: STOCK_MODELS.reversed, fields: ['emptyDir', 'volume temporaire du pod'], guid: 'Rev9%', ords: [0, 1] },
    { model: STOCK_MODELS.cloze, fields: ['{{c1::Calico}} et {{c2::Flannel::un CNI}} forment {{c3::Canal}}', 'voir <u>CNI</u>'], guid: 'Clz#1', ords: [0, 1, 2] },
    { model: STOCK_MODELS.vocab, fields: ['PVC', 'demande de stockage', 'kubectl get pvc'], guid: 'Voc&1' },
    { model: STOCK_MODELS.basic, fields: ['', 'réponse sans question'], guid: 'Empty' },
  ];

  it('maps basic, reversed, cloze and other note types to KubeDeck cards', async () => {
    const { decks, warnings } = await importPackage(await buildPackage({ notes }));
    expect(decks).toHaveLength(1);
    const [deck] = decks;
    expect(deck).toMatchObject({ id: 'reseau-ingress', title: 'Réseau / Ingress', lang: 'fr' });
    expect(parseDeck(deckToYaml(deck), 'x.yaml').problems).toEqual([]);
    const [basic, reversed, cloze, vocab] = deck.cards;
    expect(basic).toMatchObject({ type: 'basic', front: 'Qu’est-ce qu’un **PV** ?', back: 'Un volume *persistant*\\\nprovisionné', reverse: false, tags: ['stockage', 'pv'] });
    expect(reversed).toMatchObject({ type: 'basic', front: 'emptyDir', back: 'volume temporaire du pod', reverse: true });
    expect(cloze).toMatchObject({ type: 'cloze', text: '{{Calico}} et {{Flannel::un CNI}} forment {{Canal}}\n\nvoir <u>CNI</u>' });
    // Every field the answer template shows (here `{{Définition}}<br>{{Exemple}}`) stays on the back.
    expect(vocab).toMatchObject({ type: 'basic', front: 'PVC', back: 'demande de stockage\\\nkubectl get pvc' });
    // The underline of "voir <u>CNI</u>" is kept (inline HTML), so nothing is dropped.
    expect(warnings).toEqual([{ code: 'empty-note', params: { note: 'Empty' } }]);
  });

  it('derives stable valid card ids from the note guids', async () => {
    const bytes = await buildPackage({ notes });
    const first = (await importPackage(bytes)).decks[0].cards.map((c) => c.id);
    const second = (await importPackage(bytes)).decks[0].cards.map((c) => c.id);
    expect(first).toEqual(second);
    expect(new Set(first).size).toBe(first.length);
    for (const id of first) expect(id).toMatch(/^anki-[a-z0-9]{10}$/);
  });

  it('makes one deck per Anki deck holding cards', async () => {
    const decks = [
      { id: 2000, name: 'Stockage' },
      { id: 3000, name: 'Réseau' },
      { id: 4000, name: 'Vide' },
    ];
    const bytes = await buildPackage({ decks, notes: [{ ...notes[0], deckId: 2000 }, { ...notes[1], deckId: 3000 }] });
    expect((await importPackage(bytes)).decks.map((d) => [d.id, d.cards.length])).toEqual([
      ['stockage', 1],
      ['reseau', 1],
    ]);
  });

  it('reads collection.anki21 before the collection.anki2 placeholder of newer exports', async () => {
    const real = await buildCollection({ notes });
    const placeholder = await buildCollection({ notes: [{ model: STOCK_MODELS.basic, fields: ['Please update Anki', 'placeholder'] }] });
    const bytes = zipSync({ 'collection.anki2': placeholder, 'collection.anki21': real, media: new TextEncoder().encode('{}') });
    expect((await importPackage(bytes)).decks[0].cards).toHaveLength(4);
  });
});

describe('hostile and damaged packages', { timeout: 60_000 }, () => {
  it('strips scripts, event handlers and javascript: links from fields, and keeps safe formatting', async () => {
    const hostile = [
      '<script>alert(1)</script><b onclick="alert(2)">gras</b> <img src=x onerror=alert(3)>',
      '<a href="javascript:alert(4)">lien</a> <a href="https://kubernetes.io/docs/">doc</a><style>body{display:none}</style><iframe src="https://evil.example"></iframe>',
    ];
    const { decks } = await importPackage(await buildPackage({ notes: [{ model: STOCK_MODELS.basic, fields: hostile }] }));
    const card = decks[0].cards[0] as BasicCard;
    expect(card.front).toBe('**gras**');
    expect(card.back).toBe('lien [doc](<https://kubernetes.io/docs/>)');
    const html = markdownToHtml(card.front) + markdownToHtml(card.back);
    expect(html).not.toMatch(/script|onclick|onerror|javascript:|iframe|<style/i);
  });

  it('renames media with unsafe names (path traversal, absolute paths) and keeps them as bytes', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    const media = { 0: '../../evil.png', 1: '/etc/passwd', 2: 'C:\\Windows\\win.ini', 3: 'schema.png', 4: 'SCHEMA.png', 5: 'missing.png' };
    const mediaFiles = { 0: png, 1: png, 2: png, 3: png, 4: png };
    const fields = ['<img src="../../evil.png"> et <img src="schema.png">', '<img src="https://tracker.example/x.png" alt="pixel">'];
    const { decks, media: files, warnings } = await importPackage(await buildPackage({ notes: [{ model: STOCK_MODELS.basic, fields }], media, mediaFiles }));
    expect(files.map((f) => f.name)).toEqual(['evil.png', 'passwd', 'win.ini', 'schema.png', 'SCHEMA-2.png']);
    for (const file of files) expect(file.name).not.toMatch(/[\\/]|^\.\.?$/);
    expect(files[3].bytes).toEqual(png);
    expect(warnings).toContainEqual({ code: 'media-renamed', params: { from: '../../evil.png', to: 'evil.png' } });
    expect(warnings).toContainEqual({ code: 'media-missing', params: { name: 'missing.png' } });
    const card = decks[0].cards[0] as BasicCard;
    expect(card.front).toBe('![](<media/evil.png>) et ![](<media/schema.png>)');
    expect(card.back).toBe('pixel'); // a remote image is not a media of the package: only its alt text stays
  });

  it('refuses what is not a zip, not an Anki package, not SQLite, or from a future Anki, with a clear message', async () => {
    const codes = async (bytes: Uint8Array) => (await failure(importPackage(bytes))).code;
    expect(await codes(new TextEncoder().encode('not a zip at all'))).toBe('bad-zip');
    const zip = zipSync({ 'collection.anki2': new Uint8Array(1000).fill(7), media: new TextEncoder().encode('{}') });
    expect(await codes(zip.subarray(0, zip.length - 900))).toBe('bad-zip');
    expect(await codes(zipSync({ 'readme.txt': new Uint8Array(3) }))).toBe('apkg-no-collection');
    const notSqlite = await failure(importPackage(zipSync({ 'collection.anki2': new TextEncoder().encode('SQLite format 2? no.'), media: new Uint8Array() })));
    expect(notSqlite.code).toBe('apkg-bad-collection');
    expect(notSqlite.localized('fr')).toMatch(/^La collection Anki de ce paquet est illisible : /);
    // A package version newer than Anki's current one (3): Anki itself would refuse it.
    const future = await failure(importPackage(zipSync({ meta: new Uint8Array([0x08, 0x04]), 'collection.anki2': await buildCollection({ notes: [] }) })));
    expect(future.code).toBe('apkg-too-new');
    expect(future.localized('en')).toMatch(/package version 4\).*"Support older Anki versions"/);
    expect(await codes(await buildPackage({ notes: [], extraEntries: { media: new TextEncoder().encode('[1, 2]') } }))).toBe('apkg-bad-media');
    const sql = await sqlEngine();
    const db = new sql.Database();
    db.run('create table col (models text, decks text); insert into col values (\'{"1": 2}\', \'nope\')');
    expect(await codes(zipSync({ 'collection.anki2': db.export() }))).toBe('apkg-bad-collection');
  });

  it('stops a zip bomb at the size limit, even when the archive lies about sizes', async () => {
    const zeros = new Uint8Array(32 * 1024 * 1024);
    const bomb = zipSync({ 'collection.anki2': [zeros, { level: 1 }] });
    expect(bomb.length).toBeLessThan(zeros.length / 100);
    const error = await failure(importPackage(bomb, { limits: { maxTotalBytes: 4 * 1024 * 1024 } }));
    expect(error.code).toBe('zip-too-large');
    expect(error.localized('en')).toBe('Archive refused: its uncompressed content exceeds 4 MB (zip bomb?)');
    // Declared sizes patched to 1 KB in the local header and the central directory.
    const lying = bomb.slice();
    const view = new DataView(lying.buffer);
    view.setUint32(22, 1024, true);
    const central = lying.findIndex((_b, i) => view.getUint32(i, true) === 0x02014b50);
    view.setUint32(central + 24, 1024, true);
    expect((await failure(importPackage(lying, { limits: { maxTotalBytes: 4 * 1024 * 1024 } }))).code).toBe('zip-too-large');
  });

  it('refuses a decompression bomb by its expansion long before the size budget, whatever its size', async () => {
    // 64 MB of zeros in about 64 KB: refused once 32 MB came out of far too little input.
    const bomb = zipSync({ 'collection.anki2': [new Uint8Array(64 * 1024 * 1024), { level: 9 }] });
    const error = await failure(importPackage(bomb));
    expect(error.code).toBe('zip-bomb');
    expect(error.localized('fr')).toBe('Archive refusée : son contenu se décompresse à plus de 100 fois sa taille (bombe de décompression)');
  });

  it('refuses archives with too many entries', async () => {
    const entries = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [String(i), new Uint8Array(1)]));
    expect((await failure(importPackage(zipSync(entries), { limits: { maxEntries: 20 } }))).code).toBe('zip-too-many-entries');
  });
});

// Heavy on a 2-core machine running the whole suite: generous timeouts, no timing assertion.
describe('large packages', { timeout: 120_000 }, () => {
  const manyNotes = (count: number): NoteSpec[] =>
    Array.from({ length: count }, (_, i) => ({ model: STOCK_MODELS.basic, fields: [`Question <b>${i}</b>`, `Réponse ${i}`], guid: `g${i}`, tags: ['lot'] }));

  it('imports 20,000 notes with progress reports up to the total', async () => {
    const bytes = await buildPackage({ notes: manyNotes(20_000) });
    const reports: ExchangeProgress[] = [];
    const { decks } = await importPackage(bytes, { onProgress: (p: ExchangeProgress) => reports.push(p) });
    expect(decks[0].cards).toHaveLength(20_000);
    expect(reports.at(-1)).toEqual({ phase: 'notes', done: 20_000, total: 20_000 });
    expect(reports.map((r) => r.phase)).toEqual(expect.arrayContaining(['unzipping', 'notes']));
  });

  it('stops when cancelled, and a cancelled import returns nothing', async () => {
    const bytes = await buildPackage({ notes: manyNotes(20_000) });
    const controller = new AbortController();
    const error = await failure(
      importFile('big.apkg', bytes, {
        sqlEngine,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.phase === 'notes' && p.done > 0) controller.abort();
        },
      }),
    );
    expect(error.code).toBe('cancelled');
    const early = new AbortController();
    early.abort();
    expect((await failure(importFile('big.apkg', bytes, { sqlEngine, signal: early.signal }))).code).toBe('cancelled');
  });
});
