// The FSRS optimizer in Settings, in the web twin: it runs in a worker under the app's CSP, keeps
// the defaults with too few answers, can be cancelled, and saves parameters fitted to a long log.
import { expect, test } from './fixtures';
import { importSimulatedLog } from './helpers';

test.describe('FSRS parameters fitted to the student', () => {
  test('keeps the defaults without enough answers, saying how many are needed; shows the workload per retention', async ({ page }) => {
    await page.goto('./#/settings');
    await expect(page.getByTestId('optimizer-current')).toHaveText('Paramètres utilisés : ceux par défaut de FSRS.');
    const rows = page.getByTestId('workload').locator('tbody tr');
    await expect(rows).toHaveCount(4);
    await expect(rows.first().locator('th')).toHaveText('80 %');
    const perDay = (await rows.locator('td').allTextContents()).map((text) => Number(text.replace(/\s/g, '')));
    expect(perDay[3]).toBeGreaterThan(perDay[0]);
    await page.getByRole('button', { name: 'Optimiser mes paramètres' }).click();
    await expect(page.getByTestId('optimizer-outcome')).toHaveText('Il faut au moins 400 réponses pour ajuster les paramètres ; vous en avez 0. Les paramètres par défaut restent.');
    await expect(page.getByTestId('optimizer-current')).toHaveText('Paramètres utilisés : ceux par défaut de FSRS.');
  });

  test('fits parameters in a worker, shows the fit before and after, keeps them across a reload, and goes back to the defaults', async ({ page }) => {
    // A fit takes seconds, more on a busy machine: waited for, never timed.
    test.setTimeout(120_000);
    await page.goto('./#/settings');
    const reviews = await importSimulatedLog(page, 700);
    await page.getByRole('button', { name: 'Optimiser mes paramètres' }).click();
    await expect(page.getByTestId('optimizer-outcome')).toHaveText(`Nouveaux paramètres enregistrés, ajustés sur ${reviews} réponses.`, { timeout: 100_000 });
    const fit = page.getByTestId('optimizer-fit');
    await expect(fit.getByRole('row', { name: /Log loss/ })).toBeVisible();
    const [before, after] = (await fit.getByRole('row', { name: /Log loss/ }).locator('td').allTextContents()).map((text) => Number(text.replace(',', '.')));
    expect(after).toBeLessThan(before);
    await expect(page.getByTestId('optimizer-current')).toHaveText('Paramètres utilisés : ajustés à vos réponses.');
    await page.reload();
    await expect(page.getByTestId('optimizer-current')).toHaveText('Paramètres utilisés : ajustés à vos réponses.');
    await page.getByRole('button', { name: 'Revenir aux paramètres par défaut' }).click();
    await expect(page.getByTestId('optimizer-outcome')).toHaveText('Paramètres par défaut rétablis.');
    await expect(page.getByTestId('optimizer-current')).toHaveText('Paramètres utilisés : ceux par défaut de FSRS.');
  });

  test('cancels a fit under way: the parameters do not change', async ({ page }) => {
    await page.goto('./#/settings');
    await importSimulatedLog(page, 1500);
    await page.getByRole('button', { name: 'Optimiser mes paramètres' }).click();
    await expect(page.getByTestId('optimizer-progress')).toBeVisible();
    await page.getByRole('button', { name: 'Annuler' }).click();
    await expect(page.getByTestId('optimizer-outcome')).toHaveText('Optimisation annulée : les paramètres n’ont pas changé.');
    await expect(page.getByTestId('optimizer-progress')).toHaveCount(0);
    await expect(page.getByTestId('optimizer-current')).toHaveText('Paramètres utilisés : ceux par défaut de FSRS.');
  });
});
