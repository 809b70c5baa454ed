// Which cards an Anki note gives, and what each side shows. The oracle is Anki's source
// (ankitects/anki): rslib/src/notetype/cardgen.rs (one card per template whose question renders
// with the note's non-empty fields; one card per cloze number for cloze types, card ordinal =
// number − 1), rslib/src/template.rs (`{{#F}}`/`{{^F}}` sections, filters such as `type:` and
// `text:`, a field is empty when it holds only white space, `<br>` and `<div>`), and
// rslib/src/cloze.rs (`{{c1,2::…}}` belongs to cards 1 and 2, nested clozes, hints). The `ords` of
// each fixture note are the cards Anki generates for it, worked out by hand from those rules.
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/shared/decks/parse';
import type { BasicCard, Card, InputCard } from '../../../src/shared/decks/types';
import { clozeNumbers, parseClozes, revealCloze } from '../../../src/shared/exchange/anki/cloze';
import { importApkg } from '../../../src/shared/exchange/anki/importApkg';
import type { ModelSpec } from '../../../src/shared/exchange/anki/schema';
import { nonEmptyFields, parseTemplate, rendersWithFields } from '../../../src/shared/exchange/anki/template';
import { deckToYaml } from '../../../src/shared/exchange/nativeYaml';
import { buildCurrentPackage } from '../../fixtures/anki/currentPackages';
import { buildPackage, STOCK_MODELS, TERMS_MODEL, type NoteSpec, type PackageSpec } from '../../fixtures/anki/legacyPackages';
import { sqlEngine } from './helpers';


const TYPED: ModelSpec = {
  id: 5002,
  name: 'Réponse tapée',
  kind: 'standard',
  fields: ['Question', 'Réponse', 'Note'],
  templates: [{ name: 'Carte 1', qfmt: '{{Question}}<br>{{type:Réponse}}', afmt: '{{FrontSide}}<hr id=answer>{{type:Réponse}}{{#Note}}<br>{{text:Note}}{{/Note}}' }],
};

const OCCLUSION: ModelSpec = {
  id: 5003,
  name: 'Image Occlusion',
  kind: 'cloze',
  fields: ['Occlusion', 'Image', 'Header'],
  templates: [{ name: 'Image Occlusion', qfmt: '{{cloze:Occlusion}}{{Image}}', afmt: '{{cloze:Occlusion}}{{Image}}{{Header}}' }],
};

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
/** pod.png in both media layouts (legacy map and files, current list). */
const POD_IMAGE = { media: { 0: 'pod.png', 1: 'schema.png' }, mediaFiles: { 0: PNG, 1: PNG }, mediaList: [{ name: 'pod.png', bytes: PNG }, { name: 'schema.png', bytes: PNG }] };

const importPackage = async (bytes: Uint8Array) => importApkg(bytes, await sqlEngine());
const byFront = (cards: Card[]) => Object.fromEntries(cards.map((c) => [c.type === 'basic' ? c.front : c.type === 'input' ? c.question : c.type, c]));

describe('Anki templates decide the cards', { timeout: 60_000 }, () => {
  const notes: NoteSpec[] = [
    // Every field: the three templates render a question.
    { model: TERMS_MODEL, fields: ['Pod', 'plus petite unité déployable', '<img src="pod.png">'], guid: 'T-all', ords: [0, 1, 2] },
    // No image: `{{#Image}}` leaves template 3 empty, no card 3.
    { model: TERMS_MODEL, fields: ['Service', 'adresse stable devant des pods', ''], guid: 'T-noimg', ords: [0, 1] },
    // Only the term, `<br>` counts as empty: template 2 is empty too, card 1 has an empty answer.
    { model: TERMS_MODEL, fields: ['Nœud', '<br>', ' '], guid: 'T-term', ords: [0] },
  ];

  for (const [layout, build] of [
    ['legacy', buildPackage],
    ['current', buildCurrentPackage],
  ] as const) {
    it(`gives one card per template whose question renders (${layout} layout)`, async () => {
      const spec = { models: [TERMS_MODEL], notes, ...POD_IMAGE };
      const { decks, warnings } = await importPackage(await build(spec));
      const cards = decks.flatMap((d) => d.cards);
      // The same count as the card rows Anki wrote.
      expect(cards).toHaveLength(notes.reduce((sum, note) => sum + (note.ords?.length ?? 1), 0));
      const front = byFront(cards);
      expect(front['Pod']).toMatchObject({ type: 'basic', back: 'plus petite unité déployable', reverse: false });
      expect(front['Définition : plus petite unité déployable']).toMatchObject({ type: 'basic', back: 'Pod' });
      // The answer keeps what only the answer shows (the hint field included).
      expect(front['Quel objet ? ![](<media/pod.png>)']).toMatchObject({ type: 'basic', back: 'Pod\\\nplus petite unité déployable' });
      // A card with an empty answer is kept (Anki shows it), and the summary says so.
      expect(front['Nœud']).toMatchObject({ type: 'basic', back: '—' });
      expect(warnings).toContainEqual({ code: 'empty-back', params: { note: 'T-term' } });
      const ids = cards.map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const deck of decks) expect(parseDeck(deckToYaml(deck), `${deck.id}.yaml`).problems).toEqual([]);
    });
  }

  it('keeps each card of a note in the Anki deck it sits in', async () => {
    const decks = [
      { id: 2000, name: 'Réseau' },
      { id: 3000, name: 'Images' },
    ];
    const spec: PackageSpec = { models: [TERMS_MODEL], decks, notes: [notes[0]], ...POD_IMAGE };
    const bytes = await buildPackage(spec);
    // Move card 3 (the image one) to the second deck, as a user would in Anki's browser.
    const sql = await sqlEngine();
    const { unzipSync, zipSync } = await import('fflate');
    const files = unzipSync(bytes);
    const db = new sql.Database(files['collection.anki2']);
    db.run('update cards set did = 3000 where ord = 2');
    files['collection.anki2'] = new Uint8Array(db.export());
    db.close();
    const result = await importPackage(zipSync(files));
    expect(result.decks.map((d) => [d.id, d.cards.length])).toEqual([
      ['reseau', 2],
      ['images', 1],
    ]);
    expect((result.decks[1].cards[0] as BasicCard).front).toBe('Quel objet ? ![](<media/pod.png>)');
  });

  it('turns {{type:Field}} into an input card that accepts the field', async () => {
    const spec: PackageSpec = { models: [TYPED], notes: [{ model: TYPED, fields: ['Type de Service exposé sur chaque nœud ?', 'Node<b>Port</b>', 'ports 30000–32767'], guid: 'typed' }] };
    const { decks } = await importPackage(await buildPackage(spec));
    const [card] = decks[0].cards as InputCard[];
    expect(card).toMatchObject({ type: 'input', question: 'Type de Service exposé sur chaque nœud ?', answers: ['NodePort'], explanation: 'ports 30000–32767' });
  });

  it('merges two cards that are each other’s reverse into one reversed card', async () => {
    const spec: PackageSpec = { notes: [{ model: STOCK_MODELS.reversed, fields: ['emptyDir', 'volume temporaire'], ords: [0, 1] }] };
    const { decks } = await importPackage(await buildPackage(spec));
    expect(decks[0].cards).toEqual([expect.objectContaining({ type: 'basic', front: 'emptyDir', back: 'volume temporaire', reverse: true })]);
  });
});

describe('Anki cloze grammar (rslib/src/cloze.rs)', { timeout: 60_000 }, () => {
  it('reads numbers, several numbers per gap, nesting and stray braces', () => {
    expect([...clozeNumbers('{{c1::a}} {{c3::b}} {{c1::c}}')].sort()).toEqual([1, 3]);
    expect([...clozeNumbers('{{c1,2::Service}}')].sort()).toEqual([1, 2]);
    expect([...clozeNumbers('{{c1::kube {{c2::proxy}} }}')].sort()).toEqual([1, 2]);
    expect([...clozeNumbers('{{c::a}} {{cx::b}} }} {{c0::z}}')]).toEqual([]);
    expect(parseClozes('a }} b')).toEqual(['a ', '}}', ' b']);
  });

  it('hides the gaps of the card’s number, nested ones with their parent, shows the others', () => {
    const text = '{{c1::kube-proxy::composant}} programme {{c1::iptables}}, {{c2::CoreDNS}} et {{c1,2::le Service}}';
    expect(revealCloze(text, 1, true)).toBe('[composant] programme [...], CoreDNS et [...]');
    expect(revealCloze(text, 2, true)).toBe('kube-proxy programme iptables, [...] et [...]');
    expect(revealCloze(text, 1, false)).toBe('<b>kube-proxy</b> programme <b>iptables</b>, CoreDNS et <b>le Service</b>');
    const nested = '{{c1::le pod {{c2::nginx}} écoute}}';
    expect(revealCloze(nested, 1, true)).toBe('[...]');
    expect(revealCloze(nested, 2, true)).toBe('le pod [...] écoute');
    expect(revealCloze(nested, 2, false)).toBe('le pod <b>nginx</b> écoute');
  });

  it('stays linear on hostile text', () => {
    const hostile = '{{c1::'.repeat(50_000) + '}}'.repeat(20_000);
    expect(clozeNumbers(hostile)).toEqual(new Set([1]));
  });

  it('makes one card per cloze number: two c1 gaps are one card with two blanks', async () => {
    const notes: NoteSpec[] = [
      { model: STOCK_MODELS.cloze, fields: ['{{c1::kube-proxy}} programme {{c1::iptables}} ; {{c2::CoreDNS}} résout', 'Back {{extra}}'], guid: 'two-c1', ords: [0, 1] },
      // A gap in Back Extra counts too: cardgen.rs gathers the numbers of every field.
      { model: STOCK_MODELS.cloze, fields: ['{{c1::Calico}} est un CNI', '{{c2::Flannel}} aussi'], guid: 'extra-gap', ords: [0, 1] },
    ];
    const { decks } = await importPackage(await buildPackage({ notes }));
    const cards = decks[0].cards as BasicCard[];
    expect(cards).toHaveLength(4);
    expect(cards.map((c) => [c.type, c.front, c.back])).toEqual([
      ['basic', '\\[...\\] programme \\[...\\] ; CoreDNS résout', '**kube-proxy** programme **iptables** ; CoreDNS résout\\\nBack {\\{extra}}'],
      ['basic', 'kube-proxy programme iptables ; \\[...\\] résout', 'kube-proxy programme iptables ; **CoreDNS** résout\\\nBack {\\{extra}}'],
      ['basic', '\\[...\\] est un CNI', '**Calico** est un CNI\\\n{\\{c2::Flannel}} aussi'],
      ['basic', 'Calico est un CNI', 'Calico est un CNI\\\n{\\{c2::Flannel}} aussi'],
    ]);
  });

  it('keeps a cloze card when each number has one gap, Back Extra escaped', async () => {
    const notes: NoteSpec[] = [{ model: STOCK_MODELS.cloze, fields: ['{{c1::Calico}} et {{c2::Flannel::un CNI}}', 'pas un {{trou}}'], guid: 'simple', ords: [0, 1] }];
    const { decks } = await importPackage(await buildPackage({ notes }));
    expect(decks[0].cards).toEqual([expect.objectContaining({ type: 'cloze', text: '{{Calico}} et {{Flannel::un CNI}}\n\npas un {\\{trou}}' })]);
    expect(parseDeck(deckToYaml(decks[0]), 'x.yaml').problems).toEqual([]);
  });

  it('imports an image occlusion note as its image, with a warning', async () => {
    const notes: NoteSpec[] = [{ model: OCCLUSION, fields: ['{{c1::image-occlusion:rect:left=.1:top=.2:width=.3:height=.1:oi=1}}', '<img src="schema.png">', 'Schéma'], guid: 'io', ords: [0] }];
    const { decks, warnings } = await importPackage(await buildPackage({ models: [OCCLUSION], notes, ...POD_IMAGE }));
    expect(decks[0].cards).toEqual([expect.objectContaining({ type: 'basic', front: "![](<media/schema.png>)" })]);
    expect(warnings).toContainEqual({ code: 'image-occlusion', params: { note: 'io' } });
  });
});

describe('template emptiness (rslib/src/template.rs)', () => {
  it('renders with a field only where its sections let it', () => {
    const fields = new Map([
      ['A', 'x'],
      ['B', '<div><br></div>'],
    ]);
    const nonEmpty = nonEmptyFields(fields, false);
    expect(rendersWithFields(parseTemplate('{{A}}'), nonEmpty)).toBe(true);
    expect(rendersWithFields(parseTemplate('{{B}}'), nonEmpty)).toBe(false);
    expect(rendersWithFields(parseTemplate('{{#B}}{{A}}{{/B}}'), nonEmpty)).toBe(false);
    expect(rendersWithFields(parseTemplate('{{^B}}{{A}}{{/B}}'), nonEmpty)).toBe(true);
    expect(rendersWithFields(parseTemplate('texte seul'), nonEmpty)).toBe(false);
    // Special fields the note type does not define count as non-empty (cardgen.rs).
    expect(rendersWithFields(parseTemplate('{{Deck}}'), nonEmpty)).toBe(true);
    expect(rendersWithFields(parseTemplate('{{Tags}}'), nonEmpty)).toBe(false);
  });
});

describe('hostile collections (issue 19)', { timeout: 60_000 }, () => {
  it('refuses a package whose notes are a recursive view, at once, naming the table', async () => {
    const { recursiveNotesView, cardsView } = await import('../../fixtures/hostile/anki/packages');
    for (const [bytes, table] of [
      [await recursiveNotesView(), 'notes'],
      [await cardsView(), 'cards'],
    ] as const) {
      await expect(importPackage(bytes)).rejects.toMatchObject({ code: 'apkg-bad-collection', params: { detail: `not a table: ${table}` } });
    }
  });
});

describe('nothing silently dropped', { timeout: 60_000 }, () => {
  it('keeps sounds, players and formatting, and counts in the import summary what it leaves out', async () => {
    const notes: NoteSpec[] = [
      { model: STOCK_MODELS.basic, fields: ['Écoutez [sound:kube.mp3] <u>ceci</u>', 'H<sub>2</sub>O <span style="color: red">rouge</span> <audio src="a.ogg"></audio>'], guid: 'media' },
      { model: STOCK_MODELS.basic, fields: ['x<sup>2</sup> [sound:b.mp3]', '<img src="absent.png" alt="schéma"> <span style="background: red">fond</span>'], guid: 'media2' },
    ];
    const OGG = new Uint8Array([0x4f, 0x67, 0x67, 0x53, 0, 2]);
    const { decks, media, warnings } = await importPackage(await buildPackage({ notes, media: { 0: 'kube.mp3', 1: 'a.ogg' }, mediaFiles: { 0: OGG, 1: OGG } }));
    const [first, second] = decks[0].cards as BasicCard[];
    // Anki plays `[sound:…]` (rslib/src/text.rs, AV_TAGS) and the field's own <audio>: both are kept as players of the file.
    expect(first).toMatchObject({ front: 'Écoutez ![](<media/kube.mp3>) <u>ceci</u>', back: 'H<sub>2</sub>O <font color="red">rouge</font> ![](<media/a.ogg>)' });
    expect(media.map((m) => m.name)).toEqual(['kube.mp3', 'a.ogg']);
    expect(media[0].bytes).toEqual(OGG);
    expect(second.front).toBe('x<sup>2</sup>');
    expect(warnings.filter((w) => w.code === 'dropped')).toEqual(
      [
        ['color', 1],
        ['img', 1],
        ['sound', 1],
      ].map(([what, count]) => ({ code: 'dropped', params: { what, count } })),
    );
  });
});
