import { describe, expect, it } from 'vitest';
import type { BasicCard } from '../../../src/shared/decks/types';
import { exportTsv, importDelimited, parseRecords, previewDelimited, readHeader, tsvCell } from '../../../src/shared/exchange/delimited';
import { ExchangeError } from '../../../src/shared/exchange/errors';
import { importFile } from '../../../src/shared/exchange/importFile';
import { demoDeck, shippedDecks } from './helpers';

describe('tsv export', { timeout: 30_000 }, () => {
  it('starts with the header lines Anki reads, then one row per card with its tags, deck and guid', () => {
    const text = exportTsv([demoDeck()]);
    const lines = text.trimEnd().split('\n');
    expect(lines.slice(0, 6)).toEqual(['#separator:tab', '#html:true', '#notetype:Basic', '#tags column:3', '#deck column:4', '#guid column:5']);
    expect(lines).toHaveLength(6 + demoDeck().cards.length);
    expect(lines[6].split('\t')).toEqual(['<p>What deletes an emptyDir?</p>', '<p>Deleting its pod.</p>', 'demo', 'Demo deck', 'kd/demo/q1']);
    const cloze = lines[7].split('\t');
    expect(cloze.slice(0, 2)).toEqual(['<p>Canal is […] plus [a CNI].</p>', '<p>Canal is <strong>Calico</strong> plus <strong>Flannel</strong>.</p>']);
  });

  it('gives a spreadsheet one row of five cells per card, code blocks included', () => {
    const decks = shippedDecks();
    const { body } = readHeader(exportTsv(decks));
    const rows = parseRecords(body, '\t');
    expect(rows).toHaveLength(decks.reduce((sum, d) => sum + d.cards.length, 0));
    expect(rows.every((row) => row.length === 5)).toBe(true);
    expect(body.split('\n').filter(Boolean)).toHaveLength(rows.length); // no line breaks inside cells
    const yamlFix = rows.find((row) => row[0].includes('<pre>'))!;
    expect(yamlFix[0]).toMatch(/<pre><code class="language-yaml">apiVersion: [^<]+<br>kind: /);
  });

  it('quotes cells holding quotes or starting with #, as CSV readers expect', () => {
    const deck = demoDeck();
    deck.cards = [{ id: 'q', type: 'basic', tags: [], origin: 'hand', reverse: false, front: '# titre', back: 'dit "bonjour"' }];
    const row = exportTsv([deck]).trimEnd().split('\n').at(-1)!;
    expect(row).toBe('<h1>titre</h1>\t<p>dit &quot;bonjour&quot;</p>\tdemo\tDemo deck\tkd/demo/q');
    expect([tsvCell('#1 tag'), tsvCell('dit "oui"'), tsvCell('a\tb'), tsvCell('plain')]).toEqual(['"#1 tag"', '"dit ""oui"""', '"a\tb"', 'plain']);
    expect(parseRecords('"# not a comment"\tb\n#comment\n"multi\nline"\t"with ""quotes"""\n', '\t')).toEqual([
      ['# not a comment', 'b'],
      ['multi\nline', 'with "quotes"'],
    ]);
  });
});

describe('tsv round trip', { timeout: 30_000 }, () => {
  it('gives back the decks with the same ids, basic cards with the same texts', async () => {
    const decks = shippedDecks();
    const result = await importFile('export.tsv', new TextEncoder().encode(exportTsv(decks)));
    expect(result.format).toBe('delimited');
    expect(result.decks.map((d) => [d.deck.id, d.deck.title, d.deck.cards.length])).toEqual(decks.map((d) => [d.id, d.title, d.cards.length]));
    for (const [i, deck] of decks.entries()) {
      const back = result.decks[i].deck;
      expect(back.cards.map((c) => c.id)).toEqual(deck.cards.map((c) => c.id));
      const simple = deck.cards.filter((c): c is BasicCard => c.type === 'basic' && !/\n/.test(c.front + c.back));
      for (const card of simple) {
        const again = back.cards.find((c) => c.id === card.id) as BasicCard;
        expect(again.front).toBe(card.front);
        expect(again.back).toBe(card.back);
        expect(again.tags.sort()).toEqual([...new Set([...deck.tags, ...card.tags])].sort());
      }
    }
  });
});

describe('csv/tsv import', () => {
  const csv = 'Question;Réponse;Tags\n"Qu’est-ce qu’un PV ?";Un volume persistant;stockage pv\nemptyDir;"Supprimé avec le pod; même s’il ""persiste"" ?";\n';

  it('previews the first rows with a guessed separator and mapping', () => {
    const preview = previewDelimited(csv);
    expect(preview).toMatchObject({ separator: ';', html: false, hasHeaderRow: true, columns: ['Question', 'Réponse', 'Tags'] });
    expect(preview.mapping).toEqual({ front: 0, back: 1, tags: 2, deck: undefined, id: undefined });
    expect(preview.rows[0]).toEqual(['Qu’est-ce qu’un PV ?', 'Un volume persistant', 'stockage pv']);
  });

  it('imports with an explicit mapping, plain text escaped for Markdown', async () => {
    const { decks } = await importDelimited(csv, { mapping: { front: 1, back: 0 }, title: 'Mes fiches', separator: ';', hasHeaderRow: true });
    expect(decks[0]).toMatchObject({ id: 'mes-fiches', title: 'Mes fiches' });
    expect(decks[0].cards[0]).toMatchObject({ type: 'basic', front: 'Un volume persistant', back: 'Qu’est-ce qu’un PV ?', tags: [] });
    const tagged = await importDelimited('a*b*\t<c>\tx y\n', { mapping: { front: 0, back: 1, tags: 2 }, title: 'T', html: false });
    expect(tagged.decks[0].cards[0]).toMatchObject({ front: 'a\\*b\\*', back: '\\<c>', tags: ['x', 'y'] });
  });

  it('reads Anki cloze rows as cloze cards and sanitises HTML cells', async () => {
    const text = '#html:true\n{{c1::Calico}} <script>x()</script>et <b>Flannel</b>\t\n<a href="javascript:x()">Q</a>\t<i>R</i>\n';
    const { decks } = await importDelimited(text, { mapping: { front: 0, back: 1 }, title: 'T' });
    expect(decks[0].cards[0]).toMatchObject({ type: 'cloze', text: '{{Calico}} et **Flannel**' });
    expect(decks[0].cards[1]).toMatchObject({ type: 'basic', front: 'Q', back: '*R*' });
  });

  it('gives stable card ids from the content, and skips empty rows with a warning', async () => {
    const text = 'a\tb\n\tonly back\nc\td\n';
    const first = await importDelimited(text, { mapping: { front: 0, back: 1 }, title: 'T' });
    const second = await importDelimited(text, { mapping: { front: 0, back: 1 }, title: 'T' });
    expect(first.decks[0].cards.map((c) => c.id)).toEqual(second.decks[0].cards.map((c) => c.id));
    expect(first.decks[0].cards.map((c) => c.id)).toEqual([expect.stringMatching(/^row-[a-z0-9]{10}$/), expect.stringMatching(/^row-/)]);
    expect(first.warnings).toEqual([{ code: 'empty-note', params: { note: '#2' } }]);
  });

  // As Anki's "Notes in Plain Text" export writes it (rslib/src/import_export/text/csv/export.rs:
  // guid, note type and deck columns first, then the fields, the tags last; the header names
  // each metadata column, 1-based, as metadata.rs reads it back).
  const ankiNotes = [
    '#separator:tab',
    '#html:true',
    '#guid column:1',
    '#notetype column:2',
    '#deck column:3',
    '#tags column:6',
    'Xy&#12	Basique	Réseau::Ingress	Qu’est-ce qu’un <b>Ingress</b> ?	Des règles HTTP	ingress reseau',
    'Zt!9	Texte à trous	Réseau::Ingress	{{c1::kube-proxy}} programme iptables		cni',
  ].join('\n');

  it('reads Anki’s notes export with its guid, note type, deck and tags columns as metadata', async () => {
    const preview = previewDelimited(ankiNotes);
    expect(preview.mapping).toEqual({ front: 3, back: 4, tags: 5, deck: 2, id: 0, notetype: 1 });
    const { decks } = await importDelimited(ankiNotes, { mapping: preview.mapping, title: 'T' });
    expect(decks.map((d) => d.title)).toEqual(['Réseau::Ingress']);
    expect(decks[0].cards[0]).toMatchObject({ type: 'basic', front: 'Qu’est-ce qu’un **Ingress** ?', back: 'Des règles HTTP', tags: ['ingress', 'reseau'], anki: { guid: 'Xy&#12', notetype: 'Basique' } });
    expect(decks[0].cards[1]).toMatchObject({ type: 'cloze', text: '{{kube-proxy}} programme iptables', tags: ['cni'], anki: { guid: 'Zt!9', notetype: 'Texte à trous' } });
  });

  it('refuses a mapping without two distinct front and back columns', async () => {
    await expect(importDelimited('a\tb\n', { mapping: { front: 0, back: 0 }, title: 'T' })).rejects.toThrow(ExchangeError);
    await expect(importDelimited('a\tb\n', { mapping: { front: -1, back: 0 }, title: 'T' })).rejects.toMatchObject({ code: 'bad-mapping' });
  });
});
