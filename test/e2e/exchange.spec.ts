import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { buildCurrentPackage } from '../fixtures/anki/currentPackages';
import { buildPackage, STOCK_MODELS } from '../fixtures/anki/legacyPackages';
import { nodeSqlEngine } from '../../src/node/exchange/sqlEngine';
import { expect, test } from './fixtures';

const MY_DECK = `format: kubedeck/1
id: mon-paquet
title: Mon paquet importé
lang: fr
description: Un paquet apporté par un étudiant.
source: Notes personnelles
cards:
  - id: nodeport
    type: input
    source: § Services
    question: Plage par défaut des ports NodePort ?
    answers: ["30000-32767"]
  - id: canal
    type: cloze
    source: § CNI
    text: Canal combine {{Calico}} et Flannel.
`;

/** A 4×4 blue PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR42mMwynsGRwzEcQBu0hhhZDQLcwAAAABJRU5ErkJggg==', 'base64');

/** An Anki package (legacy, or as current Anki exports by default) of one note whose question shows an image (a name to encode in URLs, on purpose). */
async function packageWithImage(layout: 'legacy' | 'current' = 'legacy'): Promise<Buffer> {
  const spec = { decks: [{ id: 2000, name: 'Schémas' }], notes: [{ model: STOCK_MODELS.basic, fields: ['Quel réseau ? <img src="schéma 1.png">', 'Le réseau des pods'] }] };
  const image = { name: 'schéma 1.png', bytes: new Uint8Array(PNG) };
  const bytes = layout === 'current' ? await buildCurrentPackage({ ...spec, mediaList: [image] }) : await buildPackage({ ...spec, media: { 0: image.name }, mediaFiles: { 0: image.bytes } });
  return Buffer.from(bytes);
}

/** The width of the imported image as the page decoded it (0 while it is not shown). */
const shownWidth = (page: Page) =>
  page.locator('img[src*="deck-assets/user/media/"]').evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0));

async function importFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  await page.goto('./');
  await expect(page.getByTestId('deck-tile').first()).toBeVisible();
  await page.getByTestId('import-file').setInputFiles(files);
  await expect(page.getByTestId('import-plan')).toBeVisible();
}

test.describe('deck import and export (web build)', () => {
  test('imports a deck through the file picker, then studies it', async ({ page }) => {
    await importFiles(page, [{ name: 'mon-paquet.yaml', mimeType: 'application/yaml', buffer: Buffer.from(MY_DECK) }]);
    await expect(page.getByTestId('import-plan')).toContainText('Mon paquet importé — 2 cartes');
    await page.getByRole('button', { name: 'Ajouter à ma bibliothèque' }).click();
    await expect(page.getByText('1 paquet ajouté.')).toBeVisible();
    const tile = page.getByTestId('deck-tile').filter({ hasText: 'Mon paquet importé' });
    await expect(tile).toContainText('Mes paquets');
    await expect(tile.getByTestId('deck-counts')).toContainText('2 nouvelles');
    await tile.getByRole('link', { name: /Étudier/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mon paquet importé' })).toBeVisible();
    await expect(page.getByTestId('answer-input')).toBeFocused();
    await page.keyboard.type('30000-32767');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Bonne réponse')).toBeVisible();
    await page.keyboard.press('3');
    await expect(page.locator('progress')).toHaveAttribute('value', '1');
    // The imported deck is still there after a reload.
    await page.goto('./#/');
    await expect(page.getByTestId('deck-tile').filter({ hasText: 'Mon paquet importé' })).toContainText('1 en cours');
  });

  test('asks whether to replace a deck imported again, and refuses a damaged file without changing anything', async ({ page }) => {
    const file = { name: 'mon-paquet.yaml', mimeType: 'application/yaml', buffer: Buffer.from(MY_DECK) };
    await importFiles(page, [file]);
    await page.getByRole('button', { name: 'Ajouter à ma bibliothèque' }).click();
    await expect(page.getByText('1 paquet ajouté.')).toBeVisible();
    await page.getByTestId('import-file').setInputFiles([{ ...file, buffer: Buffer.from(MY_DECK.replace('Mon paquet importé', 'Mon paquet, version 2')) }]);
    await expect(page.getByText('Un paquet « mon-paquet » existe déjà')).toBeVisible();
    await page.getByLabel(/Remplacer/).check();
    await page.getByRole('button', { name: 'Ajouter à ma bibliothèque' }).click();
    await expect(page.getByTestId('deck-tile').filter({ hasText: 'Mon paquet, version 2' })).toBeVisible();
    await expect(page.getByTestId('deck-tile').filter({ hasText: 'Mon paquet importé' })).toHaveCount(0);
    const tiles = await page.getByTestId('deck-tile').count();
    await page.getByTestId('import-file').setInputFiles([{ name: 'broken.apkg', mimeType: 'application/zip', buffer: Buffer.from('PK\u0003\u0004 not really a zip') }]);
    await expect(page.getByRole('alert')).toContainText('rien n’a été ajouté');
    expect(await page.getByTestId('deck-tile').count()).toBe(tiles);
  });

  test('refuses a deck with several problems and lists every one at its line, not only the first', async ({ page }) => {
    const broken = MY_DECK.replace('source: Notes personnelles\n', '').replace('    answers: ["30000-32767"]\n', '').replace('type: cloze', 'type: clozz');
    await page.goto('./');
    await expect(page.getByTestId('deck-tile').first()).toBeVisible();
    await page.getByTestId('import-file').setInputFiles([{ name: 'mon-paquet.yaml', mimeType: 'application/yaml', buffer: Buffer.from(broken) }]);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Paquet invalide (3 erreur');
    await expect(alert.getByRole('listitem')).toHaveCount(3);
    await expect(alert.getByRole('listitem').nth(0)).toContainText('mon-paquet.yaml:1:1');
    await expect(alert).toContainText('answers');
    await expect(alert).toContainText('clozz');
  });

  test('imports an Anki package with an image and shows it in the card, after a reload too (served by the media worker under the same CSP)', async ({ page }) => {
    await importFiles(page, [{ name: 'schemas.apkg', mimeType: 'application/zip', buffer: await packageWithImage() }]);
    await expect(page.getByTestId('import-plan')).toContainText('Schémas — 1 cartes');
    await page.getByRole('button', { name: 'Ajouter à ma bibliothèque' }).click();
    await expect(page.getByText('1 paquet ajouté.')).toBeVisible();
    await expect(page.getByTestId('media-not-kept')).toHaveCount(0);
    await page.getByTestId('deck-tile').filter({ hasText: 'Schémas' }).getByRole('link', { name: /Étudier/ }).click();
    await expect(page.getByText('Quel réseau ?')).toBeVisible();
    await expect.poll(() => shownWidth(page)).toBe(4);
    await page.reload();
    await expect(page.getByText('Quel réseau ?')).toBeVisible();
    await expect.poll(() => shownWidth(page)).toBe(4);
    // A hard reload (Shift+reload) bypasses service workers: the page asks the worker to take it over.
    const devtools = await page.context().newCDPSession(page);
    await devtools.send('Page.reload', { ignoreCache: true });
    await expect(page.getByText('Quel réseau ?')).toBeVisible();
    await expect.poll(() => shownWidth(page)).toBe(4);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  });

  test('imports an English Anki package with a sound: the preview offers its language, the card gets a player of the file', async ({ page }) => {
    const sound = new Uint8Array([0x49, 0x44, 0x33, 3, 0, 0, 0, 0, 0, 0]); // an ID3 header: enough to be served, not to be played
    const notes = [
      { model: STOCK_MODELS.basic, fields: ['What does the cluster DNS answer for a Service? [sound:dns.mp3]', 'The address of the Service, which is stable for all of its pods.'] },
      { model: STOCK_MODELS.basic, fields: ['Which object asks for storage in the cluster?', 'A PersistentVolumeClaim, which is bound to a volume.'] },
    ];
    const bytes = await buildPackage({ decks: [{ id: 2000, name: 'Sounds' }], notes, media: { 0: 'dns.mp3' }, mediaFiles: { 0: sound } });
    await importFiles(page, [{ name: 'sounds.apkg', mimeType: 'application/zip', buffer: Buffer.from(bytes) }]);
    const language = page.getByRole('combobox', { name: 'Langue du paquet « Sounds »' });
    await expect(language).toHaveValue('en');
    await language.selectOption('fr');
    await page.getByRole('button', { name: 'Ajouter à ma bibliothèque' }).click();
    await expect(page.getByText('1 paquet ajouté.')).toBeVisible();
    await page.getByTestId('deck-tile').filter({ hasText: 'Sounds' }).getByRole('link', { name: /Étudier/ }).click();
    const player = page.locator('audio[controls][src*="deck-assets/user/media/dns.mp3"]');
    await expect(player).toBeVisible();
    expect(await player.evaluate((audio: HTMLAudioElement) => audio.autoplay)).toBe(false);
    // The file is served from the deck folder, as a sound.
    const served = await player.evaluate(async (audio: HTMLAudioElement) => {
      const response = await fetch(audio.src);
      return { status: response.status, type: response.headers.get('Content-Type'), size: (await response.arrayBuffer()).byteLength };
    });
    expect(served).toEqual({ status: 200, type: 'audio/mpeg', size: sound.length });
  });

  test('cancels an import while the worker is still reading the package: the page answers at once and nothing is added', async ({ page, context }) => {
    // SQLite's wasm is held until Cancel is pressed: the import is then mid-way, deterministically.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let requested!: () => void;
    const wasmRequested = new Promise<void>((resolve) => (requested = resolve));
    await context.route(/sql-wasm.*\.wasm$/, async (route) => {
      requested();
      await held;
      await route.continue().catch(() => {}); // the worker is gone by then
    });
    await page.goto('./');
    await expect(page.getByTestId('deck-tile').first()).toBeVisible();
    const tiles = await page.getByTestId('deck-tile').count();
    const importWorker = page.waitForEvent('worker', (worker) => worker.url().includes('importWorker'));
    await page.getByTestId('import-file').setInputFiles([{ name: 'schemas.apkg', mimeType: 'application/zip', buffer: await packageWithImage() }]);
    await expect(page.getByText('Lecture de schemas.apkg')).toBeVisible();
    const worker = await importWorker; // the package is read off the page's thread
    await wasmRequested;
    const workerClosed = new Promise<void>((resolve) => worker.on('close', () => resolve()));
    await page.getByRole('button', { name: 'Annuler' }).click();
    await expect(page.getByText('Import annulé : rien n’a été ajouté.')).toBeVisible();
    await workerClosed; // Cancel ended the worker itself
    release();
    await page.reload();
    await expect(page.getByTestId('deck-tile')).toHaveCount(tiles);
  });

  test('imports a package in current Anki’s format (zstd, schema 18) with its image', async ({ page }) => {
    await importFiles(page, [{ name: 'schemas-recent.apkg', mimeType: 'application/zip', buffer: await packageWithImage('current') }]);
    await expect(page.getByTestId('import-plan')).toContainText('Schémas — 1 cartes');
    await page.getByRole('button', { name: 'Ajouter à ma bibliothèque' }).click();
    await expect(page.getByText('1 paquet ajouté.')).toBeVisible();
    await page.getByTestId('deck-tile').filter({ hasText: 'Schémas' }).getByRole('link', { name: /Étudier/ }).click();
    await expect(page.getByText('Quel réseau ?')).toBeVisible();
    await expect.poll(() => shownWidth(page)).toBe(4);
  });

  test('imports a class bundle: its decks and its class-wide exam, which the exam page then offers', async ({ page }) => {
    const indented = MY_DECK.trimEnd()
      .split('\n')
      .map((line, i) => (i === 0 ? `  - ${line}` : `    ${line}`))
      .join('\n');
    const bundle = `format: kubedeck-bundle/1\ntitle: Classe\ndecks:\n${indented}\nexams:\n  - id: controle-services\n    title: Contrôle Services et CNI\n    durationMinutes: 5\n    passMark: 50\n    questions:\n      - tag: reseau\n        count: 1\n`;
    await importFiles(page, [{ name: 'classe.yaml', mimeType: 'application/yaml', buffer: Buffer.from(bundle) }]);
    await expect(page.getByTestId('import-plan')).toContainText('Mon paquet importé — 2 cartes');
    await page.getByRole('button', { name: 'Ajouter à ma bibliothèque' }).click();
    await expect(page.getByText('1 paquet ajouté.')).toBeVisible();
    await page.goto('./#/exam');
    await expect(page.getByTestId('defined-exam').filter({ hasText: 'Contrôle Services et CNI' })).toBeVisible();
  });

  test('exports a deck as an Anki package and imports it back (SQLite in WebAssembly under the CSP)', async ({ page }) => {
    await page.goto('./#/deck/metallb');
    await page.getByTestId('export-format').selectOption('apkg');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter' }).click()]);
    expect(download.suggestedFilename()).toBe('metallb.apkg');
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    // The deck's diagram goes along, as the app serves it.
    const entries = unzipSync(new Uint8Array(bytes));
    expect(JSON.parse(new TextDecoder().decode(entries.media))).toEqual({ 0: 'metallb-couche2.svg' });
    expect(entries['0']).toEqual(new Uint8Array(readFileSync('decks/images/metallb-couche2.svg')));
    await importFiles(page, [{ name: 'metallb.apkg', mimeType: 'application/zip', buffer: bytes }]);
    await expect(page.getByTestId('import-plan')).toContainText(/MetalLB — \d+ cartes/);
  });

  test('gives a student’s Anki notes back in their own note type, so that Anki updates them rather than leaving them aside', async ({ page }) => {
    await importFiles(page, [{ name: 'schemas.apkg', mimeType: 'application/zip', buffer: await packageWithImage() }]);
    await page.getByRole('button', { name: 'Ajouter à ma bibliothèque' }).click();
    await expect(page.getByText('1 paquet ajouté.')).toBeVisible();
    // The deck went through the app's storage as its YAML file, and comes back from it.
    await page.goto('./#/deck/schemas');
    await page.getByTestId('export-format').selectOption('apkg');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter' }).click()]);
    const entries = unzipSync(new Uint8Array(readFileSync(await download.path())));
    const db = new (await nodeSqlEngine()).Database(entries['collection.anki2']);
    const [note] = db.exec('select guid, mid, flds from notes')[0].values;
    const models = JSON.parse(String(db.exec('select models from col')[0].values[0][0])) as Record<string, { name: string }>;
    db.close();
    expect(note.slice(0, 2)).toEqual(['guid0', STOCK_MODELS.basic.id]);
    expect(models[STOCK_MODELS.basic.id].name).toBe('Basic');
    // Its fields as Anki had them, the image under the name the package gives its file.
    const [question, answer] = String(note[2]).split('\x1f');
    const image = Object.values(JSON.parse(new TextDecoder().decode(entries.media)) as Record<string, string>);
    expect(image).toHaveLength(1);
    expect([question, answer]).toEqual([`Quel réseau ? <img src="${image[0]}">`, 'Le réseau des pods']);
    await expect(page.getByRole('status').filter({ hasText: 'Anki gardera' })).toHaveCount(0);
  });
});

test.describe('deck import in a browser without service workers', () => {
  test('saves the decks and says their media files were not kept', async ({ page }) => {
    // As on a non-secure origin or file://, where browsers do not expose navigator.serviceWorker.
    await page.addInitScript(() => delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker);
    await importFiles(page, [{ name: 'schemas.apkg', mimeType: 'application/zip', buffer: await packageWithImage() }]);
    await page.getByRole('button', { name: 'Ajouter à ma bibliothèque' }).click();
    await expect(page.getByText('1 paquet ajouté.')).toBeVisible();
    await expect(page.getByTestId('media-not-kept')).toContainText('1 fichier média (image, son, vidéo) non conservé');
    await expect(page.getByTestId('deck-tile').filter({ hasText: 'Schémas' })).toBeVisible();
  });
});
