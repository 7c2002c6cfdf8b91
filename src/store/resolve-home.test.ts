import { describe, expect, it } from 'vitest';
import { resolveHome } from './resolve-home';

describe('resolveHome', () => {
  const home = '/home/alex';

  it.each([
    ['uses HEARBACK_HOME above everything', { HEARBACK_HOME: '/srv/hb', XDG_DATA_HOME: '/data' }, '/srv/hb'],
    ['uses XDG_DATA_HOME/hearback without HEARBACK_HOME', { XDG_DATA_HOME: '/data' }, '/data/hearback'],
    ['falls back to ~/.local/share/hearback', {}, '/home/alex/.local/share/hearback'],
    [
      'treats an empty HEARBACK_HOME as unset',
      { HEARBACK_HOME: '', XDG_DATA_HOME: '/data' },
      '/data/hearback',
    ],
    ['treats an empty XDG_DATA_HOME as unset', { XDG_DATA_HOME: '' }, '/home/alex/.local/share/hearback'],
    [
      'ignores a relative XDG_DATA_HOME, as the XDG spec asks',
      { XDG_DATA_HOME: 'data' },
      '/home/alex/.local/share/hearback',
    ],
  ])('%s', (_name, env: Record<string, string>, expected) => {
    expect(resolveHome(env, home)).toBe(expected);
  });
});
