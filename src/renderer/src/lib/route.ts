// Hash routes, so that a reload (or the web twin's back button) keeps the current view.
export type Route = { name: 'library' } | { name: 'deck'; deckId: string };

export function parseRoute(hash: string): Route {
  const match = /^#\/deck\/([a-z0-9-]+)$/.exec(hash);
  return match ? { name: 'deck', deckId: match[1] } : { name: 'library' };
}

export function hrefOf(route: Route): string {
  return route.name === 'deck' ? `#/deck/${route.deckId}` : '#/';
}
