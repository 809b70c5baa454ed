// Reviews a student can trust (issue 11): keys typed into an editor or an answer field never act
// on the schedule; every action can be undone; suspended cards come back from the deck view;
// siblings wait for the next day.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { buryShown, buryUntil, pickOnlyDeck, raiseNewCardLimit, storedProgress } from './helpers';

const EVERY_KEY = 'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 #:-';
const countsOf = (page: Page) => page.getByTestId('study-counts').textContent();

/** Buries every card left today and returns the keys that were shown. */
async function buryAll(page: Page): Promise<string[]> {
  const card = page.getByTestId('study-card');
  const shown: string[] = [];
  for (let i = 0; i < 120 && !(await page.getByTestId('study-done').isVisible()); i++) {
    const key = (await card.getAttribute('data-item-key'))!;
    shown.push(key);
    await buryShown(page);
    await expect(page.getByTestId('study-done').or(card.and(page.locator(`:not([data-item-key="${key}"])`)))).toBeVisible();
  }
  await expect(page.getByTestId('study-done')).toBeVisible();
  return shown;
}

test.describe('review keys and undo (web build)', () => {
  test('typing every letter, digit and Ctrl+Z in the challenge editor changes the text only', async ({ page }) => {
    await raiseNewCardLimit(page);
    await page.goto('./#/study/deck/ingress');
    // A graded card first: a stray undo would have something to undo.
    await expect(page.getByTestId('study-card')).toHaveAttribute('data-card-type', 'basic');
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
    await expect(page.locator('progress')).toHaveAttribute('value', '1');
    await buryUntil(page, 'ingress/fix-host-adresse-ip');
    const editor = page.locator('.cm-content');
    await expect(editor).toBeFocused();
    const counts = await countsOf(page);
    const progress = await storedProgress(page);
    const unchanged = async () => {
      await expect(page.getByTestId('study-card')).toHaveAttribute('data-item-key', 'ingress/fix-host-adresse-ip');
      await expect(page.getByTestId('grade-1')).toHaveCount(0);
      expect(await countsOf(page)).toBe(counts);
      expect(await storedProgress(page)).toEqual(progress);
    };

    await page.keyboard.press('Control+End');
    await page.keyboard.type(`\n# ${EVERY_KEY}`);
    await expect(editor).toContainText(EVERY_KEY);
    await unchanged();
    // Ctrl+Z undoes the typing, in the editor.
    await page.keyboard.press('Control+z');
    await expect(editor).not.toContainText('abcdefghij');
    await expect(editor).toContainText('host: "203.0.113.10"');
    await unchanged();
    // Ctrl+Enter checks: still refused.
    await page.keyboard.press('Control+Enter');
    await expect(page.getByRole('alert')).toContainText(/erreur/);
    await unchanged();
  });

  test('after a check the grade buttons hold the focus, and Ctrl+Enter checks a typed answer', async ({ page }) => {
    await raiseNewCardLimit(page);
    await page.goto('./#/study/deck/ingress');
    await buryUntil(page, 'ingress/structure-regle#1');
    await expect(page.getByTestId('answer-input')).toBeFocused();
    await page.keyboard.type('rules');
    await page.keyboard.press('Control+Enter');
    await expect(page.getByTestId('grade-3')).toBeFocused();
    await expect(page.locator('.cloze-filled')).toHaveText('rules');
    await page.keyboard.press('Enter');
    await expect(page.locator('progress')).toHaveAttribute('value', '1');
  });

  test('suspend, then U: the card is back, and the screen says what was undone', async ({ page }) => {
    await page.goto('./#/study/deck/ingress');
    const card = page.getByTestId('study-card');
    await expect(card).toHaveAttribute('data-card-type', 'basic');
    const key = (await card.getAttribute('data-item-key'))!;
    const counts = await countsOf(page);
    await page.keyboard.press('s');
    await expect(page.getByTestId('study-notice')).toContainText('Carte suspendue');
    await expect(card).not.toHaveAttribute('data-item-key', key);
    await page.keyboard.press('Escape');
    await page.keyboard.press('u');
    await expect(page.getByTestId('study-notice')).toHaveText('Suspension annulée.');
    await expect(card).toHaveAttribute('data-item-key', key);
    expect(await countsOf(page)).toBe(counts);
    expect((await storedProgress(page)).cardStates.find((state) => state.key === key)?.queue).toBe(0);
  });

  test('a suspended card is unsuspended from the deck view and comes back in the review', async ({ page }) => {
    await page.goto('./#/study/deck/ingress');
    const card = page.getByTestId('study-card');
    const key = (await card.getAttribute('data-item-key'))!;
    await page.keyboard.press('s');
    await expect(card).not.toHaveAttribute('data-item-key', key);
    await page.goto('./#/deck/ingress');
    const state = page.locator(`[data-testid="item-state"][data-item-key="${key}"]`);
    await expect(state).toHaveAttribute('data-state', 'suspended');
    await expect(state).toContainText('Suspendue');
    await state.getByRole('button', { name: 'Réactiver' }).click();
    await expect(page.getByTestId('deck-message')).toContainText('est de retour dans les révisions');
    await expect(state).toHaveAttribute('data-state', 'new');
    await page.goto('./#/study/deck/ingress');
    await expect(card).toHaveAttribute('data-item-key', key);
  });

  test('a cloze with three gaps shows one gap a day', async ({ page }) => {
    // Some seventy cards buried one by one (the deck today, then again tomorrow): longer than the
    // default 30 s on a loaded machine.
    test.slow();
    await page.clock.install({ time: new Date('2026-06-01T10:00:00') });
    await raiseNewCardLimit(page);
    await page.goto('./#/study/deck/cni');
    await buryUntil(page, 'cni/calico-modes#1');
    await page.keyboard.type('BGP');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('grade-4')).toBeVisible();
    await page.keyboard.press('4');
    // The answer is saved and the next card shown before the rest is buried.
    await expect(page.locator('progress')).toHaveAttribute('value', '1');
    const today = await buryAll(page);
    expect(today.filter((key) => key.startsWith('cni/calico-modes#'))).toEqual([]);

    await page.clock.setSystemTime(new Date('2026-06-02T10:00:00'));
    await page.reload();
    const tomorrow = await buryAll(page);
    expect(tomorrow.filter((key) => key.startsWith('cni/calico-modes#'))).toEqual(['cni/calico-modes#2']);
  });
});

test.describe('quiz and exam answer fields (web build)', () => {
  /**
   * Starts a quiz or an exam of four Ingress questions without multiple choice (every question has
   * a field), types every key into each field, and checks that the question and the attempt stay put.
   */
  async function typeIntoEveryField(page: Page, mode: 'quiz' | 'exam') {
    await page.goto(`./#/${mode}`);
    await pickOnlyDeck(page, 'Les objets Ingress');
    await page.getByRole('checkbox', { name: 'QCM' }).uncheck();
    await page.getByLabel('Nombre de questions').fill('4');
    await page.getByRole('button', { name: mode === 'quiz' ? 'Commencer le quiz' : 'Commencer cet examen' }).click();
    await expect(page).toHaveURL(/#\/attempt\/\d+$/);
    const question = page.getByTestId('attempt-question');
    for (let index = 0; index < 4; index++) {
      await expect(question).toHaveAttribute('data-index', String(index));
      const type = await question.getAttribute('data-card-type');
      const field = type === 'yaml-fix' ? page.getByTestId('manifest-input') : page.getByTestId('answer-input');
      await field.focus();
      await page.keyboard.type(EVERY_KEY);
      await page.keyboard.press('Control+z');
      await expect(question).toHaveAttribute('data-index', String(index));
      await expect(page.getByTestId('quiz-feedback')).toHaveCount(0);
      if (mode === 'exam') await expect(page.getByRole('button', { name: /Marquer pour y revenir/ })).toHaveAttribute('aria-pressed', 'false');
      await expect(field).toBeFocused();
      await page.keyboard.press('Escape');
      await page.keyboard.press('n');
    }
  }

  test('keys typed into a quiz’s answer fields and manifest field stay there', async ({ page }) => {
    await typeIntoEveryField(page, 'quiz');
  });

  test('keys typed into an exam’s answer fields and manifest field stay there', async ({ page }) => {
    await typeIntoEveryField(page, 'exam');
  });
});

test('two tabs never study at once: the second one asks, then takes the session over', async ({ page, context }) => {
  await page.goto('./#/study/deck/ingress');
  await expect(page.getByTestId('study-card')).toBeVisible();
  const second = await context.newPage();
  await second.goto('./#/study/deck/ingress');
  await expect(second.getByTestId('study-elsewhere')).toContainText('déjà ouverte dans une autre fenêtre');
  await expect(second.getByTestId('study-card')).toHaveCount(0);
  await second.getByRole('button', { name: 'Réviser ici' }).click();
  await expect(second.getByTestId('study-card')).toBeVisible();
  await expect(page.getByTestId('study-elsewhere')).toBeVisible();
  await expect(page.getByTestId('study-card')).toHaveCount(0);
  // The first tab's keys no longer act on anything.
  await page.keyboard.press('s');
  expect((await storedProgress(second)).cardStates.every((state) => state.queue === 0)).toBe(true);
});
