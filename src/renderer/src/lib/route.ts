// Hash routes, so that a reload (or the web twin's back button) keeps the current view.
import type { StudyScope } from './scope';

export type Route =
  | { name: 'library' }
  | { name: 'deck'; deckId: string }
  | { name: 'study'; scope: StudyScope }
  | { name: 'settings' }
  | { name: 'quiz' }
  | { name: 'exam' }
  | { name: 'attempt'; id: number }
  | { name: 'results'; id: number }
  | { name: 'history' }
  | { name: 'stats' }
  | { name: 'cards' }
  | { name: 'about' };

const ID = '[a-z0-9]+(?:-[a-z0-9]+)*';

export function parseRoute(hash: string): Route {
  let match = new RegExp(`^#/deck/(${ID})$`).exec(hash);
  if (match) return { name: 'deck', deckId: match[1] };
  match = new RegExp(`^#/study/deck/(${ID})$`).exec(hash);
  if (match) return { name: 'study', scope: { kind: 'deck', deckId: match[1] } };
  match = /^#\/study\/tag\/([^/]+)$/.exec(hash);
  if (match) return { name: 'study', scope: { kind: 'tag', tag: safeDecode(match[1]) } };
  if (hash === '#/study/all') return { name: 'study', scope: { kind: 'all' } };
  if (hash === '#/settings') return { name: 'settings' };
  if (hash === '#/stats') return { name: 'stats' };
  match = /^#\/(attempt|results)\/([1-9]\d{0,14})$/.exec(hash);
  if (match) return { name: match[1] as 'attempt' | 'results', id: Number(match[2]) };
  if (hash === '#/quiz' || hash === '#/exam' || hash === '#/history' || hash === '#/cards' || hash === '#/about')
    return { name: hash.slice(2) as 'quiz' | 'exam' | 'history' | 'cards' | 'about' };
  return { name: 'library' };
}

export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'deck':
      return `#/deck/${route.deckId}`;
    case 'study': {
      const scope = route.scope;
      if (scope.kind === 'deck') return `#/study/deck/${scope.deckId}`;
      if (scope.kind === 'tag') return `#/study/tag/${encodeURIComponent(scope.tag)}`;
      return '#/study/all';
    }
    case 'settings':
    case 'quiz':
    case 'exam':
    case 'history':
    case 'stats':
    case 'cards':
    case 'about':
      return `#/${route.name}`;
    case 'attempt':
    case 'results':
      return `#/${route.name}/${route.id}`;
    default:
      return '#/';
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const LAST_STUDY_ROUTE = 'kubedeck.lastStudyRoute';

/**
 * A study session or a running quiz or exam survives closing the app: the route is remembered
 * while on it, and the app reopens on it (answers are already saved; an exam's clock kept running).
 */
export function rememberRoute(route: Route): void {
  try {
    if (route.name === 'study' || route.name === 'attempt') localStorage.setItem(LAST_STUDY_ROUTE, hrefOf(route));
    else localStorage.removeItem(LAST_STUDY_ROUTE);
  } catch {
    // No storage: the session simply is not resumed.
  }
}

export function routeToResume(): string | undefined {
  try {
    return localStorage.getItem(LAST_STUDY_ROUTE) ?? undefined;
  } catch {
    return undefined;
  }
}
