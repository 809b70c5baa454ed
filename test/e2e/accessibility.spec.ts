// Every screen passes axe-core (WCAG 2.x A and AA rules) in light and in dark (./axe.ts).
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { answerShown, buryUntil, importDecks, importSimulatedLog, oneCardDeck, paste, pickOnlyDeck, raiseNewCardLimit } from './helpers';
import { sidewaysScroll } from './screens';

const DECK = oneCardDeck('paquet-a11y', 'Paquet importé', "Un paquet pour l'aperçu d'import.");

test.describe('accessibility of every screen (axe-core, light and dark)', () => {
  test('library, deck view, import preview and settings', async ({ page }) => {
    // Four axe runs.
    test.slow();
    await page.goto('./');
    await expect(page.getByTestId('deck-tile').first()).toBeVisible();
    await expect(page.getByTestId('total-counts')).toBeVisible();
    await expectAccessible(page, 'library');
    await page.getByTestId('import-file').setInputFiles([{ name: 'paquet.yaml', mimeType: 'application/yaml', buffer: Buffer.from(DECK) }]);
    await expect(page.getByTestId('import-plan')).toBeVisible();
    await expectAccessible(page, 'import preview');
    await page.goto('./#/deck/ingress');
    await expect(page.getByTestId('item-state').first()).toBeVisible();
    await expectAccessible(page, 'deck view');
    await page.goto('./#/settings');
    await page.getByLabel('Étapes d’apprentissage (ex. 1m 10m)').fill('1x 10m');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByTestId('field-error')).toBeVisible();
    await expectAccessible(page, 'settings with an error');
  });

  test('library: renaming an imported deck with an error, a search that finds nothing, clearing its progress once deleted, also at 360 px', async ({ page }) => {
    test.slow();
    await page.goto('./');
    await importDecks(page, [{ name: 'paquet.yaml', yaml: DECK }]);
    const tile = page.getByTestId('deck-tile').filter({ hasText: 'Paquet importé' });
    await tile.getByRole('button', { name: /^Renommer/ }).click();
    await tile.getByLabel('Nouveau titre').fill('');
    await tile.getByRole('button', { name: 'Enregistrer le titre' }).click();
    await expect(tile.getByRole('alert')).not.toBeEmpty();
    await page.getByTestId('library-sort').selectOption('due');
    await expectAccessible(page, 'library with a rename error');
    await page.setViewportSize({ width: 360, height: 740 });
    await expectAccessible(page, 'library with a rename error at 360 px');
    await page.getByTestId('library-search').fill('rien de tel');
    await expect(page.getByTestId('deck-tile')).toHaveCount(0);
    await expectAccessible(page, 'library, a search that finds nothing, at 360 px');
    await page.getByTestId('library-search').fill('');
    await expect(page.getByTestId('deck-counts').first()).toBeVisible();
    await tile.getByRole('button', { name: /^Supprimer/ }).click();
    await tile.getByRole('button', { name: 'Oui, supprimer' }).click();
    await expect(tile).toHaveCount(0);
    await page.goto('./#/settings');
    await page.getByRole('button', { name: 'Chercher la progression des paquets retirés' }).click();
    await page.getByRole('button', { name: 'Effacer — paquet-a11y' }).click();
    await expect(page.getByRole('button', { name: 'Oui, effacer' })).toBeVisible();
    await expectAccessible(page, 'settings: clearing the progress of a removed deck, at 360 px');
  });

  // The state under way is not checked: on a busy machine axe takes longer than a whole fit.
  test('settings: the FSRS optimizer with too few answers, cancelled, fitted, and the workload table', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('./#/settings');
    await expect(page.getByTestId('workload')).toBeVisible();
    await page.getByRole('button', { name: 'Optimiser mes paramètres' }).click();
    await expect(page.getByTestId('optimizer-outcome')).toContainText('Il faut au moins 400 réponses');
    await expectAccessible(page, 'optimizer: too few answers');
    await importSimulatedLog(page, 700);
    await page.getByRole('button', { name: 'Optimiser mes paramètres' }).click();
    await page.getByRole('button', { name: 'Annuler' }).click();
    await expect(page.getByTestId('optimizer-outcome')).toContainText('Optimisation annulée');
    await expectAccessible(page, 'optimizer: cancelled');
    await page.getByRole('button', { name: 'Optimiser mes paramètres' }).click();
    await expect(page.getByTestId('optimizer-fit')).toBeVisible({ timeout: 100_000 });
    await expect(page.getByTestId('workload')).toBeVisible();
    await expectAccessible(page, 'optimizer: fitted parameters');
  });

  test('a review: question, answer, cloze, challenge and its diff', async ({ page }) => {
    // Ten axe runs: 17 s on a quiet machine, over the default 30 s when the cores are shared.
    test.slow();
    await raiseNewCardLimit(page);
    await page.goto('./#/study/deck/ingress');
    await expect(page.getByTestId('study-card')).toHaveAttribute('data-card-type', 'basic');
    await expectAccessible(page, 'study question');
    await page.keyboard.press('Space');
    await expect(page.getByTestId('grade-3')).toBeFocused();
    await expectAccessible(page, 'study answer');
    await buryUntil(page, 'ingress/structure-regle#1');
    await expectAccessible(page, 'cloze question');
    await buryUntil(page, 'ingress/fix-host-adresse-ip');
    await expect(page.getByTestId('challenge-live')).toContainText('erreur');
    await expectAccessible(page, 'challenge');
    await page.getByRole('button', { name: 'Voir la solution' }).click();
    await expect(page.locator('.cm-mergeView')).toBeVisible();
    await expectAccessible(page, 'challenge diff');
  });

  test('quiz and exam setups, an exam, a quiz with feedback, results and history', async ({ page }) => {
    // As many axe runs as the review's, the same budget.
    test.slow();
    await page.goto('./#/quiz');
    await expect(page.getByRole('button', { name: 'Commencer le quiz' })).toBeVisible();
    await expectAccessible(page, 'quiz setup');
    await page.goto('./#/exam');
    await expect(page.getByRole('button', { name: /Commencer l’examen/ }).first()).toBeVisible();
    await expectAccessible(page, 'exam setup');
    await page.getByRole('button', { name: /Commencer l’examen/ }).first().click();
    await expect(page.getByTestId('attempt-question')).toBeVisible();
    await expectAccessible(page, 'exam question');
    await page.getByRole('button', { name: 'Rendre ma copie' }).click();
    await expect(page.getByTestId('submit-dialog')).toBeVisible();
    await expectAccessible(page, 'hand-in dialog');
    await page.getByTestId('submit-dialog').getByRole('button', { name: 'Rendre ma copie' }).click();
    await expect(page.getByTestId('score')).toBeVisible();
    await expectAccessible(page, 'results');

    await page.goto('./#/quiz');
    await pickOnlyDeck(page, 'Les objets Ingress');
    await page.getByLabel('Nombre de questions').fill('2');
    await page.getByRole('button', { name: 'Commencer le quiz' }).click();
    await expect(page.getByTestId('attempt-question')).toBeVisible();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    const type = await page.getByTestId('attempt-question').getAttribute('data-card-type');
    if (type === 'mcq') await page.keyboard.press('1');
    else if (type === 'yaml-fix') {
      await page.getByTestId('manifest-input').focus();
      await paste(page, 'une réponse');
    } else await page.getByTestId('answer-input').fill('une réponse');
    await page.getByRole('button', { name: /^Vérifier/ }).click();
    await expect(page.getByTestId('quiz-feedback')).toBeVisible();
    await expectAccessible(page, 'quiz feedback');
    await page.goto('./#/history');
    await expect(page.getByTestId('history-row').first()).toBeVisible();
    await expectAccessible(page, 'history');
  });

  test('quiz set-up with the topics filtered, a deck partly ticked and nothing matching, also at 360 px', async ({ page }) => {
    await page.goto('./#/quiz');
    await expect(page.getByTestId('topic-group').first()).toBeVisible();
    await page.getByLabel('Filtrer les thèmes').fill('metallb');
    await page.getByRole('group', { name: 'Services LoadBalancer sur site avec MetalLB' }).getByRole('checkbox', { name: 'MetalLB', exact: true }).uncheck();
    await expectAccessible(page, 'quiz set-up, filtered');
    await page.setViewportSize({ width: 360, height: 800 });
    await page.getByLabel('Filtrer les thèmes').fill('zzz');
    await expect(page.getByTestId('topic-group')).toHaveCount(0);
    await expectAccessible(page, 'quiz set-up, nothing matching, 360 px');
  });

  test('statistics, empty and after reviews, with a table open, at 360 px wide too', async ({ page }) => {
    // Six axe-core passes over a long page.
    test.slow();
    await page.goto('./#/stats');
    await expect(page.getByTestId('stats-empty')).toBeVisible();
    await expectAccessible(page, 'statistics (empty)');
    await page.goto('./#/study/deck/volumes');
    await answerShown(page, '3');
    await answerShown(page, '1');
    await page.goto('./#/stats');
    await expect(page.getByTestId('stats-today-summary')).toBeVisible();
    await page.getByTestId('stats-reviews').getByRole('button', { name: 'Afficher le tableau' }).click();
    await expectAccessible(page, 'statistics');
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await sidewaysScroll(page)).toBe(0);
    await expectAccessible(page, 'statistics at 360 px');
  });

  test('card browser with a selection, a search error and a card history, also at 360 px', async ({ page }) => {
    // Four axe runs over a table of a few hundred cells: more than the default budget on a busy machine.
    test.slow();
    await page.goto('./#/cards');
    await expect(page.getByTestId('browser-row').first()).toBeVisible();
    await page.getByTestId('browser-row').first().getByRole('checkbox').check();
    await page.getByTestId('browser-row').first().getByRole('button', { name: /Historique/ }).click();
    await expect(page.getByTestId('card-history')).toBeVisible();
    await expectAccessible(page, 'card browser');
    await page.getByLabel('Rechercher').fill('tag:(');
    await expect(page.getByTestId('search-error')).not.toBeEmpty();
    await page.setViewportSize({ width: 360, height: 740 });
    await expectAccessible(page, 'card browser with a search error at 360 px');
  });

  test('card browser: the due date form with an error, and card previews (a challenge revealed), also at 360 px', async ({ page }) => {
    test.slow();
    await page.goto('./#/cards');
    await page.getByLabel('Rechercher').fill('type:yaml-fix');
    const row = page.getByTestId('browser-row').first();
    await row.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Fixer l’échéance…' }).click();
    await page.getByLabel('Dans combien de jours ?').fill('demain');
    await page.getByRole('button', { name: 'Appliquer' }).click();
    await expect(page.getByTestId('set-due').getByRole('alert')).not.toBeEmpty();
    await row.getByRole('button', { name: /^Aperçu de / }).click();
    await page.getByTestId('card-preview').getByRole('button', { name: 'Afficher la réponse' }).click();
    await expect(page.getByTestId('card-preview').getByRole('region', { name: 'Solution' })).toBeVisible();
    await expectAccessible(page, 'card browser with the due date form and a challenge preview');
    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByLabel('Rechercher').fill('type:mcq');
    await page.getByTestId('browser-row').first().getByRole('button', { name: /^Aperçu de / }).click();
    await expect(page.getByTestId('card-preview').locator('[data-card-type="mcq"]')).toBeVisible();
    await expectAccessible(page, 'card browser with a multiple-choice preview at 360 px');
  });

  test('about: reached from the header, in both languages, readable at 360 px', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('navigation').getByRole('link', { name: 'À propos' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'À propos de KubeDeck' })).toBeVisible();
    await expect(page.getByTestId('about-version')).toHaveText(/^\d+\.\d+\.\d+/);
    await expect(page.getByTestId('about-course')).toContainText('CC BY-NC-SA 4.0');
    // The web twin keeps progress in this browser, for this address.
    await expect(page.getByTestId('about-storage')).toContainText('IndexedDB');
    await expect(page.getByTestId('about-storage')).toContainText(new URL(page.url()).origin);
    await expectAccessible(page, 'about');
    await page.getByLabel('Langue').selectOption('en');
    await expect(page.getByRole('heading', { level: 1, name: 'About KubeDeck' })).toBeVisible();
    await expect(page.getByTestId('about-storage')).toContainText('for this address only');
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await sidewaysScroll(page)).toBe(0);
    await expectAccessible(page, 'about in English at 360 px');
  });
});
