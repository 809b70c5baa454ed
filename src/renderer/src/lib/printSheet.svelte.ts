// PDF export in a browser: the printable sheet (the cards the desktop app prints to PDF, from the
// same exporter) is shown inside the page and handed to the browser's print, whose "Save as PDF"
// makes the file. The app's print stylesheet (app.css, `.print-sheet`) hides the app and styles
// the sheet; the sheet's own page (its inline CSS) is not used, the app's CSP forbids it.
import DOMPurify from 'dompurify';
import { tick } from 'svelte';
import type { Deck } from '../../../shared/decks/types';
import { exchangeModule } from './exchange';

/** The sheet being printed, as sanitised HTML, or undefined. App.svelte renders it. */
export const printJob = $state<{ html?: string }>({});

/** Shows the decks' sheet for printing and opens the browser's print; the sheet goes once printing is over. */
export async function printInPage(decks: Deck[]): Promise<void> {
  const { sheetSections } = await exchangeModule();
  printJob.html = DOMPurify.sanitize(sheetSections(decks));
  await tick();
  window.addEventListener('afterprint', () => (printJob.html = undefined), { once: true });
  window.print();
}
