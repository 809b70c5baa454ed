// Hash routes, so that a reload (or the web twin's back button) keeps the current view.
import type { StudyScope } from './scope';

export type Route =
  | { name: 'library' }
  | { name: 'deck'; deckId: string }
  | { name: 'study'; scope: StudyScope }
  | { name: 'settings' };

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
      return '#/settings';
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
 * A study session survives closing the app: the route is remembered while studying, and the app
 * reopens on it (answers are already saved; the queue is rebuilt from them).
 */
export function rememberRoute(route: Route): void {
  try {
    if (route.name === 'study') localStorage.setItem(LAST_STUDY_ROUTE, hrefOf(route));
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
