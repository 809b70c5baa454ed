// Deck exchange: a generated 10,000-card deck exported as an Anki package (time and peak memory) and
// imported back, against the native YAML export and import of the same deck in the same run (the baseline). Then 10,000
// notes imported from current Anki's zstd package, against the legacy package of the same notes;
// the large file, a package of 20,000 notes of a 3-template note type with 500 images,
// against unzipping it alone; and the bundled library with its images exported as a package,
// against its YAML export. Peak memory is the resident set sampled at each progress report.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Deck } from '../src/shared/decks/types';
import type { ModelSpec } from '../src/shared/exchange/anki/schema';
import { exportApkg } from '../src/shared/exchange/anki/exportApkg';
import { importApkg } from '../src/shared/exchange/anki/importApkg';
import { readZip } from '../src/shared/exchange/zip';
import { deckToYaml, readNativeDeck } from '../src/shared/exchange/nativeYaml';
import { nodeSqlEngine } from '../src/node/exchange/sqlEngine';
import { buildCurrentPackage } from '../test/fixtures/anki/currentPackages';
import { buildPackage, STOCK_MODELS, type NoteSpec } from '../test/fixtures/anki/legacyPackages';
import { generatedLibrary } from './decks';
import { kb, line, median, ms, timeRuns } from './stats';

const TARGET_MS = 10_000;

/** The generated library (every card type) as one deck of 10,000 cards. */
function generatedDeck(): Deck {
  const decks = generatedLibrary().map((source) => readNativeDeck('text' in source ? source.text : '', source.file));
  return { ...decks[0], id: 'bench', title: 'Banc d’essai', cards: decks.flatMap((deck) => deck.cards) };
}

export async function benchExchange(): Promise<string[]> {
  const deck = generatedDeck();
  const sql = await nodeSqlEngine();
  let apkg: Uint8Array = new Uint8Array();
  let yaml = '';
  const exportMemory = memorySampler();
  const apkgExport = await timeRuns(async () => (apkg = await exportApkg([deck], sql, { onProgress: exportMemory.sample })), 3);
  const apkgExportPeak = exportMemory.peak();
  const apkgImport = await timeRuns(async () => {
    const { decks } = await importApkg(apkg, sql);
    if (decks[0].cards.length !== deck.cards.length) throw new Error('the package should give back every card');
  }, 3);
  const yamlMemory = memorySampler();
  const yamlExport = await timeRuns(() => {
    yaml = deckToYaml(deck);
    yamlMemory.sample();
  }, 3);
  const yamlExportPeak = yamlMemory.peak();
  const yamlImport = await timeRuns(() => readNativeDeck(yaml, 'bench.yaml'), 3);
  const notes: NoteSpec[] = deck.cards.map((card, i) => ({ model: STOCK_MODELS.basic, fields: [`<b>${card.id}</b> ${card.type}`, `Réponse ${i}`], guid: `g${i}` }));
  const [legacy, current] = [await buildPackage({ notes }), await buildCurrentPackage({ notes })];
  const importAll = (bytes: Uint8Array) => async () => {
    const { decks } = await importApkg(bytes, sql);
    if (decks[0].cards.length !== notes.length) throw new Error('the package should give back every note');
  };
  const legacyImport = await timeRuns(importAll(legacy), 3);
  const currentImport = await timeRuns(importAll(current), 3);
  const large = await largePackage();
  const largeUnzip = await timeRuns(() => readZip(large.bytes), 3);
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sample = () => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss));
  const largeImport = await timeRuns(async () => {
    const { decks, media } = await importApkg(large.bytes, sql, { onProgress: sample });
    if (decks[0].cards.length !== large.cards || media.length !== large.images) throw new Error('the package should give back every card and image');
  }, 3);
  const largePeak = rssPeak - rssBefore;
  // The way back: the imported deck, written as its file and read again, to Anki as the student's own notes.
  const imported = await importApkg(large.bytes, sql);
  const mediaFiles = new Map(imported.media.map((file) => [`media/${file.name}`, file.bytes]));
  const keptDecks = imported.decks.map((d) => readNativeDeck(deckToYaml(d), `${d.id}.yaml`));
  const keptNotes = keptDecks.reduce((sum, d) => sum + (d.anki?.notes.length ?? 0), 0);
  if (keptNotes !== large.notes) throw new Error('the imported deck should keep every Anki note');
  const backBefore = (rssPeak = process.memoryUsage().rss);
  let backNotesWritten = 0;
  const largeBack = await timeRuns(async () => {
    let refused = 0;
    await exportApkg(keptDecks, sql, { loadMedia: (_deck, src) => mediaFiles.get(src), onProgress: sample, onNotWrittenBack: () => refused++ });
    if (refused > 0) throw new Error('unchanged notes should all go back as they were');
    backNotesWritten = keptNotes;
  }, 3);
  const largeBackPeak = rssPeak - backBefore;
  const library = bundledLibrary();
  const libraryYaml = await timeRuns(() => library.decks.map((deck) => deckToYaml(deck)), 5);
  let libraryApkg: Uint8Array = new Uint8Array();
  const libraryBefore = (rssPeak = process.memoryUsage().rss);
  const libraryExport = await timeRuns(async () => (libraryApkg = await exportApkg(library.decks, sql, { loadMedia: library.loadMedia, onProgress: sample })), 5);
  const libraryCards = library.decks.reduce((sum, d) => sum + d.cards.length, 0);
  const bomb = await bombMemory(sql);
  const cards = `${deck.cards.length} cards`;
  const versus = (value: number, baseline: number, name: string) => `yaml ${name} baseline ${ms(baseline)}, ×${(value / baseline).toFixed(1)}`;
  return [
    line(
      `apkg export, ${cards} (${kb(apkg.length)})`,
      `median ${ms(median(apkgExport))}, resident memory +${(apkgExportPeak / MB).toFixed(0)} MB at the peak`,
      `target < ${TARGET_MS} ms; ${versus(median(apkgExport), median(yamlExport), 'export')} (${kb(yaml.length)}), memory +${(yamlExportPeak / MB).toFixed(0)} MB, ×${(apkgExportPeak / Math.max(yamlExportPeak, MB)).toFixed(1)}`,
      median(apkgExport) < TARGET_MS,
    ),
    line(`apkg import, ${cards}`, `median ${ms(median(apkgImport))}`, `target < ${TARGET_MS} ms; ${versus(median(apkgImport), median(yamlImport), 'import')}`, median(apkgImport) < TARGET_MS),
    line(
      `apkg import, current Anki format, ${notes.length} notes (${kb(current.length)})`,
      `median ${ms(median(currentImport))}`,
      `target < ${TARGET_MS} ms; legacy package baseline ${ms(median(legacyImport))} (${kb(legacy.length)}), ×${(median(currentImport) / median(legacyImport)).toFixed(1)}`,
      median(currentImport) < TARGET_MS,
    ),
    line(
      `apkg import, ${(large.bytes.length / MB).toFixed(1)} MB package (${large.notes} notes × 3 templates = ${large.cards} cards, ${large.images} images)`,
      `median ${ms(median(largeImport))}, resident memory +${(largePeak / MB).toFixed(0)} MB at the peak`,
      `target < ${TARGET_MS} ms; unzipping alone baseline ${ms(median(largeUnzip))}, ×${(median(largeImport) / median(largeUnzip)).toFixed(1)}`,
      median(largeImport) < TARGET_MS,
    ),
    line(
      `apkg export back to the student's collection: the same package (${backNotesWritten} notes in their own note type, ${large.images} images)`,
      `median ${ms(median(largeBack))}, resident memory +${(largeBackPeak / MB).toFixed(0)} MB at the peak`,
      `target < ${TARGET_MS} ms; its import baseline ${ms(median(largeImport))}, ×${(median(largeBack) / median(largeImport)).toFixed(1)}`,
      median(largeBack) < TARGET_MS,
    ),
    line(
      `apkg export, bundled library (${library.decks.length} decks, ${libraryCards} cards, ${library.images} image(s), ${kb(libraryApkg.length)})`,
      `median ${ms(median(libraryExport))}, resident memory +${((rssPeak - libraryBefore) / MB).toFixed(0)} MB at the peak`,
      `target < ${TARGET_MS} ms; yaml export baseline ${ms(median(libraryYaml))}, ×${(median(libraryExport) / median(libraryYaml)).toFixed(1)}`,
      median(libraryExport) < TARGET_MS,
    ),
    line(
      `refuse a zip bomb (${kb(bomb.size)} → 1 GB of zeros)`,
      `${bomb.code} after ${ms(bomb.ms)}, resident memory +${(bomb.peak / MB).toFixed(0)} MB at the peak`,
      `target < ${BOMB_TARGET_MB} MB before the refusal; the package's own bytes as the baseline (${kb(bomb.size)})`,
      bomb.peak / MB < BOMB_TARGET_MB,
    ),
  ];
}

const BOMB_TARGET_MB = 300;

/** The resident set's peak above where it stood when made, sampled at each `sample()` (progress reports, ends of runs). */
function memorySampler(): { sample: () => void; peak: () => number } {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sample = () => void (peak = Math.max(peak, process.memoryUsage().rss));
  return {
    sample,
    peak: () => {
      sample();
      return peak - before;
    },
  };
}

/** A package whose collection is 1 GB of zeros: the peak memory until the import refuses it. */
async function bombMemory(sql: Awaited<ReturnType<typeof nodeSqlEngine>>) {
  const { zipSync } = await import('fflate');
  const zeros = new Uint8Array(64 * MB);
  // Sixteen entries of 64 MB of zeros: 1 GB unpacked, built without holding 1 GB here.
  const bytes = zipSync(Object.fromEntries(Array.from({ length: 16 }, (_, i) => [i === 0 ? 'collection.anki2' : String(i), [zeros, { level: 9 }]])));
  const before = process.memoryUsage().rss;
  let peak = before;
  const start = performance.now();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const code = await importApkg(bytes, sql, { onProgress: () => (peak = Math.max(peak, process.memoryUsage().rss)) }).then(
    () => 'accepted',
    (error: { code?: string }) => error.code ?? 'failed',
  );
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { size: bytes.length, code, ms: performance.now() - start, peak: peak - before };
}

const MB = 1024 * 1024;

/** A note type of three templates, as trainers' vocabulary decks have (term → definition, definition → term, image → term). */
const THREE_TEMPLATES: ModelSpec = {
  id: 9001,
  name: 'Terme (3 cartes)',
  kind: 'standard',
  fields: ['Terme', 'Définition', 'Image'],
  templates: [
    { name: 'Recto', qfmt: '{{Terme}}', afmt: '{{FrontSide}}<hr id=answer>{{Définition}}' },
    { name: 'Verso', qfmt: '{{Définition}}', afmt: '{{FrontSide}}<hr id=answer>{{Terme}}' },
    { name: 'Image', qfmt: '{{#Image}}Quel objet ? {{Image}}{{/Image}}', afmt: '{{FrontSide}}<hr id=answer>{{Terme}}' },
  ],
};

const IMAGES = 500;
const IMAGE_BYTES = 100 * 1024;

/** The large file: 20,000 notes of three templates and 500 images of 100 KB that do not compress, stored as Anki stores media. */
export async function largePackage(): Promise<{ bytes: Uint8Array; notes: number; cards: number; images: number }> {
  const notes: NoteSpec[] = Array.from({ length: 20_000 }, (_, i) => ({
    model: THREE_TEMPLATES,
    fields: [`Terme <b>${i}</b>`, `Définition ${i}`, `<img src="image-${i % IMAGES}.png">`],
    guid: `big${i}`,
    ords: [0, 1, 2],
  }));
  let x = 2463534242;
  const noise = () => Uint8Array.from({ length: IMAGE_BYTES }, () => ((x ^= x << 13), (x ^= x >>> 17), (x ^= x << 5), x & 0xff));
  const images = Array.from({ length: IMAGES }, noise);
  const bytes = await buildPackage({
    notes,
    models: [THREE_TEMPLATES],
    media: Object.fromEntries(images.map((_, i) => [i, `image-${i}.png`])),
    extraEntries: Object.fromEntries(images.map((image, i) => [String(i), [image, { level: 0 }]])),
  });
  return { bytes, notes: notes.length, cards: notes.length * 3, images: images.length };
}

const DECKS_DIR = join(import.meta.dirname, '../decks');

/** The bundled decks and their images (read from decks/, as `kubedeck export` does). */
function bundledLibrary(): { decks: Deck[]; images: number; loadMedia: (deck: Deck, src: string) => Uint8Array } {
  const decks = readdirSync(DECKS_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => readNativeDeck(readFileSync(join(DECKS_DIR, name), 'utf8'), name));
  const images = new Set(decks.flatMap((deck) => [...JSON.stringify(deck).matchAll(/\]\(images\/([^)]+)\)/g)].map((m) => m[1]))).size;
  return { decks, images, loadMedia: (_deck, src) => new Uint8Array(readFileSync(join(DECKS_DIR, src))) };
}
