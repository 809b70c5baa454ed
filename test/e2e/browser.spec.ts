// The card browser (search by topic and state, then act on the selection) and deck deletion.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { answerShown, importDecks, oneCardDeck, storedProgress } from './helpers';

test.describe('card browser', () => {
  test('finds a suspended card by tag: and is:suspended and unsuspends it', async ({ page }) => {
    await page.goto('./#/study/deck/ingress');
    const card = page.getByTestId('study-card');
    const key = (await card.getAttribute('data-item-key'))!;
    await page.keyboard.press('s');
    await expect(card).not.toHaveAttribute('data-item-key', key);

    await page.goto('./');
    await page.getByRole('link', { name: 'Cartes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Cartes' })).toBeFocused();
    const search = page.getByLabel('Rechercher');
    await search.fill('tag:ingress is:suspended');
    const rows = page.getByTestId('browser-row');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toHaveAttribute('data-item-key', key);
    await expect(page.getByTestId('browser-count')).toContainText(/^1 sur \d+ cartes/);

    await rows.first().getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Réactiver' }).click();
    await expect(page.getByTestId('browser-message')).toHaveText('1 carte modifiée.');
    await expect(rows).toHaveCount(0);
    // Back among the active cards (the card id is part of the searched text).
    await search.fill(`tag:ingress -is:suspended "${key.split('/')[1]}"`);
    await expect(page.locator(`[data-testid="browser-row"][data-item-key="${key}"]`)).toHaveAttribute('data-state', 'new');
  });

  test('study now puts a card at the head of its deck’s new cards, even a suspended one', async ({ page }) => {
    await page.goto('./#/study/deck/ingress');
    const first = await page.getByTestId('study-card').getAttribute('data-item-key');
    await page.goto('./#/cards');
    const rows = page.getByTestId('browser-row');
    await page.getByLabel('Rechercher').fill('deck:ingress is:new');
    await page.getByRole('button', { name: 'Trier par Carte' }).click();
    await page.getByRole('button', { name: 'Trier par Carte' }).click();
    // A card the review would not start with.
    const last = (await rows.first().getAttribute('data-item-key')) === first ? rows.nth(1) : rows.first();
    const key = (await last.getAttribute('data-item-key'))!;
    await last.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Suspendre' }).click();
    await expect(page.getByTestId('browser-message')).toHaveText('1 carte modifiée.');
    await page.getByLabel('Rechercher').fill(`is:suspended "${key.split('/')[1].split('#')[0]}"`);
    const row = page.locator(`[data-testid="browser-row"][data-item-key="${key}"]`);
    await row.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Étudier maintenant' }).click();
    await expect(page.getByTestId('browser-message')).toHaveText('1 carte modifiée.');
    await expect(row).toHaveCount(0);

    await page.goto(`./#/study/deck/${key.split('/')[0]}`);
    await expect(page.getByTestId('study-card')).toHaveAttribute('data-item-key', key);
  });

  test('sets the due date of a studied card, says why a new card is left alone, and keeps it after a reload', async ({ page }) => {
    await page.goto('./#/study/deck/ingress');
    const key = (await page.getByTestId('study-card').getAttribute('data-item-key'))!;
    await answerShown(page, '4');
    const newKey = (await page.getByTestId('study-card').getAttribute('data-item-key'))!;
    const due = async (item: string) => (await storedProgress(page)).cardStates.find((state) => state.key === item)!.due;
    expect(await due(key)).toBeGreaterThan(Date.now() + 86_400_000);

    await page.goto('./#/cards');
    for (const item of [key, newKey]) {
      await page.getByLabel('Rechercher').fill(`"${item.split('/')[1].split('#')[0]}"`);
      await page.locator(`[data-testid="browser-row"][data-item-key="${item}"]`).getByRole('checkbox').check();
    }
    await page.getByLabel('Rechercher').fill('');
    await page.getByRole('button', { name: 'Fixer l’échéance…' }).click();
    const days = page.getByLabel('Dans combien de jours ?');
    await days.fill('7-3');
    await page.getByRole('button', { name: 'Appliquer' }).click();
    await expect(page.getByTestId('set-due').getByRole('alert')).toHaveText('Le premier nombre doit être le plus petit, comme 3-7.');
    await expect(days).toHaveAttribute('aria-invalid', 'true');
    await days.fill('0');
    await page.getByRole('button', { name: 'Appliquer' }).click();
    await expect(page.getByTestId('browser-message')).toHaveText(
      '1 carte modifiée. 1 carte nouvelle laissée telle quelle : elle n’a pas encore d’échéance (« Étudier maintenant » la met en tête).',
    );
    await expect(page.getByTestId('set-due')).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Cartes' })).toBeVisible();
    expect(await due(key)).toBeLessThanOrEqual(Date.now());
    expect((await storedProgress(page)).cardStates.find((state) => state.key === newKey)!.state).toBe(0);
  });

  test('opens a card’s face and answer read-only: nothing is saved', async ({ page }) => {
    await page.goto('./#/cards');
    await page.getByLabel('Rechercher').fill('tag:ingress type:basic');
    const row = page.getByTestId('browser-row').first();
    await row.getByRole('button', { name: /^Aperçu de / }).click();
    const preview = page.getByTestId('card-preview');
    await expect(preview.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(preview.locator('.face.question')).toBeVisible();
    await expect(preview.locator('.face.answer')).toHaveCount(0);
    await preview.getByRole('button', { name: 'Afficher la réponse' }).click();
    await expect(preview.locator('.face.answer')).toBeVisible();
    await preview.getByRole('button', { name: 'Masquer la réponse' }).click();
    await expect(preview.locator('.face.answer')).toHaveCount(0);
    await preview.getByRole('button', { name: 'Fermer l’aperçu' }).click();
    await expect(preview).toHaveCount(0);
    expect((await storedProgress(page)).reviewLogs).toEqual([]);
  });

  test('a search that cannot be read says where, and the table stays', async ({ page }) => {
    await page.goto('./#/cards');
    const search = page.getByLabel('Rechercher');
    await search.fill('tag:ingress (is:new');
    await expect(page.getByTestId('search-error')).toHaveText('Recherche illisible (colonne 13) : parenthèse non fermée');
    await search.fill('tag:ingress');
    await expect(page.getByTestId('search-error')).toHaveText('');
    await expect(page.getByTestId('browser-row').first()).toBeVisible();
  });
});

const IMPORTED = oneCardDeck('paquet-a-supprimer', 'Paquet à supprimer', 'Un paquet importé puis supprimé.');

/** The imported deck added, then its one card answered "Good": it has progress of its own. */
async function importAndStudyOnce(page: Page): Promise<void> {
  await page.goto('./');
  await importDecks(page, [{ name: 'paquet.yaml', yaml: IMPORTED }]);
  await page.goto('./#/study/deck/paquet-a-supprimer');
  await answerShown(page, '3');
  await page.goto('./#/');
}

test.describe('deck management', () => {
  test('a deleted imported deck disappears from the library and stays gone after a reload', async ({ page }) => {
    await page.goto('./');
    await importDecks(page, [{ name: 'paquet.yaml', yaml: IMPORTED }]);
    const tile = page.getByTestId('deck-tile').filter({ hasText: 'Paquet à supprimer' });
    await expect(tile).toBeVisible();
    // Bundled decks offer no deletion.
    await expect(page.getByTestId('deck-tile').filter({ hasText: 'Ingress' }).first().getByRole('button', { name: /Supprimer/ })).toHaveCount(0);
    await tile.getByRole('button', { name: 'Supprimer — Paquet à supprimer' }).click();
    await tile.getByRole('button', { name: 'Annuler' }).click();
    await expect(tile).toBeVisible();
    await tile.getByRole('button', { name: 'Supprimer — Paquet à supprimer' }).click();
    await tile.getByRole('button', { name: 'Oui, supprimer' }).click();
    await expect(page.getByTestId('library-message')).toHaveText('« Paquet à supprimer » a été supprimé. Le réimporter reprend votre progression.');
    await expect(tile).toHaveCount(0);
    await page.reload();
    await expect(page.getByTestId('deck-tile').first()).toBeVisible();
    await expect(page.getByTestId('deck-tile').filter({ hasText: 'Paquet à supprimer' })).toHaveCount(0);
  });

  test('an imported deck is renamed, keeps its progress and its new title after a reload; a bundled one offers no renaming', async ({ page }) => {
    await importAndStudyOnce(page);
    const tile = page.getByTestId('deck-tile').filter({ hasText: 'Paquet à supprimer' });
    await expect(tile.getByTestId('deck-counts')).toBeVisible();
    const counts = await tile.getByTestId('deck-counts').textContent();
    await expect(page.getByTestId('deck-tile').filter({ hasText: 'Ingress' }).first().getByRole('button', { name: /Renommer/ })).toHaveCount(0);
    await tile.getByRole('button', { name: 'Renommer — Paquet à supprimer' }).click();
    const title = tile.getByLabel('Nouveau titre');
    await expect(title).toHaveValue('Paquet à supprimer');
    await title.fill('   ');
    await tile.getByRole('button', { name: 'Enregistrer le titre' }).click();
    await expect(tile.getByRole('alert')).toHaveText('Le titre ne peut pas être vide.');
    await title.fill('Ports des Services');
    await tile.getByRole('button', { name: 'Enregistrer le titre' }).click();
    await expect(page.getByTestId('library-message')).toHaveText('« Paquet à supprimer » s’appelle maintenant « Ports des Services ».');
    await page.reload();
    const renamed = page.getByTestId('deck-tile').filter({ hasText: 'Ports des Services' });
    await expect(renamed.getByRole('heading', { level: 2 })).toHaveText('Ports des Services');
    await expect(renamed.getByTestId('deck-counts')).toHaveText(counts!);
    expect((await storedProgress(page)).reviewLogs.filter((line) => line.key.startsWith('paquet-a-supprimer/'))).toHaveLength(1);
  });

  test('the library is searched (case and accents ignored) and sorted by what is due today', async ({ page }) => {
    await page.goto('./#/study/deck/ingress');
    await answerShown(page, '1');
    await page.goto('./#/');
    const tiles = page.getByTestId('deck-tile');
    await expect(page.getByTestId('deck-counts').first()).toBeVisible();
    const total = await tiles.count();
    await page.getByTestId('library-search').fill('LES IMPLEMENTATIONS du reseau');
    await expect(tiles.first().getByRole('heading', { level: 2 })).toHaveText('CNI : les implémentations du réseau Kubernetes');
    const found = await tiles.count();
    expect(found).toBeLessThan(total);
    await expect(page.getByTestId('library-shown')).toHaveText(`${found} sur ${total} paquets`);
    await page.getByTestId('library-search').fill('aucun paquet ne parle de ça');
    await expect(tiles).toHaveCount(0);
    await expect(page.getByText('Aucun paquet ne correspond à « aucun paquet ne parle de ça ».')).toBeVisible();
    await page.getByTestId('library-search').fill('');
    await expect(tiles).toHaveCount(total);
    // The card answered Again is learning today: its deck comes first.
    await page.getByTestId('library-sort').selectOption({ label: 'cartes à revoir aujourd’hui' });
    await expect(tiles.first().getByRole('heading', { level: 2 })).toContainText('Ingress');
    await page.getByTestId('library-sort').selectOption({ label: 'titre' });
    const titles = await tiles.getByRole('heading', { level: 2 }).allTextContents();
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'fr', { sensitivity: 'base', numeric: true })));
  });

  test('the progress of a deleted deck is kept until the student clears it in Settings', async ({ page }) => {
    await importAndStudyOnce(page);
    const tile = page.getByTestId('deck-tile').filter({ hasText: 'Paquet à supprimer' });
    await tile.getByRole('button', { name: 'Supprimer — Paquet à supprimer' }).click();
    await tile.getByRole('button', { name: 'Oui, supprimer' }).click();
    await expect(tile).toHaveCount(0);

    await page.goto('./#/settings');
    await page.getByRole('button', { name: 'Chercher la progression des paquets retirés' }).click();
    await expect(page.getByTestId('leftover-list')).toHaveText(/paquet-a-supprimer : 1 carte, 1 réponse/);
    await page.getByRole('button', { name: 'Effacer — paquet-a-supprimer' }).click();
    await page.getByRole('button', { name: 'Annuler' }).click();
    expect((await storedProgress(page)).reviewLogs).toHaveLength(1);
    await page.getByRole('button', { name: 'Effacer — paquet-a-supprimer' }).click();
    await page.getByRole('button', { name: 'Oui, effacer' }).click();
    await expect(page.getByTestId('leftover-message')).toHaveText('La progression de « paquet-a-supprimer » est effacée.');
    await expect(page.getByTestId('leftover-none')).toBeVisible();
    const left = await storedProgress(page);
    expect(left.reviewLogs).toEqual([]);
    expect(left.cardStates.filter((state) => state.key.startsWith('paquet-a-supprimer/'))).toEqual([]);
    // The bundled decks keep their records.
    expect(left.cardStates.length).toBeGreaterThan(0);
  });

  test('two decks with the same title are told apart by their ids', async ({ page }) => {
    await page.goto('./');
    const twin = IMPORTED.replace('id: paquet-a-supprimer', 'id: paquet-jumeau');
    await importDecks(page, [
      { name: 'a.yaml', yaml: IMPORTED },
      { name: 'b.yaml', yaml: twin },
    ]);
    const tiles = page.getByTestId('deck-tile').filter({ hasText: 'Paquet à supprimer' });
    await expect(tiles).toHaveCount(2);
    await expect(tiles.getByTestId('deck-id')).toHaveText(['(paquet-a-supprimer)', '(paquet-jumeau)']);
    await expect(page.getByTestId('deck-tile').filter({ hasText: 'Ingress' }).getByTestId('deck-id')).toHaveCount(0);
  });
});
