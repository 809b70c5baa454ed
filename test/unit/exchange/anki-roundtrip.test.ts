// Anki in and out without loss. KubeDeck → apkg → KubeDeck gives the same decks; an Anki package →
// KubeDeck → apkg gives the same notes (guids), cards and media. The oracle for what Anki does with
// the package is ankitects/anki: rslib/src/import_export/package/apkg/import/notes.rs (notes are
// matched by guid and updated only when the incoming `mod` is newer), rslib/src/notes/mod.rs
// (`sfld` and `csum` from strip_html_preserving_media_filenames, csum = the first 4 bytes of the
// SHA-1 as an integer), rslib/src/text.rs (media tags keep their file name), and
// rslib/src/notetype/cardgen.rs (one card per template whose question renders, one per cloze number).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { BasicCard, Card, Deck } from '../../../src/shared/decks/types';
import { cardValue, deckValue } from '../../../src/shared/decks/value';
import { exportApkg, fieldChecksum, multiCardModel, readPreviousNotes } from '../../../src/shared/exchange/anki/exportApkg';
import { KUBEDECK_MODELS, modelJson, type ModelSpec } from '../../../src/shared/exchange/anki/schema';
import { importApkg } from '../../../src/shared/exchange/anki/importApkg';
import { sha1Hex } from '../../../src/shared/exchange/hash';
import { selectAll } from '../../../src/shared/exchange/sqlite';
import { readZip } from '../../../src/shared/exchange/zip';
import { buildCurrentPackage } from '../../fixtures/anki/currentPackages';
import { buildPackage, FIXTURE_MOD, STOCK_MODELS, TERMS_MODEL, type NoteSpec } from '../../fixtures/anki/legacyPackages';
import { parseDeck } from '../../../src/shared/decks/parse';
import { deckToYaml } from '../../../src/shared/exchange/nativeYaml';
import { demoDeck, openPackage, shippedDecks, sqlEngine } from './helpers';

const NOW = new Date('2025-03-01T09:00:00Z');
const DECKS_DIR = join(import.meta.dirname, '../../../decks');
/** The bundled decks' images, as the CLI reads them (relative to decks/). */
const bundledMedia = (_deck: Deck, src: string) => new Uint8Array(readFileSync(join(DECKS_DIR, src)));

const exportDecks = async (decks: Deck[], options: Parameters<typeof exportApkg>[2] = {}) => exportApkg(decks, await sqlEngine(), { now: NOW, ...options });
const importPackage = async (bytes: Uint8Array) => importApkg(bytes, await sqlEngine());

/** The deck as an import gives it back: each card knows its Anki note, images sit in media/. */
function asImported(deck: Deck): unknown {
  const cards = deck.cards.map((card) => ({ ...card, anki: card.anki ?? { guid: `kd/${deck.id}/${card.id}` } }));
  return JSON.parse(JSON.stringify(deckValue({ ...deck, cards })).replaceAll('](images/', '](media/'));
}

describe('KubeDeck → apkg → KubeDeck', { timeout: 120_000 }, () => {
  it('gives back each bundled deck as it was: every card type, field, tag, topic, exam and image', async () => {
    const decks = shippedDecks();
    expect(new Set(decks.flatMap((d) => d.cards.map((c) => c.type)))).toEqual(new Set(['basic', 'cloze', 'mcq', 'input', 'yaml-fix']));
    expect(decks.some((d) => d.exams)).toBe(true);
    for (const deck of decks) {
      const { decks: back, media, warnings } = await importPackage(await exportDecks([deck], { loadMedia: bundledMedia }));
      expect(warnings).toEqual([]);
      expect(back.map((d) => deckValue(d))).toEqual([asImported(deck)]);
      const images = [...JSON.stringify(deck).matchAll(/\]\(images\/([^)]+)\)/g)].map((m) => m[1]);
      expect(media.map((m) => m.name).sort()).toEqual([...new Set(images)].sort());
      for (const file of media) expect(file.bytes).toEqual(new Uint8Array(readFileSync(join(DECKS_DIR, 'images', file.name))));
    }
  });

  it('carries the images as Anki wants them: numbered entries, the media map, bare names in src', async () => {
    const deck = shippedDecks().find((d) => JSON.stringify(d).includes('](images/'))!;
    const pkg = await openPackage(await exportDecks([deck], { loadMedia: bundledMedia }));
    expect(pkg.media).toEqual({ 0: 'metallb-couche2.svg' });
    expect(pkg.files.get('0')).toEqual(new Uint8Array(readFileSync(join(DECKS_DIR, 'images/metallb-couche2.svg'))));
    const withImage = pkg.notes.filter((n) => n.fields.some((f) => f.includes('<img')));
    expect(withImage.length).toBeGreaterThan(0);
    for (const note of withImage) expect(note.fields.join('')).toMatch(/<img src="metallb-couche2\.svg" alt="MetalLB en couche 2/);
    // A missing image is left out: the card shows its alt text, the package has no empty entry.
    const none = await openPackage(await exportDecks([deck], { loadMedia: () => undefined }));
    expect(none.media).toEqual({});
    expect(none.notes.some((n) => n.fields.join('').includes('<img'))).toBe(false);
  });

  it('writes the same bytes twice, and ids that do not depend on the time', async () => {
    const decks = shippedDecks();
    const first = await exportDecks(decks, { loadMedia: bundledMedia });
    expect(await exportDecks(decks, { loadMedia: bundledMedia })).toEqual(first);
    const later = await openPackage(await exportDecks(decks, { now: new Date('2026-01-01T00:00:00Z') }));
    const earlier = await openPackage(first);
    expect(later.notes.map((n) => [n.id, n.guid])).toEqual(earlier.notes.map((n) => [n.id, n.guid]));
    expect(later.cards.map((c) => [c.id, c.nid, c.ord])).toEqual(earlier.cards.map((c) => [c.id, c.nid, c.ord]));
  });

  it('changes the mod of a note only when its content changes, so Anki keeps edits of the others', async () => {
    const deck = demoDeck();
    const sql = await sqlEngine();
    const first = await exportDecks([deck]);
    const edited = { ...deck, cards: deck.cards.map((c, i) => (i === 0 ? { ...(c as BasicCard), back: 'Deleting its pod, or its node.' } : c)) };
    const second = await openPackage(await exportDecks([edited], { now: new Date('2025-06-01T00:00:00Z'), previous: await readPreviousNotes(first, sql) }));
    const nowSeconds = new Date('2025-06-01T00:00:00Z').getTime() / 1000;
    expect(second.notes.map((n) => [n.guid, n.mod])).toEqual(deck.cards.map((c, i) => [`kd/demo/${c.id}`, i === 0 ? nowSeconds : NOW.getTime() / 1000]));
  });

  it('keeps one note type for basic cards whatever reverse says: the Add Reverse field decides card 2', async () => {
    const deck = demoDeck();
    const basic = deck.cards[0] as BasicCard;
    const pkgOf = async (reverse: boolean) => openPackage(await exportDecks([{ ...deck, cards: [{ ...basic, reverse }] }]));
    const [on, off] = [await pkgOf(true), await pkgOf(false)];
    expect(on.notes[0].mid).toBe(off.notes[0].mid);
    expect(on.models[String(on.notes[0].mid)].name).toBe('KubeDeck Basic (optional reversed card)');
    expect(on.models[String(on.notes[0].mid)].flds.map((f) => f.name)).toEqual(['Front', 'Back', 'Add Reverse', 'Source', 'KubeDeck']);
    expect([on.notes[0].fields[2], off.notes[0].fields[2]]).toEqual(['y', '']);
    expect(on.cards.map((c) => c.ord)).toEqual([0, 1]);
    expect(off.cards.map((c) => c.ord)).toEqual([0]);
    expect(on.models[String(on.notes[0].mid)].tmpls[1].qfmt).toBe('{{#Add Reverse}}{{Back}}{{/Add Reverse}}');
  });

  it('shows mcq, input and yaml-fix cards readably in Anki, and reads them back as the same cards', async () => {
    const deck = demoDeck();
    const pkg = await openPackage(await exportDecks([deck]));
    const note = (id: string) => pkg.notes.find((n) => n.guid === `kd/demo/${id}`)!;
    const model = (id: string) => pkg.models[String(note(id).mid)];
    expect(model('q2').type).toBe(1);
    expect(note('q2').fields[0]).toBe('<p>Canal is {{c1::Calico}} plus {{c2::Flannel::a CNI}}.</p>');
    expect(model('q3').name).toBe('KubeDeck Multiple choice');
    expect(note('q3').fields[1]).toContain('<li>A. hostPath</li>');
    expect(note('q3').fields[2]).toMatch(/✓ A\. hostPath/);
    expect(note('q3').fields[2]).toMatch(/✗ .*podPath/);
    expect(model('q4').name).toBe('KubeDeck Typed answer');
    expect(model('q4').tmpls[0].qfmt).toContain('{{type:Answer}}');
    expect(note('q4').fields[1]).toBe('30000-32767');
    expect(model('q5').name).toBe('KubeDeck Fix the YAML');
    expect(note('q5').fields[1]).toContain('<pre><code class="language-yaml">apiVersion: v1\nkind: Pod\n</code></pre>');
    expect(note('q5').fields[2]).toContain('Look at metadata.');
    expect(note('q5').fields[3]).toContain('name: fixed');
    const { decks: back } = await importPackage(await exportDecks([deck]));
    expect(deckValue(back[0])).toEqual(asImported(deck));
  });

  it('reads a note edited in Anki from its fields, not from the card data it carries', async () => {
    const sql = await sqlEngine();
    const files = await readZip(await exportDecks([demoDeck()]));
    const db = new sql.Database(files.get('collection.anki2'));
    const [row] = selectAll(db, "select flds from notes where guid = 'kd/demo/q1'");
    const fields = String(row.flds).split('\x1f');
    fields[1] = '<p>Deleting its <b>pod</b>.</p>';
    db.run("update notes set flds = ? where guid = 'kd/demo/q1'", [fields.join('\x1f')]);
    const edited = zipSync({ 'collection.anki2': db.export(), media: new TextEncoder().encode('{}') });
    db.close();
    const { decks, warnings } = await importPackage(edited);
    expect(decks[0].cards[0]).toMatchObject({ id: 'q1', type: 'basic', back: 'Deleting its **pod**.', reverse: true });
    expect(warnings).toContainEqual({ code: 'edited-in-anki', params: { note: 'kd/demo/q1' } });
  });

  it('reads a note whose card data is not a valid card from its fields, and keeps the others', async () => {
    const sql = await sqlEngine();
    const files = await readZip(await exportDecks([demoDeck()]));
    const db = new sql.Database(files.get('collection.anki2'));
    const [row] = selectAll(db, "select flds from notes where guid = 'kd/demo/q3'");
    const fields = String(row.flds).split('\x1f');
    // The fields hash still matches, but the mcq has lost its choices.
    const data = JSON.parse(fields.at(-1)!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
    data.card.choices = [data.card.choices[0]];
    fields[fields.length - 1] = JSON.stringify(data).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    db.run("update notes set flds = ? where guid = 'kd/demo/q3'", [fields.join('\x1f')]);
    const damaged = zipSync({ 'collection.anki2': db.export(), media: new TextEncoder().encode('{}') });
    db.close();
    const { decks } = await importPackage(damaged);
    expect(decks[0].cards.map((c) => c.type)).toEqual(['basic', 'cloze', 'basic', 'input', 'yaml-fix']);
    expect(decks[0].cards[2]).toMatchObject({ id: 'q3', front: expect.stringContaining('Which are volume types?') });
  });

  it('computes sfld and csum as Anki does: media tags keep their file name, nothing else is trimmed', async () => {
    expect(fieldChecksum('<p>Voir <img src="a.svg" alt="x"></p>')).toBe(parseInt(sha1Hex('Voir  a.svg ').slice(0, 8), 16));
    expect(fieldChecksum('a&nbsp;&amp;<br>b')).toBe(parseInt(sha1Hex('a &b').slice(0, 8), 16));
    const deck = shippedDecks().find((d) => JSON.stringify(d).includes('](images/'))!;
    const pkg = await openPackage(await exportDecks([deck], { loadMedia: bundledMedia }));
    const note = pkg.notes.find((n) => n.fields[0].includes('<img'))!;
    expect(String(note.sfld)).toContain(' metallb-couche2.svg ');
    expect(note.csum).toBe(parseInt(sha1Hex(String(note.sfld)).slice(0, 8), 16));
  });

  it('uses the guid an import stored, so a deck re-imported under another id updates the same notes', async () => {
    const { decks } = await importPackage(await exportDecks([demoDeck()]));
    const renamed = { ...decks[0], id: 'demo-2', title: 'Renamed' };
    const pkg = await openPackage(await exportDecks([renamed]));
    expect(pkg.notes.map((n) => n.guid)).toEqual(demoDeck().cards.map((c) => `kd/demo/${c.id}`));
  });
});

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7, 7]);

/** Notes as Anki writes them, each with the card ordinals Anki generates for it (cardgen.rs, cloze.rs). */
const ANKI_NOTES: NoteSpec[] = [
  { model: STOCK_MODELS.basic, fields: ['Quel objet ? <img src="pod.png">', 'Un Pod'], guid: 'A-basic', tags: ['pods'], ords: [0] },
  { model: STOCK_MODELS.reversed, fields: ['PV', 'PersistentVolume'], guid: 'A-reversed', ords: [0, 1] },
  // One gap per number: one KubeDeck cloze card, two Anki cards.
  { model: STOCK_MODELS.cloze, fields: ['{{c1::kube-proxy}} programme {{c2::iptables}}', ''], guid: 'A-cloze', ords: [0, 1] },
  // Numbers out of the text's order stay attached to their gaps (one card per number).
  { model: STOCK_MODELS.cloze, fields: ['{{c2::Service}} devant des {{c1::pods}}', ''], guid: 'A-cloze-order', ords: [0, 1] },
  // Two c1 gaps are one card; c1,2 belongs to cards 1 and 2 (cloze.rs): kept as one card per number.
  { model: STOCK_MODELS.cloze, fields: ['{{c1::a}} {{c1::b}} {{c1,2::c}}', 'extra'], guid: 'A-cloze-multi', ords: [0, 1] },
  // A gap inside a gap (cloze.rs): card 1 hides the whole, card 2 the inner one.
  { model: STOCK_MODELS.cloze, fields: ['{{c1::le {{c2::Service}} choisit}} un pod', ''], guid: 'A-cloze-nested', ords: [0, 1] },
  { model: STOCK_MODELS.vocab, fields: ['Ingress', 'Règles HTTP', 'host: a.example'], guid: 'A-vocab', ords: [0] },
  { model: TERMS_MODEL, fields: ['Pod', 'plus petite unité', '<img src="pod.png">'], guid: 'A-terms-3', ords: [0, 1, 2] },
  { model: TERMS_MODEL, fields: ['Service', 'adresse stable', ''], guid: 'A-terms-2', ords: [0, 1] },
];

/** guid → the card ordinals of its note, in a package. */
async function cardsByGuid(bytes: Uint8Array): Promise<Record<string, number[]>> {
  const pkg = await openPackage(bytes);
  return Object.fromEntries(pkg.notes.map((n) => [n.guid, pkg.cards.filter((c) => c.nid === n.id).map((c) => Number(c.ord)).sort()]));
}

type Package = Awaited<ReturnType<typeof openPackage>>;

/** A package's notes as Anki compares them: guid, note type, fields, tags, mod and the ordinals of its cards. */
const notesOf = (pkg: Package) =>
  pkg.notes.map((n) => ({
    guid: String(n.guid),
    mid: Number(n.mid),
    fields: n.fields,
    tags: String(n.tags).trim().split(/\s+/).filter(Boolean),
    mod: Number(n.mod),
    ords: pkg.cards.filter((c) => c.nid === n.id).map((c) => Number(c.ord)).sort(),
  }));

/** The notes of a fixture as the package built from it holds them. */
const fixtureNotes = (notes: NoteSpec[]) => notes.map((n) => ({ guid: n.guid!, mid: n.model.id, fields: n.fields, tags: n.tags ?? [], mod: FIXTURE_MOD, ords: n.ords ?? [0] }));

/**
 * What Anki does with each note of `pkg` when the student's collection holds `collection`
 * (rslib/src/import_export/package/apkg/import/notes.rs): a guid it does not have is added; a guid
 * of another note type is "conflicting" and skipped; a note of the same type is updated only when
 * the incoming `mod` is newer, else left as it is.
 */
function ankiImportOutcome(collection: ReturnType<typeof fixtureNotes>, pkg: Package): Record<string, 'added' | 'updated' | 'unchanged' | 'conflicting'> {
  const existing = new Map(collection.map((note) => [note.guid, note]));
  return Object.fromEntries(
    notesOf(pkg).map((note) => {
      const had = existing.get(note.guid);
      if (!had) return [note.guid, 'added'];
      if (had.mid !== note.mid) return [note.guid, 'conflicting'];
      return [note.guid, note.mod > had.mod ? 'updated' : 'unchanged'];
    }),
  );
}

const importWithMedia = async (bytes: Uint8Array) => {
  const imported = await importPackage(bytes);
  const files = new Map(imported.media.map((m) => [`media/${m.name}`, m.bytes]));
  return { ...imported, loadMedia: (_deck: Deck, src: string) => files.get(src) };
};

const ANKI_PACKAGE = { models: [TERMS_MODEL], notes: ANKI_NOTES, media: { 0: 'pod.png' }, mediaFiles: { 0: PNG }, mediaList: [{ name: 'pod.png', bytes: PNG }] };

describe('Anki → KubeDeck → apkg', { timeout: 120_000 }, () => {
  for (const [layout, build] of [
    ['legacy', buildPackage],
    ['current', buildCurrentPackage],
  ] as const) {
    it(`gives back the very notes of the student's collection: note types, guids, fields, tags, mod, cards and media (${layout} layout)`, async () => {
      const { decks, loadMedia } = await importWithMedia(await build(ANKI_PACKAGE));
      // Identity kept per card: the note's guid, its note type and the card's template ordinal.
      const cards = decks.flatMap((d) => d.cards);
      expect(cards.find((c) => c.anki?.guid === 'A-terms-3' && c.anki.template === 2)?.anki).toEqual({ guid: 'A-terms-3', notetype: 'Terme (3 cartes)', template: 2 });
      // Written to the deck file and read back, as the app and the CLI keep an import.
      const kept = decks.map((deck) => parseDeck(deckToYaml(deck), `${deck.id}.yaml`));
      expect(kept.flatMap((k) => k.problems)).toEqual([]);
      const exported = await exportDecks(kept.map((k) => k.deck!), { loadMedia });
      const pkg = await openPackage(exported);
      expect(notesOf(pkg)).toEqual(fixtureNotes(ANKI_NOTES));
      // Each note type as the collection defines it: same id, fields, templates and styling, not newer.
      for (const model of [STOCK_MODELS.basic, STOCK_MODELS.reversed, STOCK_MODELS.cloze, STOCK_MODELS.vocab, TERMS_MODEL] as ModelSpec[]) {
        const written = pkg.models[model.id];
        const original = modelJson(model, FIXTURE_MOD, 0);
        expect(written.flds.map((f) => f.name), model.name).toEqual(model.fields);
        expect((written.tmpls as unknown as Record<string, unknown>[]).map((t) => [t.name, t.qfmt, t.afmt])).toEqual(model.templates.map((t) => [t.name, t.qfmt, t.afmt]));
        expect([written.name, written.type, written.css, written.mod, written.sortf]).toEqual([model.name, original.type, original.css, FIXTURE_MOD, model.sortField ?? 0]);
      }
      expect(schemaHash({ fields: pkg.models[TERMS_MODEL.id].flds.map((f) => f.name), templates: pkg.models[TERMS_MODEL.id].tmpls as unknown as { name: string }[] })).toBe(schemaHash(TERMS_MODEL));
      // Imported into the student's collection, nothing is duplicated, skipped or overwritten.
      expect(new Set(Object.values(ankiImportOutcome(fixtureNotes(ANKI_NOTES), pkg)))).toEqual(new Set(['unchanged']));
      // The browser's sort field is the note type's (here the definition); the duplicate check is always the first field's.
      expect(pkg.notes.filter((n) => String(n.guid).startsWith('A-terms')).map((n) => [n.sfld, n.csum])).toEqual([
        ['plus petite unité', fieldChecksum('Pod')],
        ['adresse stable', fieldChecksum('Service')],
      ]);
      expect(Object.values(pkg.media)).toEqual(['pod.png']);
      expect(pkg.files.get('0')).toEqual(PNG);
      // And KubeDeck reads its export back as the same cards.
      const { decks: again } = await importPackage(exported);
      const strip = (list: Card[]) => list.map((c) => JSON.stringify(cardValue(c))).sort();
      expect(strip(again.flatMap((d) => d.cards))).toEqual(strip(cards));
    });
  }

  it('writes an edit made in KubeDeck into the fields the templates show, and Anki updates that note only', async () => {
    const { decks, loadMedia } = await importWithMedia(await buildPackage(ANKI_PACKAGE));
    const edit = (guid: string, change: Partial<BasicCard>) =>
      decks.map((deck) => ({ ...deck, cards: deck.cards.map((card) => (card.anki?.guid === guid && card.type === 'basic' ? { ...card, ...change } : card)) }));
    let edited = edit('A-basic', { back: 'Un **Pod**, la plus petite unité' });
    edited = edited.map((deck) => ({ ...deck, cards: deck.cards.map((card) => (card.anki?.guid === 'A-reversed' ? { ...card, front: 'PV (volume)' } : card)) }));
    const pkg = await openPackage(await exportDecks(edited, { loadMedia }));
    const byGuid = new Map(notesOf(pkg).map((note) => [note.guid, note]));
    expect(byGuid.get('A-basic')).toMatchObject({ mid: STOCK_MODELS.basic.id, fields: ['Quel objet ? <img src="pod.png">', '<p>Un <strong>Pod</strong>, la plus petite unité</p>'], ords: [0] });
    // Both cards of a reversed note follow from its two fields.
    expect(byGuid.get('A-reversed')).toMatchObject({ mid: STOCK_MODELS.reversed.id, fields: ['<p>PV (volume)</p>', 'PersistentVolume'], ords: [0, 1] });
    const outcome = ankiImportOutcome(fixtureNotes(ANKI_NOTES), pkg);
    expect(Object.entries(outcome).filter(([, what]) => what !== 'unchanged')).toEqual([
      ['A-basic', 'updated'],
      ['A-reversed', 'updated'],
    ]);
    // Imported again, the edited note gives the edited card.
    const { decks: again } = await importPackage(await exportDecks(edited));
    expect(again.flatMap((d) => d.cards).find((c) => c.anki?.guid === 'A-basic')).toMatchObject({ back: 'Un **Pod**, la plus petite unité' });
  });

  it('says which edited notes their note type cannot hold, and leaves them to Anki rather than duplicating them', async () => {
    const { decks } = await importWithMedia(await buildPackage(ANKI_PACKAGE));
    // A cloze text, and a card whose template shows its field behind a conditional: no plain field to write into.
    const edited = decks.map((deck) => ({
      ...deck,
      cards: deck.cards.map((card) => {
        if (card.anki?.guid === 'A-cloze' && card.type === 'cloze') return { ...card, text: '{{kube-proxy}} programme {{nftables}}' };
        if (card.anki?.guid === 'A-terms-2' && card.anki.template === 1 && card.type === 'basic') return { ...card, back: 'Un Service' };
        return card;
      }),
    }));
    const refused: string[] = [];
    const pkg = await openPackage(await exportDecks(edited, { onNotWrittenBack: (guid) => refused.push(guid) }));
    expect(refused).toEqual(['A-cloze', 'A-terms-2']);
    const outcome = ankiImportOutcome(fixtureNotes(ANKI_NOTES), pkg);
    expect(Object.entries(outcome).filter(([, what]) => what !== 'unchanged')).toEqual([
      ['A-cloze', 'conflicting'],
      ['A-terms-2', 'conflicting'],
    ]);
    // KubeDeck still reads back the edited cards from its own notes.
    const { decks: again } = await importPackage(await exportDecks(edited));
    expect(again.flatMap((d) => d.cards).find((c) => c.anki?.guid === 'A-cloze')).toMatchObject({ text: '{{kube-proxy}} programme {{nftables}}' });
  });

  it('writes a note whose cards sit in two Anki decks once, each card in its deck', async () => {
    const notes: NoteSpec[] = [{ model: TERMS_MODEL, fields: ['Pod', 'plus petite unité', ''], guid: 'T-split', ords: [0, 1], cardDecks: { 1: 3000 } }];
    const { decks } = await importPackage(await buildPackage({ models: [TERMS_MODEL], notes, decks: [{ id: 2000, name: 'Termes' }, { id: 3000, name: 'Révisions' }] }));
    expect(decks.map((d) => d.cards.length)).toEqual([1, 1]);
    const pkg = await openPackage(await exportDecks(decks));
    expect(notesOf(pkg)).toEqual(fixtureNotes(notes));
    const deckOf = (ord: number) => pkg.decks[String(pkg.cards.find((c) => Number(c.ord) === ord)!.did)].name;
    expect([deckOf(0), deckOf(1)]).toEqual(['Termes', 'Révisions']);
  });

  it('writes a copy of a card (same note, same template) as a note of its own, leaving the original note as it was', async () => {
    const { decks, loadMedia } = await importWithMedia(await buildPackage(ANKI_PACKAGE));
    const basic = decks[0].cards.find((card) => card.anki?.guid === 'A-basic')!;
    const copied = [{ ...decks[0], cards: [...decks[0].cards, { ...basic, id: 'copie' }] }, ...decks.slice(1)];
    const notes = notesOf(await openPackage(await exportDecks(copied, { loadMedia })));
    expect(notes.filter((note) => note.guid.startsWith('A-basic')).map((note) => [note.guid, note.mid])).toEqual([
      ['A-basic', STOCK_MODELS.basic.id],
      ['A-basic#copie', KUBEDECK_MODELS.basic.id],
    ]);
    expect(notes.find((note) => note.guid === 'A-basic')).toEqual(fixtureNotes(ANKI_NOTES).find((note) => note.guid === 'A-basic'));
  });

  it('keeps a note that names media its cards do not show, with its files', async () => {
    // Image occlusion keeps only its image in KubeDeck; its note goes back whole, masks included.
    const occlusion = { ...STOCK_MODELS.cloze, id: 1010, name: 'Image Occlusion', fields: ['Occlusion', 'Image', 'Header', 'Back Extra', 'Comments'], templates: [{ name: 'Image Occlusion', qfmt: '{{#Header}}{{Header}}{{/Header}}{{cloze:Occlusion}}', afmt: '{{cloze:Occlusion}}{{Back Extra}}' }] } as const satisfies ModelSpec;
    const notes: NoteSpec[] = [
      { model: occlusion, fields: ['{{c1::image-occlusion:rect:left=.1:top=.1:width=.2:height=.2}}', '<img src="pod.png">', '', '', ''], guid: 'IO-1', ords: [0] },
    ];
    const { decks, loadMedia } = await importWithMedia(await buildPackage({ models: [occlusion], notes, media: { 0: 'pod.png' }, mediaFiles: { 0: PNG } }));
    const pkg = await openPackage(await exportDecks(decks, { loadMedia }));
    expect(notesOf(pkg)).toEqual(fixtureNotes(notes));
    expect(Object.values(pkg.media)).toEqual(['pod.png']);
    // Once its card is deleted, the note stays in the deck file but its files no longer go along.
    const deleted = await openPackage(await exportDecks([{ ...decks[0], cards: [] }], { loadMedia }));
    expect(deleted.media).toEqual({});
  });
});

describe('Anki → KubeDeck → apkg: sounds and formatting', { timeout: 120_000 }, () => {
  it('gives back the sound tags with their files, and the underline, sub/superscript and colour', async () => {
    const SOUND = new Uint8Array([0x49, 0x44, 0x33, 4, 0, 0]);
    const notes: NoteSpec[] = [
      { model: STOCK_MODELS.basic, fields: ['Écoutez [sound:kube.mp3] <u>ceci</u>', 'H<sub>2</sub>O, x<sup>2</sup>, <font color="#c00">rouge</font>'], guid: 'S-1', ords: [0] },
    ];
    const { decks, loadMedia } = await importWithMedia(await buildPackage({ notes, media: { 0: 'kube.mp3' }, mediaFiles: { 0: SOUND } }));
    expect(decks[0].cards[0]).toMatchObject({ front: expect.stringContaining('<u>ceci</u>'), back: expect.stringContaining('<sub>2</sub>') });
    const pkg = await openPackage(await exportDecks(decks, { loadMedia }));
    expect(notesOf(pkg)).toEqual(fixtureNotes(notes));
    expect(Object.values(pkg.media)).toEqual(['kube.mp3']);
    expect(pkg.files.get('0')).toEqual(SOUND);
    // KubeDeck's own cards with sound and formatting go to Anki as its tags and markup.
    const own = { ...decks[0], anki: undefined, cards: decks[0].cards.map((card) => ({ ...card, anki: undefined })) };
    const [note] = (await openPackage(await exportDecks([own], { loadMedia }))).notes;
    // Anki plays a sound from its tag (rslib/src/text.rs, AV_TAGS), whose file is in the media map.
    expect(note.fields[0]).toBe('<p>Écoutez [sound:kube.mp3] <u>ceci</u></p>');
    expect(note.fields[1]).toBe('<p>H<sub>2</sub>O, x<sup>2</sup>, <font color="#c00">rouge</font></p>');
  });
});

/**
 * Anki's schema hash of a note type: SHA-1 of its field names, then its template names
 * (rslib/src/import_export/package/apkg/import/notes.rs, Notetype::schema_hash).
 */
const schemaHash = (model: { fields: readonly string[]; templates: readonly { name: string }[] }) => sha1Hex([...model.fields, ...model.templates.map((t) => t.name)].join(''));

describe('note types in Anki', { timeout: 120_000 }, () => {
  // notes.rs, merge_or_remap_notetype: an incoming note type whose id is in the collection with
  // another schema hash is added under a new id, and then (import_notes) each of its notes whose
  // guid is already there is "conflicting": left as it was. So one id must always mean one set of
  // fields and templates, and a change of fields needs a new id.
  it('gives each set of fields an id of its own, which never changes while the fields do not', () => {
    const pinned: Record<number, string> = {
      1_706_000_000_011: '413e3146ae7b',
      1_706_000_000_012: '60e7ba5b01ef',
      1_706_000_000_013: '94e18a4c2dc6',
      1_706_000_000_014: '4a9a29c2f6ea',
      1_706_000_000_015: '0e53f8c90c57',
    };
    // A failure here: the fields or templates of a note type changed, so give it a new id (and pin it).
    expect(Object.fromEntries(Object.values(KUBEDECK_MODELS).map((model) => [model.id, schemaHash(model).slice(0, 12)]))).toEqual(pinned);
    const models: ModelSpec[] = [...Object.values(KUBEDECK_MODELS), ...Array.from({ length: 40 }, (_, i) => multiCardModel(i + 1))];
    const byId = new Map<number, string>();
    for (const model of models) {
      expect(byId.get(model.id) ?? schemaHash(model), model.name).toBe(schemaHash(model));
      byId.set(model.id, schemaHash(model));
    }
    expect(byId.size).toBe(models.length);
    // Names of their own too: Anki renames a clashing name on import (ensure_notetype_name_unique), which would confuse the student.
    expect(new Set(models.map((model) => model.name)).size).toBe(models.length);
  });

  it('keeps apart two note types of one name with different fields, in and out', async () => {
    const short: ModelSpec = { id: 7001, name: 'Basique', kind: 'standard', fields: ['Recto', 'Verso'], templates: [{ name: 'Carte 1', qfmt: '{{Recto}}', afmt: '{{FrontSide}}<hr id=answer>{{Verso}}' }] };
    const long: ModelSpec = {
      id: 7002,
      name: 'Basique',
      kind: 'standard',
      fields: ['Terme', 'Définition', 'Exemple'],
      templates: [
        { name: 'Carte 1', qfmt: '{{Terme}}', afmt: '{{FrontSide}}<hr id=answer>{{Définition}}<br>{{Exemple}}' },
        { name: 'Carte 2', qfmt: '{{Définition}}', afmt: '{{FrontSide}}<hr id=answer>{{Terme}}' },
      ],
    };
    const notes: NoteSpec[] = [
      { model: short, fields: ['Qu’est-ce qu’un PV ?', 'Un volume du cluster'], guid: 'B-short', ords: [0] },
      { model: long, fields: ['PVC', 'demande de stockage', 'kubectl get pvc'], guid: 'B-long', ords: [0, 1] },
    ];
    const { decks } = await importPackage(await buildPackage({ models: [short, long], notes }));
    const cards = decks.flatMap((d) => d.cards) as BasicCard[];
    // Each note is read with its own note type's templates, though both are called "Basique".
    expect(cards.map((c) => [c.anki?.guid, c.anki?.template, c.front, c.back])).toEqual([
      ['B-short', 0, 'Qu’est-ce qu’un PV ?', 'Un volume du cluster'],
      ['B-long', 0, 'PVC', 'demande de stockage\\\nkubectl get pvc'],
      ['B-long', 1, 'demande de stockage', 'PVC'],
    ]);
    const exported = await exportDecks(decks);
    expect(await cardsByGuid(exported)).toEqual({ 'B-short': [0], 'B-long': [0, 1] });
    // Each note goes back in its own note type, told apart by id (the collection has both).
    const pkg = await openPackage(exported);
    expect(pkg.notes.map((n) => [n.guid, Number(n.mid)])).toEqual([
      ['B-short', short.id],
      ['B-long', long.id],
    ]);
    expect([short.id, long.id].map((id) => pkg.models[id].flds.map((f) => f.name))).toEqual([short.fields, long.fields]);
  });
});
