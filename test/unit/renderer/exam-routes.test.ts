import { beforeEach, describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, rememberRoute, routeToResume, type Route } from '../../../src/renderer/src/lib/route';

describe('quiz and exam routes', () => {
  beforeEach(() => localStorage.clear());

  it('read and write the setup, attempt, results and history routes', () => {
    const routes: Route[] = [{ name: 'quiz' }, { name: 'exam' }, { name: 'attempt', id: 12 }, { name: 'results', id: 7 }, { name: 'history' }];
    for (const route of routes) expect(parseRoute(hrefOf(route))).toEqual(route);
    expect(hrefOf({ name: 'attempt', id: 12 })).toBe('#/attempt/12');
    expect(parseRoute('#/attempt/0')).toEqual({ name: 'library' });
    expect(parseRoute('#/results/abc')).toEqual({ name: 'library' });
  });

  it('give the About screen a route of its own', () => {
    expect(parseRoute('#/about')).toEqual({ name: 'about' });
    expect(hrefOf({ name: 'about' })).toBe('#/about');
  });

  it('reopen the app on a running attempt, as on a study session, and forget it once left', () => {
    rememberRoute({ name: 'attempt', id: 3 });
    expect(routeToResume()).toBe('#/attempt/3');
    rememberRoute({ name: 'results', id: 3 });
    expect(routeToResume()).toBeUndefined();
  });
});
