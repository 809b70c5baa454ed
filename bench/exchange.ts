// Deck exchange: a generated 10,000-card deck exported as an Anki package and imported back, against
// the native YAML export and import of the same deck in the same run (the baseline). Then 10,000
// notes imported from current Anki's zstd package, against the legacy package of the same notes;
// and the large file, a 50 MB package of 20,000 notes, against unzipping it alone.
import type { Deck } from '../src/shared/decks/types';
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
  const apkgExport = await timeRuns(async () => (apkg = await exportApkg([deck], sql)), 3);
  const apkgImport = await timeRuns(async () => {
    const { decks } = await importApkg(apkg, sql);
    if (decks[0].cards.length !== deck.cards.length) throw new Error('the package should give back every card');
  }, 3);
  const yamlExport = await timeRuns(() => (yaml = deckToYaml(deck)), 3);
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
  const largeImport = await timeRuns(async () => {
    const { decks, media } = await importApkg(large.bytes, sql, { onProgress: () => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)) });
    if (decks[0].cards.length !== large.notes || media.length !== large.images) throw new Error('the package should give back every note and image');
  }, 3);
  const cards = `${deck.cards.length} cards`;
  const versus = (value: number, baseline: number, name: string) => `yaml ${name} baseline ${ms(baseline)}, ×${(value / baseline).toFixed(1)}`;
  return [
    line(`apkg export, ${cards} (${kb(apkg.length)})`, `median ${ms(median(apkgExport))}`, `target < ${TARGET_MS} ms; ${versus(median(apkgExport), median(yamlExport), 'export')} (${kb(yaml.length)})`, median(apkgExport) < TARGET_MS),
    line(`apkg import, ${cards}`, `median ${ms(median(apkgImport))}`, `target < ${TARGET_MS} ms; ${versus(median(apkgImport), median(yamlImport), 'import')}`, median(apkgImport) < TARGET_MS),
    line(
      `apkg import, current Anki format, ${notes.length} notes (${kb(current.length)})`,
      `median ${ms(median(currentImport))}`,
      `target < ${TARGET_MS} ms; legacy package baseline ${ms(median(legacyImport))} (${kb(legacy.length)}), ×${(median(currentImport) / median(legacyImport)).toFixed(1)}`,
      median(currentImport) < TARGET_MS,
    ),
    line(
      `apkg import, ${(large.bytes.length / MB).toFixed(1)} MB package (${large.notes} notes, ${large.images} images)`,
      `median ${ms(median(largeImport))}, resident memory +${((rssPeak - rssBefore) / MB).toFixed(0)} MB at the peak`,
      `target < ${TARGET_MS} ms; unzipping alone baseline ${ms(median(largeUnzip))}, ×${(median(largeImport) / median(largeUnzip)).toFixed(1)}`,
      median(largeImport) < TARGET_MS,
    ),
  ];
}

const MB = 1024 * 1024;

/** The large file: 20,000 notes and 47 images of 1 MB that do not compress, stored as Anki stores media. */
async function largePackage(): Promise<{ bytes: Uint8Array; notes: number; images: number }> {
  const notes: NoteSpec[] = Array.from({ length: 20_000 }, (_, i) => ({ model: STOCK_MODELS.basic, fields: [`Question <b>${i}</b> <img src="image-${i % 47}.png">`, `Réponse ${i}`], guid: `big${i}` }));
  let x = 2463534242;
  const noise = () => Uint8Array.from({ length: MB }, () => ((x ^= x << 13), (x ^= x >>> 17), (x ^= x << 5), x & 0xff));
  const images = Array.from({ length: 47 }, noise);
  const bytes = await buildPackage({
    notes,
    media: Object.fromEntries(images.map((_, i) => [i, `image-${i}.png`])),
    extraEntries: Object.fromEntries(images.map((image, i) => [String(i), [image, { level: 0 }]])),
  });
  return { bytes, notes: notes.length, images: images.length };
}
