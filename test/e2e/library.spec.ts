import { expect, test } from './fixtures';

test.describe('deck library (web build)', () => {
  test('shows the bundled decks with title, card count and description', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'Bibliothèque' })).toBeVisible();
    const tiles = page.getByTestId('deck-tile');
    await expect(tiles.first()).toBeVisible();
    expect(await tiles.count()).toBeGreaterThanOrEqual(6);
    const ingress = tiles.filter({ has: page.getByRole('link', { name: 'Les objets Ingress' }) });
    await expect(ingress).toContainText(/\d+ cartes/);
    await expect(page.locator('.deck-tile.broken')).toHaveCount(0);
  });

  test('opens a deck and comes back, by keyboard only, with visible focus', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByTestId('deck-tile').first()).toBeVisible();
    // Tab from the top: skip link, brand, language, then the first deck link.
    const firstDeck = page.getByTestId('deck-tile').first().getByRole('heading').getByRole('link');
    const title = (await firstDeck.textContent())!;
    for (let i = 0; i < 20 && !(await firstDeck.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(firstDeck).toBeFocused();
    const outline = await firstDeck.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();
    await expect(page.getByRole('listitem').first()).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Bibliothèque' })).toBeVisible();
  });

  test('names topics in the UI language, sorted by name, with none chosen at first', async ({ page }) => {
    await page.goto('./');
    const topics = page.getByTestId('topic-select');
    await expect(topics.getByRole('option', { name: 'Noms d’hôte', exact: true })).toBeAttached();
    await expect(topics).toHaveValue('');
    await expect(page.getByRole('button', { name: 'Étudier un thème' })).toBeDisabled();
    const names = await topics.getByRole('option').allTextContents();
    expect(names.slice(1)).toEqual([...names.slice(1)].sort((a, b) => a.localeCompare(b, 'fr')));
    await page.getByLabel('Langue').selectOption('en');
    await expect(topics.getByRole('option', { name: 'Host names', exact: true })).toBeAttached();
    await topics.selectOption({ label: 'Host names' });
    await page.getByRole('button', { name: 'Study a topic' }).click();
    await expect(page).toHaveURL(/#\/study\/tag\/hotes$/);
    await expect(page.getByText('Topic "Host names"').first()).toBeVisible();
  });

  test('switches to English and remembers the choice after a reload', async ({ page }) => {
    await page.goto('./');
    await page.getByLabel('Langue').selectOption('en');
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await expect(page.getByTestId('deck-tile').first()).toContainText(/\d+ cards/);
  });

  test.describe('on an English system', () => {
    test.use({ locale: 'en-US' });
    test('starts in English', async ({ page }) => {
      await page.goto('./');
      await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    });
  });

  test('reloading a deck page keeps the deck open', async ({ page }) => {
    await page.goto('./#/deck/ingress');
    await expect(page.getByRole('heading', { level: 1, name: 'Les objets Ingress' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Les objets Ingress' })).toBeVisible();
  });

  test('an unknown deck id says so instead of breaking', async ({ page }) => {
    await page.goto('./#/deck/no-such-deck');
    await expect(page.getByRole('alert')).toContainText('introuvable');
    await page.getByRole('link', { name: /Retour/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Bibliothèque' })).toBeVisible();
  });

  test('follows a dark system theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('./');
    const dark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(dark).not.toBe(light);
  });
});
