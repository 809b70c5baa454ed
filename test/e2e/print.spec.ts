// PDF export in the web twin: the browser's print of the printable sheet, whose cards flow from
// page to page. Pages are counted in the PDF Chromium prints (page.pdf), against the height the
// sheet takes on paper: a sheet that fills its pages needs no more than that height's pages.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { importDecks } from './helpers';

/** A4 less the sheet's 1.5 cm margins, in CSS pixels (96 per inch). */
const PRINTABLE = { width: Math.floor(((210 - 30) / 25.4) * 96), height: Math.floor(((297 - 30) / 25.4) * 96) };

/** A deck of `count` cards, each answered by a manifest of `lines` lines: a few of them fill a page. */
function tallCardsDeck(count: number, lines: number): string {
  const manifest = Array.from({ length: lines }, (_, line) => `          key${line}: value${line}`).join('\n');
  const cards = Array.from(
    { length: count },
    (_, index) => `  - id: carte-${index + 1}
    type: basic
    front: Que contient le ConfigMap numéro ${index + 1} ?
    back: |
      Ce manifeste :

      \`\`\`yaml
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: exemple-${index + 1}
      data:
${manifest}
      \`\`\`
`,
  );
  return `format: kubedeck/1
id: impression
title: Paquet à imprimer
lang: fr
description: Des cartes longues.
source: Notes
cards:
${cards.join('')}`;
}

/** Pages of a PDF Chromium made: the /Count of its page tree's root (the largest one). */
function pageCount(pdf: Buffer): number {
  return Math.max(...[...pdf.toString('latin1').matchAll(/\/Count (\d+)/g)].map((match) => Number(match[1])));
}

/** The pages `selector`'s content needs on A4 if nothing but its own height decides (print media). */
async function pagesOfHeight(page: Page, selector: string): Promise<number> {
  await page.setViewportSize(PRINTABLE);
  await page.emulateMedia({ media: 'print' });
  const height = await page.locator(selector).evaluate((element) => element.getBoundingClientRect().height);
  return Math.ceil(height / PRINTABLE.height);
}

test.describe('printing to PDF in the web twin', () => {
  test.beforeEach(async ({ page }) => {
    // The real print dialog would block the test: count the calls instead, as the browser would get them.
    await page.addInitScript(() => {
      (window as unknown as { printCalls: number }).printCalls = 0;
      window.print = () => void (window as unknown as { printCalls: number }).printCalls++;
    });
  });

  test('offers PDF where the desktop app does, as the browser’s print of the whole sheet, without the app around it', async ({ page }) => {
    await page.goto('./#/deck/volumes');
    await page.getByTestId('export-format').selectOption({ label: 'Fiche imprimable (PDF, par l’impression)' });
    await expect(page.getByText('choisissez « Enregistrer au format PDF »')).toBeVisible();
    await page.getByRole('button', { name: 'Exporter' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);
    const sheet = page.getByTestId('print-sheet');
    // Hidden on screen, so found by its element (roles skip what is not shown).
    await expect(sheet.locator('h1')).toHaveText('Les volumes Kubernetes');
    await expect(sheet).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(sheet).toBeVisible();
    await expect(sheet.locator('.card').first()).toBeVisible();
    await expect(page.locator('.app-header')).toBeHidden();
    await expect(page.locator('main')).toBeHidden();
  });

  test('fills its pages: long cards continue on the next page instead of leaving the rest of one blank', async ({ page }) => {
    test.slow();
    const cards = 8;
    await page.goto('./');
    await importDecks(page, [{ name: 'impression.yaml', yaml: tallCardsDeck(cards, 24) }]);
    await expect(page.getByText('1 paquet ajouté.')).toBeVisible();
    await page.goto('./#/deck/impression');
    await page.getByTestId('export-format').selectOption('pdf');
    await page.getByRole('button', { name: 'Exporter' }).click();
    await expect(page.getByTestId('print-sheet').locator('.card')).toHaveCount(cards);

    const needed = await pagesOfHeight(page, '[data-testid="print-sheet"]');
    const printed = pageCount(await page.pdf({ format: 'A4' }));
    // Each card takes over half a page: kept whole, every card would start a page of its own.
    expect(needed).toBeLessThan(cards);
    expect(printed).toBeLessThanOrEqual(needed + 1);

    // The HTML sheet the desktop app prints to PDF follows the same rules.
    await page.emulateMedia({ media: 'screen' });
    await page.getByTestId('export-format').selectOption('html');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter' }).click()]);
    const sheet = await page.context().newPage();
    await sheet.setContent(readFileSync(await download.path(), 'utf8'));
    const sheetNeeded = await pagesOfHeight(sheet, 'body');
    expect(pageCount(await sheet.pdf({ format: 'A4' }))).toBeLessThanOrEqual(sheetNeeded + 1);
    await sheet.close();
  });
});
