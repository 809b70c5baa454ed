// What Anki finds in a package KubeDeck exports: the collection is read back with SQLite and
// compared with the source deck. Required JSON keys follow the serde structs of ankitects/anki
// (rslib/src/notetype/schema11.rs, decks/schema11.rs, deckconfig/schema11.rs): a missing one
// makes Anki refuse the whole package.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/shared/decks/types';
import { exportApkg, fieldChecksum } from '../../../src/shared/exchange/anki/exportApkg';
import { sha1Hex } from '../../../src/shared/exchange/hash';
import { demoDeck, openPackage, shippedDecks, sqlEngine } from './helpers';

const NOW = new Date('2024-05-01T10:00:00Z');

async function exportDemo(decks: Deck[] = [demoDeck()]) {
  return openPackage(await exportApkg(decks, await sqlEngine(), { now: NOW }));
}

describe('apkg export', { timeout: 60_000 }, () => {
  it('writes a legacy collection (schema 11) with the tables and JSON keys Anki requires', async () => {
    const pkg = await exportDemo();
    expect([...pkg.files.keys()].sort()).toEqual(['collection.anki2', 'media']);
    expect(pkg.media).toEqual({});
    expect(pkg.tables).toEqual(['cards', 'col', 'graves', 'notes', 'revlog']);
    expect(pkg.col).toMatchObject({ id: 1, ver: 11, crt: NOW.getTime() / 1000 });
    for (const model of Object.values(pkg.models)) {
      for (const key of ['id', 'name', 'type', 'mod', 'usn', 'sortf', 'did', 'tmpls', 'flds', 'css']) expect(model).toHaveProperty(key);
      for (const field of model.flds) for (const key of ['name', 'ord', 'sticky', 'rtl', 'font', 'size']) expect(field).toHaveProperty(key);
      for (const template of model.tmpls) for (const key of ['name', 'ord', 'qfmt']) expect(template).toHaveProperty(key);
    }
    for (const deck of Object.values(pkg.decks)) {
      for (const key of ['id', 'name', 'usn', 'lrnToday', 'revToday', 'newToday', 'timeToday', 'collapsed', 'dyn', 'conf']) expect(deck).toHaveProperty(key);
    }
    const options = pkg.dconf['1'];
    for (const key of ['id', 'mod', 'name', 'usn', 'maxTaken', 'autoplay', 'timer', 'new', 'rev', 'lapse']) expect(options).toHaveProperty(key);
    expect(Object.keys(options.new as object)).toEqual(expect.arrayContaining(['delays', 'initialFactor', 'ints', 'order', 'perDay']));
  });

  it('puts the cards in an Anki deck named after the deck, next to the Default deck', async () => {
    const pkg = await exportDemo();
    const names = Object.values(pkg.decks).map((d) => d.name);
    expect(names.sort()).toEqual(['Default', 'Demo deck']);
    const deckId = Object.values(pkg.decks).find((d) => d.name === 'Demo deck')!.id;
    expect(new Set(pkg.cards.map((c) => c.did))).toEqual(new Set([deckId]));
    // The description, then the deck's own fields in a comment Anki does not show (read back by KubeDeck).
    expect(pkg.decks[deckId].desc).toMatch(/^<p>A small deck for tests\.<\/p><!--kubedeck:\{"format":"kubedeck\/1","id":"demo",.*\}-->$/);
  });

  it('maps each card type to a note Anki shows as intended', async () => {
    const deck = demoDeck();
    const pkg = await exportDemo([deck]);
    const modelName = (mid: unknown) => pkg.models[String(mid)].name;
    const noteOf = (cardId: string) => pkg.notes.find((n) => n.guid === `kd/demo/${cardId}`)!;
    const cardsOf = (note: Record<string, unknown>) => pkg.cards.filter((c) => c.nid === note.id).map((c) => c.ord);
    expect(pkg.notes).toHaveLength(deck.cards.length);

    const basic = noteOf('q1');
    expect(modelName(basic.mid)).toBe('KubeDeck Basic (optional reversed card)');
    expect(basic.fields.slice(0, 4)).toEqual(['<p>What deletes an emptyDir?</p>', '<p>Deleting its pod.</p>', 'y', '']);
    expect(cardsOf(basic)).toEqual([0, 1]);
    expect(basic.tags).toBe(' demo ');

    const cloze = noteOf('q2');
    expect(pkg.models[String(cloze.mid)].type).toBe(1);
    expect(cloze.fields[0]).toBe('<p>Canal is {{c1::Calico}} plus {{c2::Flannel::a CNI}}.</p>');
    expect(cardsOf(cloze)).toEqual([0, 1]);

    const mcq = noteOf('q3');
    expect(modelName(mcq.mid)).toBe('KubeDeck Multiple choice');
    expect(mcq.fields[0]).toContain('Which are volume types?');
    expect(mcq.fields[1]).toContain('<li>A. hostPath</li>');
    expect(mcq.fields[2]).toContain('A. hostPath');

    expect(noteOf('q4').fields[2]).toContain('<code>30000-32767</code>');

    const yamlFix = noteOf('q5');
    expect(yamlFix.fields[0]).toContain('<p>Fix the pod.</p>');
    expect(yamlFix.fields[1]).toContain('<pre><code class="language-yaml">apiVersion: v1\nkind: Pod\n</code></pre>');
    expect(yamlFix.fields[2]).toContain('Look at metadata.');
    expect(yamlFix.fields[3]).toContain('name: fixed');
    expect(pkg.cards.every((c) => c.type === 0 && c.queue === 0)).toBe(true);
  });

  it('fills the sort field and the duplicate checksum as Anki computes them', async () => {
    for (const text of ['', 'abc', 'Qu’est-ce qu’un Ingress ?', 'é'.repeat(100), 'x'.repeat(1000)]) {
      expect(sha1Hex(text)).toBe(createHash('sha1').update(text, 'utf8').digest('hex'));
    }
    const pkg = await exportDemo();
    const basic = pkg.notes.find((n) => n.guid === 'kd/demo/q1')!;
    expect(basic.sfld).toBe('What deletes an emptyDir?');
    expect(basic.csum).toBe(parseInt(sha1Hex('What deletes an emptyDir?').slice(0, 8), 16));
    expect(fieldChecksum('<p>a &amp; b</p>')).toBe(parseInt(sha1Hex('a & b').slice(0, 8), 16));
  });

  it('keeps every card and tag of the shipped decks, with no raw Markdown left in the fields', async () => {
    const decks = shippedDecks();
    const pkg = await exportDemo(decks);
    expect(pkg.notes).toHaveLength(decks.reduce((sum, d) => sum + d.cards.length, 0));
    for (const deck of decks) {
      for (const card of deck.cards) {
        const note = pkg.notes.find((n) => n.guid === `kd/${deck.id}/${card.id}`)!;
        expect(String(note.tags).trim().split(' ').sort()).toEqual([...new Set([...deck.tags, ...card.tags])].sort());
        // The last field holds the card itself (Markdown); the fields Anki shows are HTML.
        expect(note.fields.slice(0, -1).join('')).not.toMatch(/\*\*|```/);
      }
    }
    expect(new Set(Object.values(pkg.decks).map((d) => d.name))).toEqual(new Set(['Default', ...decks.map((d) => d.title)]));
  });

  it('renders raw HTML written in a deck as text, and drops javascript: links', async () => {
    const deck = demoDeck();
    deck.cards = [{ id: 'x', type: 'basic', tags: [], origin: 'hand', reverse: false, front: '<img src=x onerror=alert(1)> [a](javascript:alert(1))', back: '<script>alert(1)</script>' }];
    const [note] = (await exportDemo([deck])).notes;
    expect(note.fields.join('')).not.toMatch(/<img|<script|href="javascript/);
    expect(note.fields[0]).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
