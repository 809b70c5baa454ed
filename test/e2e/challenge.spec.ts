import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { buryUntil, raiseNewCardLimit } from './helpers';

const CHALLENGE = 'ingress-controllers/fix-ingressclassname-majuscule';

async function openChallenge(page: Page) {
  // Challenges come last in the decks.
  await raiseNewCardLimit(page);
  await page.goto('./#/study/deck/ingress-controllers');
  await buryUntil(page, CHALLENGE);
  await expect(page.locator('.cm-content')).toBeFocused();
}

test.describe('"fix this YAML" challenges (web build)', () => {
  test('solves a challenge by typing: the diagnostics follow the text, Check passes, grading feeds FSRS', async ({ page }) => {
    await openChallenge(page);
    const live = page.getByTestId('challenge-live');
    await expect(live).toContainText(/^[1-9]\d* erreur/);
    await expect(page.locator('.cm-lintRange-error')).not.toHaveCount(0);
    // Line 6 is `  ingressClassName: Traefik`: a class name must be lowercase.
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    for (let i = 0; i < 'Traefik'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('trae');
    await expect(live).toContainText(/^[1-9]\d* erreur/);
    await page.keyboard.type('fik');
    await expect(live).toContainText('0 erreur,');
    await expect(page.locator('.cm-lintRange-error')).toHaveCount(0);
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await expect(page.getByText('Manifeste accepté : plus aucune erreur')).toBeVisible();
    await expect(page.getByTestId('grade-3')).toHaveClass(/suggested/);
    await expect(page.locator('.cm-mergeView')).toBeVisible();
    await page.keyboard.press('3');
    await expect(page.locator('progress')).toHaveAttribute('value', '1');
  });

  test('keeps the text being edited across a reload, and shows the solution as a diff when giving up', async ({ page }) => {
    await openChallenge(page);
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n# my attempt');
    await page.reload();
    // The queue is built anew: siblings of the cards buried on the way may come first now.
    await buryUntil(page, CHALLENGE);
    await expect(page.locator('.cm-content')).toContainText('# my attempt');
    await page.getByRole('button', { name: /Indice \(0\/\d\)/ }).click();
    await expect(page.locator('.hints li')).toHaveCount(1);
    await page.getByRole('button', { name: 'Voir la solution' }).click();
    await expect(page.locator('.cm-mergeView')).toContainText('ingressClassName: traefik');
    await expect(page.getByTestId('grade-1')).toHaveClass(/suggested/);
  });
});
