import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { answerShown, buryUntil, expectAccessible, raiseNewCardLimit } from './helpers';
import { sidewaysScroll } from './screens';

const countsOf = async (page: Page) => (await page.getByTestId('study-counts').textContent())!.replace(/\s+/g, ' ').trim();

test.describe('spaced-repetition reviews (web build)', () => {
  test('reviews by keyboard only, and a reload finds the same counts and the answers in the log', async ({ page }) => {
    await page.goto('./#/study/deck/volumes');
    await expect(page.getByRole('heading', { level: 1, name: 'Les volumes Kubernetes' })).toBeVisible();
    await expect(page.getByTestId('study-counts')).toContainText('20 nouvelles');
    const types = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const before = await page.getByTestId('study-card').getAttribute('data-card-type');
      types.add(await answerShown(page, i % 2 === 0 ? '3' : '1'));
      await expect(page.locator('progress')).toHaveAttribute('value', String(i + 1));
      expect(before).toBeTruthy();
    }
    const counts = await countsOf(page);
    expect(counts).toContain('14 nouvelles');
    await page.reload();
    await expect(page.getByTestId('study-card')).toBeVisible();
    expect(await countsOf(page)).toBe(counts);
    const log = await page.evaluate(
      () =>
        new Promise<{ kind: string; grade: number; key: string }[]>((resolve, reject) => {
          const open = indexedDB.open('kubedeck');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('reviewLogs').objectStore('reviewLogs').getAll();
            request.onsuccess = () => resolve(request.result);
          };
        }),
    );
    expect(log).toHaveLength(6);
    expect(log.map((l) => l.grade)).toEqual([3, 1, 3, 1, 3, 1]);
    expect(log.every((l) => l.kind === 'answer' && l.key.startsWith('volumes/'))).toBe(true);
  });

  test('shows intervals on the grade buttons, undoes with U, and the library counts follow', async ({ page }) => {
    await page.goto('./#/study/deck/ingress');
    const card = page.getByTestId('study-card');
    await expect(card).toHaveAttribute('data-card-type', 'basic');
    const first = (await card.getAttribute('data-item-key'))!;
    await page.keyboard.press('Space');
    await expect(page.getByTestId('grade-1')).toContainText('1 min');
    await expect(page.getByTestId('grade-3')).toContainText('10 min');
    await expect(page.getByTestId('grade-4')).toContainText(/\d+ j/);
    await page.keyboard.press('3');
    await expect(page.locator('progress')).toHaveAttribute('value', '1');
    await page.keyboard.press('Escape'); // the next card may have an answer field
    await page.keyboard.press('u');
    await expect(page.getByTestId('study-notice')).toHaveText('Réponse annulée.');
    await expect(card).toHaveAttribute('data-item-key', first);
    await expect(page.locator('progress')).toHaveAttribute('value', '0');
    await expect(page.getByTestId('grade-1')).toBeHidden();
    await page.keyboard.press('Space');
    await page.keyboard.press('1');
    await expect(page.locator('progress')).toHaveAttribute('value', '1');
    await page.goto('./#/');
    const tile = page.getByTestId('deck-tile').filter({ hasText: 'Les objets Ingress' });
    await expect(tile.getByTestId('deck-counts')).toContainText('1 en cours');
  });

  test('reopening the app mid-session goes back to the session', async ({ page }) => {
    await page.goto('./#/study/deck/metallb');
    await answerShown(page, '3');
    await page.goto('./#/');
    await page.goto('./#/study/deck/metallb');
    await page.evaluate(() => history.replaceState(null, '', location.pathname));
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: /MetalLB/ })).toBeVisible();
  });

  test('exports progress, then imports it again (no duplicates) and refuses a damaged file', async ({ page }) => {
    await page.goto('./#/study/deck/cni');
    await answerShown(page, '3');
    await answerShown(page, '3');
    await page.goto('./#/settings');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter (JSON)' }).click()]);
    const backup = JSON.parse(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8')));
    expect(backup.format).toBe('kubedeck-progress/1');
    expect(backup.reviewLogs).toHaveLength(2);
    await page.getByTestId('backup-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
    await expect(page.getByRole('status').filter({ hasText: 'Sauvegarde importée' })).toContainText('ajoutés : 0 état, 0 réponse et 0 quiz ou examen.');
    await page.getByTestId('backup-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"kubedeck-progress/1","cardStates":[{}],"reviewLogs":[]}') });
    await expect(page.getByRole('alert')).toContainText('rien n’a été modifié');
    await expect(page.getByTestId('storage-status')).toBeVisible();
  });
});

test('shows an image that a card takes from its deck folder', async ({ page }) => {
  await raiseNewCardLimit(page);
  await page.goto('./#/study/deck/metallb');
  await buryUntil(page, 'metallb/metallb-l2-schema');
  const card = page.getByTestId('study-card');
  const image = card.getByRole('img', { name: /MetalLB en couche 2/ });
  await expect(image).toBeVisible();
  expect(await image.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
});

test('the answer side: grades in the colours of their meaning, a progress bar with its count, the card type named, the card centred; axe-clean in light and dark', async ({ page }) => {
  // Two axe runs.
  test.slow();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./#/study/deck/ingress');
  const card = page.getByTestId('study-card');
  await expect(card).toHaveAttribute('data-card-type', 'basic');
  const badge = page.getByTestId('card-type-badge');
  await expect(badge).toContainText('Question-réponse');
  // An icon beside the name, decorative: the name says what it is.
  await expect(badge.locator('svg[aria-hidden="true"]')).toBeVisible();
  await expect(page.getByText('Type de carte : Question-réponse')).toBeAttached();
  const bar = page.getByRole('progressbar', { name: 'Progression de la séance' });
  await expect(bar).toHaveAttribute('value', '0');
  await expect(page.getByTestId('study-progress-count')).toHaveText(/^0 sur \d+$/);

  // A comfortable reading width, in the middle of a wide window.
  const box = (await card.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(760);
  expect(Math.abs(box.x - (1440 - box.x - box.width))).toBeLessThanOrEqual(24);

  // The new card fades in, unless the system asks for less motion.
  const animation = () => card.locator('.card-body').evaluate((element) => getComputedStyle(element).animationName);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await animation()).toContain('card-in');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await animation()).toBe('none');

  await page.keyboard.press('Space');
  const grades = ['1', '2', '3', '4'].map((grade) => page.getByTestId(`grade-${grade}`));
  for (const grade of grades) await expect(grade).toContainText(/\d+(,\d)? (min|h|j|mois|an)/);
  const edges = await Promise.all(grades.map((grade) => grade.evaluate((element) => getComputedStyle(element).borderTopColor)));
  expect(new Set(edges).size).toBe(4);
  await expectAccessible(page, 'study answer');
  // At 360 px the four grades go two by two, and nothing scrolls sideways.
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await sidewaysScroll(page)).toBe(0);
  const [again, good] = [(await grades[0].boundingBox())!, (await grades[2].boundingBox())!];
  expect(good.y).toBeGreaterThan(again.y);

  await page.keyboard.press('3');
  await expect(bar).toHaveAttribute('value', '1');
  await expect(page.getByTestId('study-progress-count')).toHaveText(/^1 sur \d+$/);
});
