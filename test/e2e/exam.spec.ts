// Quizzes and timed exams, by keyboard alone, against the built web twin.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible, paste, pickOnlyDeck } from './helpers';
import { sidewaysScroll } from './screens';

interface StoredQuestion {
  key: string;
  tags: string[];
  side: { kind: string; index?: number };
  card:
    | { type: 'mcq'; choices: { correct: boolean }[] }
    | { type: 'input'; answers: string[] }
    | { type: 'cloze'; text: string }
    | { type: 'yaml-fix'; solution: string };
}

interface StoredAttempt {
  id: number;
  startedAt: number;
  durationMs?: number;
  questions: StoredQuestion[];
  answers: unknown[];
}

/** The attempt as the app stored it in IndexedDB (the test reads the questions it drew). */
async function storedAttempt(page: Page, id: number): Promise<StoredAttempt> {
  return page.evaluate(
    (attemptId) =>
      new Promise<StoredAttempt>((resolve, reject) => {
        const open = indexedDB.open('kubedeck');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('attempts').objectStore('attempts').get(attemptId);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
    id,
  );
}

const attemptId = (page: Page) => Number(/#\/attempt\/(\d+)$/.exec(page.url())![1]);

/** Answers the question on screen by keyboard, right or wrong, and moves on (Enter). */
async function answerByKeyboard(page: Page, question: StoredQuestion, right: boolean): Promise<void> {
  const card = question.card;
  await expect(page.getByTestId('attempt-question')).toHaveAttribute('data-card-type', card.type);
  if (card.type === 'mcq') {
    const correct = card.choices.flatMap((choice, index) => (choice.correct ? [index] : []));
    const picks = right ? correct : [card.choices.findIndex((choice) => !choice.correct)];
    for (const index of picks) await page.keyboard.press(String(index + 1));
    await page.keyboard.press('Enter');
  } else if (card.type === 'yaml-fix') {
    // The editor (CodeMirror, as in reviews) loads with the question: Tab then reaches it.
    await expect(page.getByTestId('manifest-input')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('manifest-input')).toBeFocused();
    await page.keyboard.press('Control+A');
    // Pasted in one go: typing a whole manifest key by key takes long (and the editor indents).
    await paste(page, right ? card.solution : 'apiVersion: v1\nkind: Pod\n');
    await page.keyboard.press('Control+Enter');
  } else {
    const gaps = card.type === 'cloze' ? [...card.text.matchAll(/\{\{([\s\S]*?)\}\}/g)].map((m) => m[1].split('::')[0].trim()) : [];
    const expected = card.type === 'input' ? card.answers[0] : gaps[question.side.index ?? 0];
    await expect(page.getByTestId('answer-input')).toBeFocused();
    await page.keyboard.type(right ? expected : 'pas du tout');
    await page.keyboard.press('Enter');
  }
}

/** Seconds shown by the exam clock. */
async function secondsLeft(page: Page): Promise<number> {
  const [minutes, seconds] = (await page.getByTestId('clock').textContent())!.split(':').map(Number);
  return minutes * 60 + seconds;
}

test.describe('quizzes and exams (web build)', () => {
  test('a full exam answered by keyboard alone, with results per topic that match the answers given', async ({ page }) => {
    test.slow(); // sixteen questions
    await page.goto('./#/exam');
    const offered = page.getByTestId('defined-exam').filter({ hasText: 'Examen blanc : réseau' });
    await expect(offered).toContainText('30 min · 16 questions · réussite à 70 %');
    await offered.getByRole('button', { name: /Commencer l’examen/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/attempt\/\d+$/);
    await expect(page.getByRole('timer')).toContainText(/Temps restant\s*(30:00|29:5\d)/);
    const attempt = await storedAttempt(page, attemptId(page));
    expect(attempt.questions).toHaveLength(16);

    // Question 2 is skipped, every fourth one answered wrong, question 4 flagged.
    const plan = attempt.questions.map((_, index) => (index === 1 ? 'skip' : index % 4 === 3 ? 'wrong' : 'right'));
    for (const [index, question] of attempt.questions.entries()) {
      await expect(page.getByTestId('attempt-question')).toHaveAttribute('data-index', String(index));
      if (index === 3) {
        await page.keyboard.press('Escape');
        await page.keyboard.press('f');
        await expect(page.getByRole('button', { name: /Marquer pour y revenir/ })).toHaveAttribute('aria-pressed', 'true');
        // Back into the answer field (Escape left it).
        if (question.card.type === 'input' || question.card.type === 'cloze') await page.keyboard.press('Tab');
      }
      if (plan[index] === 'skip') {
        await page.keyboard.press('Escape');
        await page.keyboard.press('ArrowRight');
      } else {
        await answerByKeyboard(page, question, plan[index] === 'right');
      }
    }

    // Enter on the last question offers to hand in, listing what is left unanswered.
    const dialog = page.getByTestId('submit-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('unanswered-list')).toHaveText('Question 2');
    // The flagged questions: how many, and each a button that goes to it.
    await expect(dialog).toContainText('1 question marquée :');
    await expect(dialog.getByTestId('flagged-list').getByRole('button')).toHaveText(['Question 4']);
    await expect(dialog.getByTestId('flagged-list').getByRole('button').locator('svg')).toHaveCount(1);
    await dialog.getByTestId('flagged-list').getByRole('button', { name: 'Question 4' }).focus();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('attempt-question')).toHaveAttribute('data-index', '3');
    const navigator = page.getByTestId('nav-question');
    await expect(navigator.and(page.locator('[data-state="answered"]'))).toHaveCount(15);
    await expect(navigator.nth(1)).toHaveAccessibleName('Question 2 : sans réponse');
    await expect(navigator.nth(3)).toHaveAccessibleName('Question 4 : répondue, marquée');
    await page.getByRole('button', { name: 'Rendre ma copie' }).focus();
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('button', { name: 'Rendre ma copie' })).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/#\/results\/\d+$/);
    await expect(page.getByTestId('score')).toHaveText(/Score : 11 \/ 16 \(69\s?%\)/);
    await expect(page.getByTestId('verdict')).toContainText('Échoué');
    // Per topic of the exam (its quotas, not every tag its cards carry): the questions carrying
    // it and the ones answered right; the skipped question's topic is there too.
    const examTopics = ['ingress', 'ingress-controller', 'types-service', 'metallb', 'cni', 'networkpolicy', 'tls'];
    const expected = new Map<string, { right: number; total: number }>();
    attempt.questions.forEach((question, index) => {
      for (const tag of question.tags.filter((tag) => examTopics.includes(tag))) {
        const topic = expected.get(tag) ?? { right: 0, total: 0 };
        topic.total++;
        if (plan[index] === 'right') topic.right++;
        expected.set(tag, topic);
      }
    });
    expect([...expected.keys()].sort()).toEqual([...examTopics].sort());
    const rows = page.getByTestId('topic-row');
    await expect(rows).toHaveCount(examTopics.length);
    for (const [tag, { right, total }] of expected) {
      await expect(rows.and(page.locator(`[data-tag="${tag}"]`)).getByTestId('topic-points')).toHaveText(`${right} / ${total}`);
    }
    const reviews = page.getByTestId('question-review');
    await expect(reviews).toHaveCount(16);
    await expect(reviews.nth(1)).toHaveAttribute('data-outcome', 'unanswered');
    await expect(reviews.nth(3)).toHaveAttribute('data-outcome', 'incorrect');
    await expect(reviews.nth(0)).toHaveAttribute('data-outcome', 'correct');
    await expect(reviews.nth(0)).toContainText(/Temps passé : \d+ s/);
    await expect(reviews.nth(3).getByTestId('right-answer')).toBeVisible();

    // "Review my mistakes": the five missed cards, never studied, go first among the new cards.
    await page.getByRole('button', { name: 'Revoir mes erreurs (5)' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('mistakes-queued')).toContainText('0 carte à revoir dès maintenant, 5 nouvelles cartes en tête de file');

    await page.goto('./#/history');
    await expect(page.getByTestId('history-row')).toHaveCount(1);
    await expect(page.getByTestId('history-row')).toContainText('Examen blanc : réseau');
    await expect(page.getByTestId('readiness-row').first()).toBeVisible();
  });

  test('an image in an mcq card shows during the exam and in its results (the deck’s folder serves it)', async ({ page }) => {
    await page.goto('./#/exam');
    await page.getByRole('button', { name: 'Tout décocher' }).click();
    await page.getByLabel('Filtrer les thèmes').fill('couche 2');
    await page.getByRole('group', { name: 'Services LoadBalancer sur site avec MetalLB' }).getByRole('checkbox', { name: 'Modes couche 2 et BGP' }).check();
    for (const type of ['Texte à trous', 'Réponse libre', 'Corriger le YAML']) await page.getByRole('checkbox', { name: type }).uncheck();
    const count = page.getByLabel('Nombre de questions');
    await count.fill(await count.getAttribute('max') ?? '1');
    await page.getByRole('button', { name: 'Commencer cet examen' }).click();
    await expect(page).toHaveURL(/#\/attempt\/\d+$/);
    const { questions } = await storedAttempt(page, attemptId(page));
    const withImage = questions.findIndex((question) => question.key === 'metallb/metallb-l2-schema-arp');
    expect(withImage).toBeGreaterThanOrEqual(0);
    const shown = (scope: ReturnType<Page['getByTestId']>) => scope.getByRole('img', { name: /MetalLB en couche 2/ });
    const decodedWidth = (scope: ReturnType<Page['getByTestId']>) => shown(scope).evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0));
    for (const [index, question] of questions.entries()) {
      await expect(page.getByTestId('attempt-question')).toHaveAttribute('data-index', String(index));
      if (index === withImage) {
        await expect(shown(page.getByTestId('attempt-question'))).toBeVisible();
        await expect.poll(() => decodedWidth(page.getByTestId('attempt-question'))).toBeGreaterThan(0);
      }
      await answerByKeyboard(page, question, true);
    }
    await page.getByTestId('submit-dialog').getByRole('button', { name: 'Rendre ma copie' }).click();
    await expect(page).toHaveURL(/#\/results\/\d+$/);
    const review = page.getByTestId('question-review').nth(withImage);
    await expect(shown(review)).toBeVisible();
    await expect.poll(() => decodedWidth(review)).toBeGreaterThan(0);
  });

  test('a reload mid-exam, and reopening the app, resume with the right time left; at zero the exam is handed in', async ({ page, context }) => {
    await page.clock.install({ time: new Date('2026-06-01T09:00:00') });
    await page.goto('./#/exam');
    await page.getByRole('button', { name: /Commencer l’examen — Examen blanc : réseau/ }).click();
    await expect(page).toHaveURL(/#\/attempt\/\d+$/);
    const id = attemptId(page);
    const { questions } = await storedAttempt(page, id);
    await answerByKeyboard(page, questions[0], true);
    await answerByKeyboard(page, questions[1], false);
    await expect(page.getByTestId('attempt-question')).toHaveAttribute('data-index', '2');

    await page.clock.fastForward('12:00');
    await page.reload();
    await expect(page.getByTestId('attempt-question')).toHaveAttribute('data-index', '2');
    await expect(page.getByTestId('attempt-progress')).toContainText('2 sur 16 répondues');
    const { startedAt, durationMs } = await storedAttempt(page, id);
    const expectedLeft = (startedAt + durationMs! - (await page.evaluate(() => Date.now()))) / 1000;
    expect(Math.abs((await secondsLeft(page)) - expectedLeft)).toBeLessThanOrEqual(2);
    expect(await secondsLeft(page)).toBeLessThanOrEqual(18 * 60);
    expect(await secondsLeft(page)).toBeGreaterThan(17 * 60);

    // The app is closed, and opened again five minutes later: back on the exam, the clock ran on.
    await page.clock.fastForward('05:00');
    await page.close();
    const reopened = await context.newPage();
    await reopened.goto('./');
    await expect(reopened).toHaveURL(new RegExp(`#/attempt/${id}$`));
    await expect(reopened.getByTestId('attempt-question')).toHaveAttribute('data-index', '2');
    expect(await secondsLeft(reopened)).toBeLessThanOrEqual(13 * 60);
    expect(await secondsLeft(reopened)).toBeGreaterThan(12 * 60);

    // Time runs out: handed in as it stands.
    await reopened.clock.fastForward('14:00');
    await expect(reopened).toHaveURL(new RegExp(`#/results/${id}$`));
    await expect(reopened.getByText(/rendu automatiquement à la fin du temps/)).toBeVisible();
    await expect(reopened.getByTestId('score')).toHaveText(/Score : 1 \/ 16/);
  });

  test('a quiz corrects each answer at once, by keyboard, and stays out of the reviews unless asked', async ({ page }) => {
    await page.goto('./#/quiz');
    await pickOnlyDeck(page, 'Les objets Ingress');
    await page.getByRole('checkbox', { name: 'Texte à trous' }).uncheck();
    await page.getByRole('checkbox', { name: 'Corriger le YAML' }).uncheck();
    await page.getByLabel('Nombre de questions').fill('3');
    await page.getByRole('button', { name: 'Commencer le quiz' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/attempt\/\d+$/);
    await expect(page.getByRole('timer')).toHaveCount(0);
    const { questions } = await storedAttempt(page, attemptId(page));
    expect(questions).toHaveLength(3);

    for (const [index, question] of questions.entries()) {
      const right = index !== 1;
      // Keys typed before the next question is on screen and focused would be lost.
      await expect(page.getByTestId('attempt-question')).toHaveAttribute('data-index', String(index));
      await answerByKeyboard(page, question, right);
      await expect(page.getByTestId('quiz-feedback')).toHaveText(right ? 'Bonne réponse' : 'Mauvaise réponse');
      await expect(page.getByTestId('right-answer')).toBeVisible();
      await page.keyboard.press('Enter');
    }
    await expect(page).toHaveURL(/#\/results\/\d+$/);
    await expect(page.getByTestId('score')).toHaveText(/Score : 2 \/ 3/);
    await expect(page.getByTestId('verdict')).toHaveCount(0);
    const reviewLogs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('kubedeck');
          open.onsuccess = () => {
            const request = open.result.transaction('reviewLogs').objectStore('reviewLogs').count();
            request.onsuccess = () => resolve(request.result);
          };
        }),
    );
    expect(reviewLogs).toBe(0);
  });

  test('a quiz’s yaml-fix question: the review editor with live diagnostics; a wrong manifest lists what is still refused', async ({ page }) => {
    // Four axe runs.
    test.slow();
    await page.goto('./#/quiz');
    await pickOnlyDeck(page, 'Les objets Ingress');
    for (const type of ['QCM', 'Texte à trous', 'Réponse libre']) await page.getByRole('checkbox', { name: type }).uncheck();
    await page.getByLabel('Nombre de questions').fill('1');
    await page.getByRole('button', { name: 'Commencer le quiz' }).click();
    await expect(page).toHaveURL(/#\/attempt\/\d+$/);
    await expect(page.getByTestId('attempt-question')).toHaveAttribute('data-card-type', 'yaml-fix');

    // The broken manifest is checked as it opens: errors underlined in the editor, counted below it.
    const editor = page.getByTestId('manifest-input');
    await expect(editor).toBeVisible();
    await expect(editor).toHaveAttribute('contenteditable', 'true');
    await expect(page.getByTestId('manifest-live')).toHaveText(/^[1-9]\d* erreurs?, /);
    await expect(page.locator('.cm-lintRange-error').first()).toBeVisible();
    await expectAccessible(page, 'quiz yaml-fix question');

    // Typed over: the diagnostics follow the text.
    await page.keyboard.press('Tab');
    await expect(editor).toBeFocused();
    await page.keyboard.press('Control+A');
    await paste(page, 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - port: "quatre-vingts"\n');
    await expect(editor).toContainText('quatre-vingts');
    await expect(page.getByTestId('manifest-live')).toHaveText(/^[1-9]\d* erreurs?, /);

    // Checked wrong: the feedback lists, line by line, what the checker still refuses.
    await page.keyboard.press('Control+Enter');
    await expect(page.getByTestId('quiz-feedback')).toHaveText('Mauvaise réponse');
    const refused = page.getByTestId('still-refused');
    await expect(refused).toContainText(/Le vérificateur refuse encore \d+ points? :/);
    await expect(refused.getByRole('listitem').first()).toHaveText(/^Ligne \d+ : \S/);
    await expect(editor).toHaveAttribute('contenteditable', 'false');
    await expectAccessible(page, 'quiz yaml-fix feedback');
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await sidewaysScroll(page)).toBe(0);
  });
});


test.describe('quiz and exam set-ups (web build)', () => {
  test('every topic of every deck is ticked at first: the quiz starts in one click with ten questions', async ({ page }) => {
    await page.goto('./#/quiz');
    const chosen = page.getByTestId('topics-chosen');
    await expect(chosen).toHaveText(/^(\d+) thèmes choisis sur \1$/);
    await expect(page.getByTestId('topic-group').first()).toBeVisible();
    await page.getByRole('button', { name: 'Commencer le quiz' }).click();
    await expect(page).toHaveURL(/#\/attempt\/\d+$/);
    const { questions } = await storedAttempt(page, attemptId(page));
    expect(questions).toHaveLength(10);
  });

  test('topics are grouped by deck, found by typing part of a name (accents ignored), ticked one by one or a deck at once', async ({ page }) => {
    await page.goto('./#/exam');
    const groups = page.getByTestId('topic-group');
    const available = page.getByTestId('available-count');
    await expect(available).not.toHaveText('0 question disponible');
    const total = await groups.count();
    expect(total).toBeGreaterThan(3);
    const everything = await available.textContent();

    await page.getByLabel('Filtrer les thèmes').fill('metallb');
    await expect(page.getByRole('group', { name: 'Services LoadBalancer sur site avec MetalLB' })).toBeVisible();
    await expect.poll(() => groups.count()).toBeLessThan(total);
    await page.getByLabel('Filtrer les thèmes').fill('RESEAU KUBERNETES');
    await expect(page.getByRole('group', { name: 'CNI : les implémentations du réseau Kubernetes' })).toBeVisible();
    await page.getByLabel('Filtrer les thèmes').fill('zzz introuvable');
    await expect(groups).toHaveCount(0);
    await expect(page.getByText('Aucun thème ni paquet ne correspond à « zzz introuvable ».')).toBeVisible();
    await page.getByLabel('Filtrer les thèmes').fill('');
    await expect(groups).toHaveCount(total);

    // Nothing ticked: nothing to start. One deck ticked whole, then one of its topics unticked: the box says "some".
    await page.getByRole('button', { name: 'Tout décocher' }).click();
    await expect(page.getByTestId('topics-chosen')).toHaveText(/^0 thème choisi sur \d+$/);
    await expect(available).toHaveText('0 question disponible');
    await expect(page.getByRole('button', { name: 'Commencer cet examen' })).toBeDisabled();
    const metallb = page.getByRole('group', { name: 'Services LoadBalancer sur site avec MetalLB' });
    const wholeDeck = metallb.getByRole('checkbox', { name: /^Tout le paquet \(\d+ cartes\)$/ });
    await wholeDeck.check();
    const deckOnly = await available.textContent();
    expect(deckOnly).not.toBe(everything);
    await metallb.getByRole('checkbox', { name: 'Modes couche 2 et BGP' }).uncheck();
    await expect(wholeDeck).not.toBeChecked();
    await expect.poll(() => wholeDeck.evaluate((box: HTMLInputElement) => box.indeterminate)).toBe(true);
    await page.getByRole('button', { name: 'Tout cocher' }).click();
    await expect(available).toHaveText(everything!);
  });

  test('at 360 px no screen scrolls sideways: quiz and exam set-ups, results, history', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('./#/quiz');
    await expect(page.getByTestId('topic-group').first()).toBeVisible();
    expect(await sidewaysScroll(page)).toBe(0);
    await page.goto('./#/exam');
    await expect(page.getByTestId('topic-group').first()).toBeVisible();
    expect(await sidewaysScroll(page)).toBe(0);

    await page.getByRole('button', { name: /Commencer l’examen — Examen blanc : réseau/ }).click();
    await expect(page).toHaveURL(/#\/attempt\/\d+$/);
    await page.getByRole('button', { name: 'Rendre ma copie' }).click();
    await page.getByTestId('submit-dialog').getByRole('button', { name: 'Rendre ma copie' }).click();
    await expect(page.getByTestId('topic-scores')).toBeVisible();
    expect(await sidewaysScroll(page)).toBe(0);
    // The per-topic table scrolls inside its own box, which keyboard users can reach.
    const box = page.getByRole('region', { name: 'Score par thème' });
    await expect(box).toHaveAttribute('tabindex', '0');

    await page.goto('./#/history');
    await expect(page.getByTestId('history-row')).toHaveCount(1);
    await expect(page.getByTestId('readiness-row').first()).toBeVisible();
    // The chart writes the attempt's date under its axis.
    await expect(page.getByTestId('chart-date')).toHaveCount(1);
    expect(await sidewaysScroll(page)).toBe(0);
  });
});
