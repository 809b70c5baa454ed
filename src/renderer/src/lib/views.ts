// Every view but the library loads when first opened, so that start-up ships only the library
// (Markdown rendering, the scheduler, exams and settings come with the views that use them).
import type { Component } from 'svelte';
import type { Route } from './route';

type View = Component<Record<string, unknown>>;
type Loader = () => Promise<{ default: unknown }>;

const LOADERS: Record<Exclude<Route['name'], 'library'>, Loader> = {
  deck: () => import('../components/DeckView.svelte'),
  study: () => import('../components/study/StudySession.svelte'),
  settings: () => import('../components/Settings.svelte'),
  quiz: () => import('../components/exam/QuizSetup.svelte'),
  exam: () => import('../components/exam/ExamSetup.svelte'),
  attempt: () => import('../components/exam/AttemptView.svelte'),
  results: () => import('../components/exam/Results.svelte'),
  history: () => import('../components/exam/History.svelte'),
  stats: () => import('../components/stats/StatsPage.svelte'),
  cards: () => import('../components/browser/CardBrowser.svelte'),
  about: () => import('../components/About.svelte'),
};

export async function viewOf(name: Exclude<Route['name'], 'library'>): Promise<View> {
  return (await LOADERS[name]()).default as View;
}
