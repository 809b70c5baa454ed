// A walk through every main screen of the app, shared by the layout test (layout.spec.ts) and
// `npm run screenshots`: each step reaches one screen and waits until it is drawn.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { buryUntil, raiseNewCardLimit } from './helpers';

export interface Screen {
  /** File-name friendly name of the screen. */
  name: string;
  /** Reaches the screen from the one before it in SCREENS (the first from anywhere). */
  reach: (page: Page) => Promise<void>;
}

export const SCREENS: readonly Screen[] = [
  {
    name: 'library',
    reach: async (page) => {
      await page.goto('./');
      await expect(page.getByTestId('deck-counts').first()).toBeVisible();
    },
  },
  {
    name: 'deck',
    reach: async (page) => {
      await page.goto('./#/deck/ingress');
      await expect(page.getByTestId('item-state').first()).toBeVisible();
    },
  },
  {
    name: 'settings',
    reach: async (page) => {
      // Every card of a deck is offered today, so that the review below reaches its challenge.
      await raiseNewCardLimit(page);
    },
  },
  {
    name: 'study-question',
    reach: async (page) => {
      await page.goto('./#/study/deck/ingress');
      await expect(page.getByTestId('study-card')).toHaveAttribute('data-card-type', 'basic');
    },
  },
  {
    name: 'study-answer',
    reach: async (page) => {
      await page.keyboard.press('Space');
      await expect(page.getByTestId('grade-3')).toBeVisible();
    },
  },
  {
    name: 'challenge',
    reach: async (page) => {
      await buryUntil(page, 'ingress/fix-host-adresse-ip');
      await expect(page.getByTestId('challenge-live')).toContainText('erreur');
    },
  },
  {
    name: 'quiz-setup',
    reach: async (page) => {
      await page.goto('./#/quiz');
      await expect(page.getByRole('button', { name: 'Commencer le quiz' })).toBeVisible();
    },
  },
  {
    name: 'quiz',
    reach: async (page) => {
      await page.getByRole('button', { name: 'Commencer le quiz' }).click();
      await expect(page.getByTestId('attempt-question')).toBeVisible();
    },
  },
  {
    name: 'exam-setup',
    reach: async (page) => {
      await page.goto('./#/exam');
      await expect(page.getByRole('button', { name: /Commencer l’examen/ }).first()).toBeVisible();
    },
  },
  {
    name: 'exam',
    reach: async (page) => {
      await page.getByRole('button', { name: /Commencer l’examen/ }).first().click();
      await expect(page.getByTestId('attempt-question')).toBeVisible();
    },
  },
  {
    name: 'results',
    reach: async (page) => {
      await page.getByRole('button', { name: 'Rendre ma copie' }).click();
      await expect(page.getByTestId('submit-dialog')).toBeVisible();
      await page.getByTestId('submit-dialog').getByRole('button', { name: 'Rendre ma copie' }).click();
      await expect(page.getByTestId('score')).toBeVisible();
    },
  },
  {
    name: 'history',
    reach: async (page) => {
      await page.goto('./#/history');
      await expect(page.getByTestId('history-row').first()).toBeVisible();
    },
  },
  {
    name: 'statistics',
    reach: async (page) => {
      await page.goto('./#/stats');
      await expect(page.getByTestId('stats-today-summary').or(page.getByTestId('stats-empty'))).toBeVisible();
    },
  },
  {
    name: 'card-browser',
    reach: async (page) => {
      await page.goto('./#/cards');
      await expect(page.getByTestId('browser-row').first()).toBeVisible();
    },
  },
  {
    name: 'about',
    reach: async (page) => {
      await page.goto('./#/about');
      await expect(page.getByTestId('about-version')).toBeVisible();
    },
  },
];

/** How far the page scrolls sideways (0: not at all). */
export async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}
