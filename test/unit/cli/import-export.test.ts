import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { loadLibrary } from '../../../src/shared/decks/library';
import { ExchangeError } from '../../../src/shared/exchange/errors';
import { readZip } from '../../../src/shared/exchange/zip';
import { KUBEDECK_MODELS } from '../../../src/shared/exchange/anki/schema';
import { readDeckFolder } from '../../../src/node/deckFiles';
import { chromiumForPdf, htmlToPdf } from '../../../src/node/exchange/pdf';
import { VALID_DECK } from '../../fixtures/decks';
import { buildCurrentPackage } from '../../fixtures/anki/currentPackages';
import { buildPackage, STOCK_MODELS } from '../../fixtures/anki/legacyPackages';

async function run(command: 'export' | 'import', args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main([command, ...args], (l) => out.push(l), (l) => err.push(l));
  return { code, out, err };
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'kubedeck-exchange-'));

describe('kubedeck export', { timeout: 60_000 }, () => {
  it('exports decks named by id (from decks/) or by file, to a file or to stdout', async () => {
    const dir = tempDir();
    const demo = join(dir, 'demo.yaml');
    writeFileSync(demo, VALID_DECK);
    const apkg = await run('export', ['ingress', demo, '--format', 'apkg', '-o', join(dir, 'out.apkg'), '--lang', 'en']);
    expect(apkg).toMatchObject({ code: 0, out: [expect.stringMatching(/^2 decks, 37 cards → .*out\.apkg$/)] });
    expect(readFileSync(join(dir, 'out.apkg')).subarray(0, 2).toString()).toBe('PK');
    const yaml = await run('export', [demo, '--format=yaml']);
    expect(yaml.code).toBe(0);
    expect(yaml.out[0]).toMatch(/^format: kubedeck\/1\nid: demo\n/);
  });

  it('puts the images of a deck file in its package, and writes the same bytes for the same --now', async () => {
    const dir = tempDir();
    const [first, second, other] = ['a.apkg', 'b.apkg', 'c.apkg'].map((name) => join(dir, name));
    expect((await run('export', ['metallb', '--format', 'apkg', '-o', first, '--now', '2025-01-31T12:00:00Z'])).code).toBe(0);
    expect((await run('export', ['decks/metallb.yaml', '--format', 'apkg', '-o', second, '--now=2025-01-31T12:00:00Z'])).code).toBe(0);
    expect(readFileSync(second)).toEqual(readFileSync(first));
    const files = await readZip(new Uint8Array(readFileSync(first)));
    expect(JSON.parse(new TextDecoder().decode(files.get('media')))).toEqual({ 0: 'metallb-couche2.svg' });
    expect(files.get('0')).toEqual(new Uint8Array(readFileSync('decks/images/metallb-couche2.svg')));
    // SOURCE_DATE_EPOCH stands for --now (reproducible builds).
    process.env.SOURCE_DATE_EPOCH = String(Date.parse('2025-01-31T12:00:00Z') / 1000);
    try {
      expect((await run('export', ['metallb', '--format', 'apkg', '-o', other])).code).toBe(0);
    } finally {
      delete process.env.SOURCE_DATE_EPOCH;
    }
    expect(readFileSync(other)).toEqual(readFileSync(first));
    expect((await run('export', ['metallb', '--format', 'apkg', '-o', other, '--now', 'yesterday'])).code).toBe(2);
  });

  it('exits 2 on usage errors and unknown decks, 1 on a deck with errors', async () => {
    const dir = tempDir();
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, VALID_DECK.replace('type: mcq', 'type: qcm'));
    expect((await run('export', ['ingress'])).code).toBe(2);
    expect((await run('export', ['ingress', '--format', 'docx'])).code).toBe(2);
    expect((await run('export', ['ingress', '--format', 'apkg'])).err[0]).toBe('kubedeck export: --format apkg needs -o FILE');
    expect((await run('export', ['ingress', 'cni', '--format', 'yaml', '--lang', 'fr'])).err[0]).toMatch(/choisissez « bundle »/);
    expect((await run('export', ['no-such-deck', '--format', 'tsv', '--lang', 'en'])).code).toBe(2);
    const invalid = await run('export', [broken, '--format', 'tsv', '--lang', 'en']);
    expect(invalid.code).toBe(1);
    expect(invalid.err[0]).toMatch(/broken\.yaml:\d+:\d+ error "qcm" is not an allowed value/);
  });

  it('prints a PDF through Chromium, or says clearly that none is installed', async () => {
    await expect(htmlToPdf('<p>x</p>', join(tempDir(), 'x.pdf'), { chromium: '/nonexistent/chromium' })).rejects.toThrow(ExchangeError);
    await expect(htmlToPdf('<p>x</p>', join(tempDir(), 'x.pdf'), { chromium: '/nonexistent/chromium' })).rejects.toMatchObject({ code: 'no-chromium' });
    if (!chromiumForPdf()) return;
    const pdf = join(tempDir(), 'ingress.pdf');
    expect((await run('export', ['ingress', '--format', 'pdf', '-o', pdf])).code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);
});

describe('kubedeck import', { timeout: 60_000 }, () => {
  it('writes each deck as a checked YAML file, and a second import of the same deck under a new id', async () => {
    const dir = tempDir();
    const apkg = join(dir, 'ingress.apkg');
    await run('export', ['ingress', '--format', 'apkg', '-o', apkg]);
    const target = join(dir, 'decks');
    const first = await run('import', [apkg, '-o', target, '--lang', 'en']);
    expect(first).toMatchObject({ code: 0, out: [expect.stringMatching(/^added ingress "Les objets Ingress" \(32 cards\) → .*ingress\.yaml$/)] });
    const second = await run('import', [apkg, '-o', target, '--lang', 'en']);
    expect(second.out[0]).toMatch(/^added ingress-2 /);
    expect(second.err).toEqual(['warning: Deck "Les objets Ingress": id "ingress" is already taken, it becomes "ingress-2"']);
    const third = await run('import', [apkg, '-o', target, '--replace', '--lang', 'en']);
    expect(third.out[0]).toMatch(/^replaced ingress .*ingress\.yaml$/);
    const { library } = loadLibrary(await readDeckFolder(target, 'user'));
    // The deck's exam comes along; alone, it warns about topics that other decks would carry.
    const errors = (entry: (typeof library.decks)[number]) => entry.problems.filter((problem) => problem.severity === 'error').length;
    expect(library.decks.map((entry) => [entry.file, entry.summary?.id, errors(entry)])).toEqual([
      ['ingress-2.yaml', 'ingress-2', 0],
      ['ingress.yaml', 'ingress', 0],
    ]);
  });

  it('imports a package in current Anki’s format, its images decompressed into DIR/media', async () => {
    const dir = tempDir();
    const file = join(dir, 'anki-recent.apkg');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const notes = [{ model: STOCK_MODELS.basic, fields: ['Quel schéma ? <img src="couche2.png">', 'MetalLB en couche 2'] }];
    writeFileSync(file, await buildCurrentPackage({ notes, mediaList: [{ name: 'couche2.png', bytes: png }] }));
    const target = join(dir, 'out');
    const result = await run('import', [file, '-o', target, '--lang', 'fr']);
    expect(result).toMatchObject({ code: 0, err: [] });
    expect(readdirSync(target).sort()).toEqual(['media', 'reseau-ingress.yaml']);
    expect(new Uint8Array(readFileSync(join(target, 'media', 'couche2.png')))).toEqual(png);
    const [entry] = loadLibrary(await readDeckFolder(target, 'user')).library.decks;
    expect(entry.problems).toEqual([]);
    expect(readFileSync(join(target, 'reseau-ingress.yaml'), 'utf8')).toContain('![](<media/couche2.png>)');
  });

  it('gives a student’s notes back to Anki as they were, with the edits their note types can hold, and names the others', async () => {
    const dir = tempDir();
    const file = join(dir, 'collection.apkg');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 4, 5, 6]);
    const notes = [
      { model: STOCK_MODELS.basic, fields: ['Quel schéma ? <img src="couche2.png">', 'MetalLB en couche 2'], guid: 'n-basic' },
      { model: STOCK_MODELS.cloze, fields: ['{{c1::ARP}} annonce les adresses', ''], guid: 'n-cloze' },
      { model: STOCK_MODELS.basic, fields: ['BGP ?', 'Un protocole de routage'], guid: 'n-same' },
    ];
    writeFileSync(file, await buildPackage({ notes, media: { 0: 'couche2.png' }, mediaFiles: { 0: png } }));
    const target = join(dir, 'decks');
    expect((await run('import', [file, '-o', target, '--lang', 'fr'])).code).toBe(0);
    // The trainer edits the deck file by hand: the back of the basic card, and the cloze text.
    const deckFile = join(target, 'reseau-ingress.yaml');
    const text = readFileSync(deckFile, 'utf8');
    writeFileSync(deckFile, text.replace('back: MetalLB en couche 2', 'back: MetalLB en couche 2 (ARP)').replace('text: "{{ARP}} annonce', 'text: "{{ARP}} ou NDP annonce'));
    expect(readFileSync(deckFile, 'utf8')).not.toBe(text);
    const output = join(dir, 'back.apkg');
    const result = await run('export', [deckFile, '--format', 'apkg', '-o', output, '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.err).toEqual(['warning: Anki note n-cloze was edited in a way its note type cannot hold; it goes as a KubeDeck note, and Anki will keep its own version']);
    const files = await readZip(new Uint8Array(readFileSync(output)));
    const { nodeSqlEngine } = await import('../../../src/node/exchange/sqlEngine');
    const db = new (await nodeSqlEngine()).Database(files.get('collection.anki2'));
    const rows = db.exec('select guid, mid, flds from notes order by id')[0].values.map(([guid, mid, flds]) => [guid, mid, String(flds).split('\x1f')]);
    db.close();
    expect(rows).toEqual([
      ['n-basic', STOCK_MODELS.basic.id, ['Quel schéma ? <img src="couche2.png">', '<p>MetalLB en couche 2 (ARP)</p>']],
      // KubeDeck's cloze note type: Anki sees a note of another type under its guid and keeps its own.
      ['n-cloze', KUBEDECK_MODELS.cloze.id, expect.arrayContaining(['<p>{{c1::ARP}} ou NDP annonce les adresses</p>'])],
      ['n-same', STOCK_MODELS.basic.id, ['BGP ?', 'Un protocole de routage']],
    ]);
    expect(files.get('0')).toEqual(png);
  });

  it('keeps media inside DIR/media whatever their names, and a broken file changes nothing', async () => {
    const dir = tempDir();
    const hostile = join(dir, 'hostile.apkg');
    const bytes = await buildPackage({
      notes: [{ model: STOCK_MODELS.basic, fields: ['<img src="../../../escape.png">', 'back'] }],
      media: { 0: '../../../escape.png', 1: '/tmp/absolute.png' },
      mediaFiles: { 0: new Uint8Array([1]), 1: new Uint8Array([2]) },
    });
    writeFileSync(hostile, bytes);
    const target = join(dir, 'out');
    const result = await run('import', [hostile, '-o', target, '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(readdirSync(target).sort()).toEqual(['media', 'reseau-ingress.yaml']);
    expect(readdirSync(join(target, 'media')).sort()).toEqual(['absolute.png', 'escape.png']);
    expect(existsSync(join(dir, 'escape.png'))).toBe(false);

    const damaged = join(dir, 'damaged.apkg');
    writeFileSync(damaged, bytes.subarray(0, bytes.length / 2));
    const empty = join(dir, 'empty');
    const failed = await run('import', [damaged, '-o', empty, '--lang', 'fr']);
    expect(failed.code).toBe(1);
    expect(failed.err[0]).toMatch(/^kubedeck import : .*damaged\.apkg : Archive illisible/);
    expect(readdirSync(empty)).toEqual([]);
    expect((await run('import', [join(dir, 'missing.apkg'), '-o', empty])).code).toBe(2);
    expect((await run('import', ['--frobnicate'])).code).toBe(2);
  });
});
