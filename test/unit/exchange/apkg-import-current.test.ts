// Packages in the layout current Anki (2.1.50+) exports by default: zstd, schema 18, protobuf.
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/shared/decks/parse';
import type { BasicCard } from '../../../src/shared/decks/types';
import { importApkg } from '../../../src/shared/exchange/anki/importApkg';
import { importFile } from '../../../src/shared/exchange/importFile';
import { deckToYaml } from '../../../src/shared/exchange/nativeYaml';
import { buildCurrentPackage, pbBytes, pbMessage, pbNumber, zstd } from '../../fixtures/anki/currentPackages';
import { buildPackage, STOCK_MODELS, type NoteSpec } from '../../fixtures/anki/legacyPackages';
import { exchangeFailure as failure, sqlEngine } from './helpers';

const importPackage = async (bytes: Uint8Array, options = {}) => importApkg(bytes, await sqlEngine(), options);

const notes: NoteSpec[] = [
  { model: STOCK_MODELS.basic, fields: ['Qu’est-ce qu’un <b>PV</b> ?', 'Un volume <i>persistant</i>'], tags: ['stockage', 'pv'], guid: 'Ab1!x' },
  { model: STOCK_MODELS.reversed, fields: ['emptyDir', 'volume temporaire du pod'], guid: 'Rev9%', ords: [0, 1] },
  { model: STOCK_MODELS.cloze, fields: ['{{c1::Calico}} et {{c2::Flannel::un CNI}} forment {{c3::Canal}}', 'voir <u>CNI</u>'], guid: 'Clz#1', ords: [0, 1, 2] },
  { model: STOCK_MODELS.vocab, fields: ['PVC', 'demande de stockage', 'kubectl get pvc'], guid: 'Voc&1' },
];

describe('apkg import of current Anki packages (collection.anki21b)', { timeout: 60_000 }, () => {
  it('gives the same decks as the legacy export of the same collection, and ignores the placeholder collection.anki2', async () => {
    const decks = [
      { id: 2000, name: 'Réseau::Ingress', desc: 'Les <b>contrôleurs</b> Ingress' },
      { id: 3000, name: 'Stockage' },
    ];
    const spec = { decks, notes: [...notes, { ...notes[0], guid: 'other', deckId: 3000 }] };
    const current = await importPackage(await buildCurrentPackage(spec));
    const legacy = await importPackage(await buildPackage(spec));
    expect(current).toEqual(legacy);
    expect(current.decks.map((d) => [d.id, d.title, d.description, d.cards.length])).toEqual([
      ['reseau-ingress', 'Réseau / Ingress', 'Les **contrôleurs** Ingress', 4],
      ['stockage', 'Stockage', 'Stockage', 1], // no description: the title stands in
    ]);
    const [basic, reversed, cloze, vocab] = current.decks[0].cards;
    expect(basic).toMatchObject({ type: 'basic', front: 'Qu’est-ce qu’un **PV** ?', back: 'Un volume *persistant*', tags: ['stockage', 'pv'] });
    expect(reversed).toMatchObject({ type: 'basic', reverse: true });
    expect(cloze).toMatchObject({ type: 'cloze', text: '{{Calico}} et {{Flannel::un CNI}} forment {{Canal}}\n\nvoir <u>CNI</u>' });
    // Every field the answer template shows (here `{{Définition}}<br>{{Exemple}}`) stays on the back.
    expect(vocab).toMatchObject({ type: 'basic', front: 'PVC', back: 'demande de stockage\\\nkubectl get pvc' });
    for (const deck of current.decks) expect(parseDeck(deckToYaml(deck), `${deck.id}.yaml`).problems).toEqual([]);
  });

  it('decompresses media files and keeps them under safe names', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(200).fill(7)]);
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const fields = ['<img src="schéma.png"> <img src="../../evil.svg">', '<img src="étape #2 (100%).png">'];
    const mediaList = [
      { name: 'schéma.png', bytes: png },
      { name: '../../evil.svg', bytes: svg },
      { name: 'étape #2 (100%).png', bytes: png },
    ];
    const { decks, media, warnings } = await importPackage(await buildCurrentPackage({ notes: [{ model: STOCK_MODELS.basic, fields }], mediaList }));
    expect(media).toEqual([
      { name: 'schéma.png', bytes: png },
      { name: 'evil.svg', bytes: svg },
      { name: 'étape _2 (100_).png', bytes: png },
    ]);
    expect(warnings).toEqual([
      { code: 'media-renamed', params: { from: '../../evil.svg', to: 'evil.svg' } },
      { code: 'media-renamed', params: { from: 'étape #2 (100%).png', to: 'étape _2 (100_).png' } },
    ]);
    const card = decks[0].cards[0] as BasicCard;
    expect(card.front).toBe('![](<media/schéma.png>) ![](<media/evil.svg>)');
    // `#` and `%` would cut or garble the image URL: the renamed file is the one the card shows.
    expect(card.back).toBe('![](<media/étape _2 (100_).png>)');
  });

  it('goes through importFile like any .apkg', async () => {
    const bytes = await buildCurrentPackage({ notes });
    const result = await importFile('reseau.apkg', bytes, { sqlEngine, lang: 'fr' });
    expect(result.format).toBe('apkg');
    expect(result.decks.map(({ deck, action }) => [deck.id, action, deck.cards.length])).toEqual([['reseau-ingress', 'add', 4]]);
    expect(parseDeck(result.decks[0].yaml, 'reseau-ingress.yaml').problems).toEqual([]);
  });
});

describe('damaged and hostile current packages', { timeout: 60_000 }, () => {
  const codes = async (bytes: Uint8Array, options = {}) => (await failure(importPackage(bytes, options))).code;

  it('refuses a damaged compressed collection or media list, and a package whose collection is missing', async () => {
    const collection = await zstd(new TextEncoder().encode('not SQLite'));
    expect(await codes(await buildCurrentPackage({ notes, override: { 'collection.anki21b': new Uint8Array([1, 2, 3, 4, 5, 6]) } }))).toBe('bad-zstd');
    expect(await codes(await buildCurrentPackage({ notes, override: { 'collection.anki21b': collection } }))).toBe('apkg-bad-collection');
    expect(await codes(await buildCurrentPackage({ notes, override: { media: await zstd(new Uint8Array([0x0a, 0x09, 0x0a])) } }))).toBe('apkg-bad-media');
    expect(await codes(await buildCurrentPackage({ notes, override: { media: new TextEncoder().encode('{"0": "a.png"}') } }))).toBe('bad-zstd');
    expect(await codes(zipSync({ meta: pbNumber(1, 3), 'collection.anki2': new Uint8Array(0) }))).toBe('apkg-no-collection');
    expect(await codes(zipSync({ meta: new Uint8Array([0x08]), 'collection.anki2': new Uint8Array(0) }))).toBe('apkg-bad-collection');
  });

  it('refuses protobuf configs that are not what they claim', async () => {
    // A note type config cut in the middle of a field: the collection cannot be read.
    const sql = await sqlEngine();
    const db = new sql.Database();
    db.run('create table col (id); create table notetypes (id integer, config blob); create table fields (ntid, ord, name); create table templates (ntid, ord, config); create table decks (id, name, kind); create table notes (id, guid, mid, tags, flds); create table cards (nid, did, ord)');
    db.run('insert into notetypes values (1, ?)', [new Uint8Array([0x1a, 0x40, 0x41])]);
    const error = await failure(importPackage(await buildCurrentPackage({ notes, override: { 'collection.anki21b': await zstd(db.export()) } })));
    expect(error.code).toBe('apkg-bad-collection');
    expect(error.params.detail).toMatch(/truncated/);
    // A config that is text where a blob belongs.
    db.run("update notetypes set config = 'kind: cloze'");
    const text = await failure(importPackage(await buildCurrentPackage({ notes, override: { 'collection.anki21b': await zstd(db.export()) } })));
    expect(text.params.detail).toBe('a note type config is not a protobuf blob');
  });

  it('stops a compressed bomb (collection or media) at the size limit', async () => {
    const limits = { maxTotalBytes: 4 * 1024 * 1024 };
    const zeros = await zstd(new Uint8Array(16 * 1024 * 1024));
    expect(await codes(await buildCurrentPackage({ notes, override: { 'collection.anki21b': zeros } }), { limits })).toBe('zip-too-large');
    const media = [{ name: 'a.png', bytes: new Uint8Array(1) }];
    expect(await codes(await buildCurrentPackage({ notes, mediaList: media, override: { 0: zeros } }), { limits })).toBe('zip-too-large');
  });

  it('reads media stored under the zip name an older package gave them', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    const list = pbMessage(pbBytes(1, pbMessage(pbBytes(1, 'a.png'), pbNumber(255, 7))));
    const { media } = await importPackage(await buildCurrentPackage({ notes, override: { media: await zstd(list), 7: await zstd(png) } }));
    expect(media).toEqual([{ name: 'a.png', bytes: png }]);
  });
});
