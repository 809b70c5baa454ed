// Statistics after a scripted week: the clock is set by the test, two cards are answered each
// day at 10:00 (Good, then Again), and on the last day a third answer is undone.
import { expect, test } from './fixtures';
import { answerShown, cardReady, storedProgress } from './helpers';

test.describe('statistics (web build)', () => {
  test('after a week of reviews the page shows the expected counts, per deck and in all', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-06-01T10:00:00') });
    for (let day = 1; day <= 7; day++) {
      await page.clock.setSystemTime(new Date(`2026-06-0${day}T10:00:00`));
      await page.goto('./#/study/deck/volumes');
      await page.reload();
      await expect(page.getByTestId('study-card')).toBeVisible();
      await answerShown(page, '3');
      await answerShown(page, '1');
    }
    // A third answer, undone: it must not count.
    await answerShown(page, '4');
    await cardReady(page);
    await page.keyboard.press('Escape');
    await page.keyboard.press('u');
    await expect(page.getByText('Réponse annulée.')).toBeVisible();

    await page.getByRole('link', { name: 'Statistiques' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Statistiques' })).toBeVisible();
    await expect(page.getByTestId('stats-today-summary')).toContainText(/^2 cartes étudiées en .+ : 2 réponses, 1 « À revoir », 50\s% de bonnes réponses\.$/);
    await expect(page.getByTestId('stats-calendar-summary')).toHaveText('7 jours d’étude sur l’année ; série en cours : 7 jours ; plus longue série : 7 jours.');
    await expect(page.getByTestId('stats-reviews-summary')).toContainText(/^14 réponses en /);

    // The hourly table, on demand: every answer was given at 10:00.
    const hourly = page.getByTestId('stats-hourly');
    await hourly.getByRole('button', { name: 'Afficher le tableau' }).click();
    await expect(hourly.getByRole('row')).toHaveCount(2);
    await expect(hourly.getByRole('row').nth(1)).toHaveText(/10 h\s*14\s*50\s%/);

    // Per deck: the card counts match the states stored for the deck.
    await page.getByTestId('stats-scope').selectOption({ label: 'Paquet : Les volumes Kubernetes' });
    const states = (await storedProgress(page)).cardStates.filter((state) => state.key.startsWith('volumes/'));
    const newCount = states.filter((state) => state.state === 0 && state.queue === 0).length;
    await expect(page.getByTestId('stats-counts-table').locator('tr[data-kind="new"] td').first()).toHaveText(String(newCount));
    await expect(page.getByTestId('stats-counts-summary')).toContainText(`${states.length} cartes`);
    await expect(page.getByTestId('stats-reviews-summary')).toContainText(/^14 réponses/);

    // Another deck, never studied: the page says what to do.
    await page.getByTestId('stats-scope').selectOption({ label: 'Paquet : Les objets Ingress' });
    await expect(page.getByTestId('stats-empty')).toContainText('Étudiez quelques cartes');
  });
});
