import { describe, expect, it } from 'vitest';
import { AppError } from '../core/app-error';
import { storeTarget } from './store-target';

describe('storeTarget', () => {
  const home = '/home/alex/.local/share/hearback';

  it.each([
    ['no url opens hearback.db in the home', undefined, { kind: 'sqlite', file: `${home}/hearback.db` }],
    ['a blank url opens hearback.db in the home', '  ', { kind: 'sqlite', file: `${home}/hearback.db` }],
    [
      'postgres:// is PostgreSQL',
      'postgres://u@db:5432/hb',
      { kind: 'postgres', url: 'postgres://u@db:5432/hb' },
    ],
    ['postgresql:// is PostgreSQL', 'postgresql://db/hb', { kind: 'postgres', url: 'postgresql://db/hb' }],
    ['sqlite:path is that file', 'sqlite:data/hb.db', { kind: 'sqlite', file: 'data/hb.db' }],
    [
      'sqlite:///abs is the absolute file',
      'sqlite:///var/lib/hb.db',
      { kind: 'sqlite', file: '/var/lib/hb.db' },
    ],
    ['sqlite::memory: is an in-memory database', 'sqlite::memory:', { kind: 'sqlite', file: ':memory:' }],
    ['a file url is its path', 'file:///var/lib/hb%20x.db', { kind: 'sqlite', file: '/var/lib/hb x.db' }],
    ['a plain path is a file', '/tmp/hb.db', { kind: 'sqlite', file: '/tmp/hb.db' }],
  ])('%s', (_name, url, expected) => {
    expect(storeTarget(url, home)).toEqual(expected);
  });

  it.each(['mysql://db/hb', 'sqlite:', 'sqlite://'])('refuses %s as a validation error on the url', (url) => {
    let caught: unknown;
    try {
      storeTarget(url, home);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect(caught).toMatchObject({ code: 'validation', field: 'url' });
  });
});
