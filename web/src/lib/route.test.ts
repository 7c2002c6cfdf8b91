import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { href, parseRoute, type Route } from './route';

describe('parseRoute', () => {
  it.each([
    ['', { name: 'today' }],
    ['#/', { name: 'today' }],
    ['#/today', { name: 'today' }],
    ['#/board/', { name: 'board' }],
    ['#/import', { name: 'import' }],
    ['#/mail', { name: 'mail', tab: 'outbox' }],
    ['#/mail/review/', { name: 'mail', tab: 'review' }],
    ['#/settings/mail', { name: 'settings', section: 'mail' }],
    ['#/settings/profile', { name: 'settings', section: 'profile' }],
    ['#/applications/app_1', { name: 'application', id: 'app_1' }],
    ['#/applications/a%2Fb', { name: 'application', id: 'a/b' }],
    ['#/applications/app_1/actions/a_7', { name: 'application', id: 'app_1', action: 'a_7' }],
    ['#/applications/app_1/actions/a_7/', { name: 'application', id: 'app_1', action: 'a_7' }],
    ['#/applications/a%2Fb/actions/x%20y%23z', { name: 'application', id: 'a/b', action: 'x y#z' }],
    ['#/applications/app_1/actions', { name: 'not_found', path: 'applications/app_1/actions' }],
    ['#/applications/app_1/notes/a_7', { name: 'not_found', path: 'applications/app_1/notes/a_7' }],
    ['#/applications/app_1/actions/a_7/more', { name: 'not_found', path: 'applications/app_1/actions/a_7/more' }],
    ['#/applications/app_1/actions/%E0%A4%A', { name: 'not_found', path: 'applications/app_1/actions/%E0%A4%A' }],
    ['#/sources/003/actions/a_7', { name: 'not_found', path: 'sources/003/actions/a_7' }],
    ['#/sources/003', { name: 'sources', seed: '003' }],
    ['#/applications', { name: 'not_found', path: 'applications' }],
    ['#/applications/%E0%A4%A', { name: 'not_found', path: 'applications/%E0%A4%A' }],
    ['#/nowhere', { name: 'not_found', path: 'nowhere' }],
  ])('reads %s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('reads back every application link it writes', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (id) => {
        expect(parseRoute(href({ name: 'application', id }))).toEqual({ name: 'application', id });
      }),
    );
  });

  it('reads back every action link it writes', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (id, action) => {
        expect(parseRoute(href({ name: 'application', id, action }))).toEqual({ name: 'application', id, action });
      }),
    );
  });

  it('never throws on garbage', () => {
    fc.assert(fc.property(fc.string(), (hash) => void parseRoute(hash)));
  });
});

describe('href', () => {
  it.each([
    [{ name: 'application', id: 'app_1' }, '#/applications/app_1'],
    [{ name: 'application', id: 'app_1', action: 'a_7' }, '#/applications/app_1/actions/a_7'],
    [{ name: 'application', id: 'a/b', action: 'x y#z' }, '#/applications/a%2Fb/actions/x%20y%23z'],
    [{ name: 'sources', seed: '003' }, '#/sources/003'],
    [{ name: 'mail', tab: 'review' }, '#/mail/review'],
  ] satisfies [Route, string][])('writes %o as %s', (route, link) => {
    expect(href(route)).toBe(link);
  });
});
