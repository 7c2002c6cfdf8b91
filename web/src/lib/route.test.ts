import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { href, parseRoute } from './route';

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

  it('never throws on garbage', () => {
    fc.assert(fc.property(fc.string(), (hash) => void parseRoute(hash)));
  });
});
