// Steps that several end-to-end tests take: settings, reaching a given card, reading progress.
import type { Page } from '@playwright/test';
import { BACKUP_FORMAT } from '../../src/shared/backup/backup';
import { DEFAULT_PARAMETERS } from '../../src/shared/review/optimizer';
import { simulatedLog } from '../../src/shared/review/simulatedLog';
import { expect } from './fixtures';

/** Raises the daily new-card limit, so that cards far into a deck are offered today. */
export async function raiseNewCardLimit(page: Page, limit = 100): Promise<void> {
  await page.goto('./#/settings');
  await page.getByLabel('Nouvelles cartes par jour').fill(String(limit));
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Réglages enregistrés.')).toBeVisible();
}

/**
 * Waits until the card on screen has taken the focus where it puts it (its answer field, or the
 * editor once CodeMirror has loaded): keys pressed before would land elsewhere.
 */
export async function cardReady(page: Page): Promise<void> {
  const type = await page.getByTestId('study-card').getAttribute('data-card-type');
  if (type === 'yaml-fix') await expect(page.locator('.cm-content')).toBeFocused();
  else if (type === 'input' || type === 'cloze') await expect(page.getByTestId('answer-input')).toBeFocused();
}

/** Buries the card on screen (Escape leaves its field, then B). */
export async function buryShown(page: Page): Promise<void> {
  await cardReady(page);
  await page.keyboard.press('Escape');
  await page.keyboard.press('b');
}

/** In a review, buries cards until the item `key` is on screen. */
export async function buryUntil(page: Page, key: string): Promise<void> {
  const card = page.getByTestId('study-card');
  await expect(card).toBeVisible();
  for (let i = 0; i < 80 && (await card.getAttribute('data-item-key')) !== key; i++) {
    const shown = await card.getAttribute('data-item-key');
    await buryShown(page);
    await expect(card).not.toHaveAttribute('data-item-key', shown!);
  }
  await expect(card).toHaveAttribute('data-item-key', key);
  await cardReady(page);
}

export interface StoredProgress {
  cardStates: { key: string; queue: number; state: number; due: number; reps: number }[];
  reviewLogs: { key: string; kind: string; grade?: number }[];
}

/** Every card state and log line in the app's IndexedDB. */
export async function storedProgress(page: Page): Promise<StoredProgress> {
  return page.evaluate(
    () =>
      new Promise<StoredProgress>((resolve, reject) => {
        const open = indexedDB.open('kubedeck');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction(['cardStates', 'reviewLogs']);
          const states = transaction.objectStore('cardStates').getAll();
          const logs = transaction.objectStore('reviewLogs').getAll();
          transaction.oncomplete = () => {
            open.result.close();
            resolve({ cardStates: states.result, reviewLogs: logs.result });
          };
        };
      }),
  );
}

/** From Settings, imports a backup holding the log of a simulated student who forgets faster than FSRS's average. */
export async function importSimulatedLog(page: Page, cards: number): Promise<number> {
  const parameters = DEFAULT_PARAMETERS.map((w, i) => (i < 4 ? w / 2 : w));
  const reviewLogs = simulatedLog({ parameters, desiredRetention: 0.9, cards, newPerDay: 10, days: 150 });
  const backup = { format: BACKUP_FORMAT, settings: {}, cardStates: [], reviewLogs };
  await page.getByTestId('backup-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  await expect(page.getByRole('status').filter({ hasText: 'Sauvegarde importée' })).toContainText(`${new Intl.NumberFormat('fr').format(reviewLogs.length)} réponses`);
  return reviewLogs.length;
}

/** Answers the card on screen with the keyboard, whatever its type, waits until the answer is saved, and returns the type. */
export async function answerShown(page: Page, grade: '1' | '2' | '3' | '4'): Promise<string> {
  await cardReady(page);
  const type = (await page.getByTestId('study-card').getAttribute('data-card-type'))!;
  if (type === 'input' || type === 'cloze') {
    await page.keyboard.type('une réponse');
    await page.keyboard.press('Enter');
  } else if (type === 'mcq') {
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
  } else if (type === 'yaml-fix') {
    await page.keyboard.press('Control+Enter');
  } else {
    await page.keyboard.press('Space');
  }
  await expect(page.getByTestId(`grade-${grade}`)).toBeVisible();
  const answered = Number(await page.locator('progress').getAttribute('value'));
  await page.keyboard.press(grade);
  await expect(page.locator('progress')).toHaveAttribute('value', String(answered + 1));
  return type;
}

/** A deck file of one typed-answer card, the smallest deck a student brings along. */
export function oneCardDeck(id: string, title: string, description: string): string {
  return `format: kubedeck/1
id: ${id}
title: ${title}
lang: fr
description: ${description}
source: Notes
cards:
  - id: nodeport
    type: input
    source: § Services
    question: Plage par défaut des ports NodePort ?
    answers: ["30000-32767"]
`;
}

/** Picks deck files (YAML: nothing to map) in the import panel and adds them to the library. */
export async function importDecks(page: Page, files: { name: string; yaml: string }[]): Promise<void> {
  await page.getByTestId('import-file').setInputFiles(files.map(({ name, yaml }) => ({ name, mimeType: 'application/yaml', buffer: Buffer.from(yaml) })));
  await page.getByRole('button', { name: 'Ajouter à ma bibliothèque' }).click();
  // Saving ends after the click: a page opened before the message could miss the new decks.
  await expect(page.getByText(files.length === 1 ? '1 paquet ajouté.' : `${files.length} paquets ajoutés.`)).toBeVisible();
}

/**
 * Pastes `text` where the focus is, as Ctrl+V from the clipboard would: a CodeMirror editor takes
 * it in one change. (Playwright's insertText goes through the browser's editing commands instead,
 * which write inline styles into the editor's DOM: the app's CSP refuses them.)
 */
export async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((pasted) => {
    let target = document.activeElement;
    while (target?.shadowRoot?.activeElement) target = target.shadowRoot.activeElement;
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', pasted);
    target?.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true, composed: true }));
  }, text);
}

/** On a quiz or exam set-up (every topic ticked at first), keeps the topics of one deck only. */
export async function pickOnlyDeck(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Tout décocher' }).click();
  await page.getByRole('group', { name: title, exact: true }).getByRole('checkbox', { name: /^Tout le paquet/ }).check();
}

export { expectAccessible } from './axe';
