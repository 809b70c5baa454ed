// Every main screen fits the window from a phone (360 px) to a wide screen (1920 px): nothing
// scrolls sideways (wide tables and code scroll inside their own box). The header folds into a
// menu on narrow windows, and the library passes axe-core in light and dark at both widths.
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { SCREENS, sidewaysScroll } from './screens';

const WIDTHS = [360, 1920] as const;

test.describe('layout from 360 px to 1920 px', () => {
  test('no main screen scrolls sideways at 360 px or 1920 px', async ({ page }) => {
    // Fifteen screens, a review buried up to its challenge, an exam handed in.
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const screen of SCREENS) {
      await screen.reach(page);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        // Soft: one overflowing screen still lets the others be checked, and all are listed.
        expect.soft(await sidewaysScroll(page), `${screen.name} at ${width} px scrolls sideways by`).toBe(0);
      }
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  test('the header folds into a menu button on a narrow window: Escape closes it, a link taken closes it', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('./');
    const button = page.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();
    const header = await page.locator('.app-header').boundingBox();
    expect(header!.height).toBeLessThan(80);

    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link', { name: 'Statistiques' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Bibliothèque' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toBeFocused();
    await expect(nav).toBeHidden();

    await button.click();
    await nav.getByRole('link', { name: 'Statistiques' }).click();
    await expect(page).toHaveURL(/#\/stats$/);
    await expect(nav).toBeHidden();

    // A wide window shows the navigation itself, on one line, and no menu button.
    await page.setViewportSize({ width: 1920, height: 900 });
    await expect(button).toBeHidden();
    await expect(nav.getByRole('link', { name: 'Statistiques' })).toBeVisible();
    expect((await page.locator('.app-header').boundingBox())!.height).toBeLessThan(80);
  });

  test('the library passes axe-core in light and dark at 360 px and 1920 px', async ({ page }) => {
    test.slow();
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./');
      await expect(page.getByTestId('deck-progress').first()).toBeVisible();
      if (width === 360) await page.getByRole('button', { name: 'Menu' }).click();
      await expectAccessible(page, `library at ${width} px${width === 360 ? ', menu open' : ''}`);
    }
  });

  test('on a wide screen the set-ups can be started without scrolling: the start button is in view on arrival, and beside the topic list while it is scrolled', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const scrolled = () => page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollTop);
    const toBottom = () => page.evaluate(() => window.scrollTo(0, (document.scrollingElement ?? document.documentElement).scrollHeight));

    await page.goto('./#/quiz');
    const startQuiz = page.getByRole('button', { name: 'Commencer le quiz' });
    await expect(startQuiz).toBeEnabled();
    expect(await scrolled()).toBe(0);
    await expect(startQuiz).toBeInViewport({ ratio: 1 });
    // Beside the list, not under it: level with the topics, to their right.
    const topics = (await page.getByRole('group', { name: 'Thèmes' }).boundingBox())!;
    const options = (await page.getByTestId('setup-options').boundingBox())!;
    expect(options.x).toBeGreaterThanOrEqual(topics.x + topics.width);
    expect(options.y).toBeLessThan(topics.y + 40);
    await toBottom();
    await expect(startQuiz).toBeInViewport({ ratio: 1 });

    await page.goto('./#/exam');
    const startDefined = page.getByRole('button', { name: /^Commencer l’examen/ }).first();
    await expect(startDefined).toBeEnabled();
    expect(await scrolled()).toBe(0);
    await expect(startDefined).toBeInViewport({ ratio: 1 });
    // The custom exam: once its heading is reached, its start button is in view too, and stays there to the end of its topics.
    await page.getByRole('heading', { name: 'Examen personnalisé' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    const startCustom = page.getByRole('button', { name: 'Commencer cet examen' });
    await expect(startCustom).toBeInViewport({ ratio: 1 });
    await toBottom();
    await expect(startCustom).toBeInViewport({ ratio: 1 });
  });

  test('on a phone the set-up reads in one column: the topics, then the options and the start button under them', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('./#/quiz');
    const start = page.getByRole('button', { name: 'Commencer le quiz' });
    await expect(start).toBeEnabled();
    const topics = (await page.getByRole('group', { name: 'Thèmes' }).boundingBox())!;
    const options = (await page.getByTestId('setup-options').boundingBox())!;
    expect(options.y).toBeGreaterThanOrEqual(topics.y + topics.height);
    expect(Math.abs(options.x - topics.x)).toBeLessThanOrEqual(2);
    expect(await sidewaysScroll(page)).toBe(0);
  });
});
