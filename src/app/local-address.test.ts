import { describe, expect, it } from 'vitest';
import { appUrlFrom, DEFAULT_PORT } from './local-address';

describe('appUrlFrom', () => {
  it('defaults to the local web app on the default port', () => {
    expect(appUrlFrom({})).toBe(`http://127.0.0.1:${DEFAULT_PORT}`);
  });

  it('takes HEARBACK_APP_URL without its trailing slash, and an option over it', () => {
    expect(appUrlFrom({ HEARBACK_APP_URL: 'https://hearback.example.org/' })).toBe(
      'https://hearback.example.org',
    );
    expect(appUrlFrom({ HEARBACK_APP_URL: 'https://a.example' }, 'https://b.example/x/')).toBe(
      'https://b.example/x',
    );
  });

  it('points at the port `hearback serve` uses when HEARBACK_PORT is set', () => {
    expect(appUrlFrom({ HEARBACK_PORT: '8080' })).toBe('http://127.0.0.1:8080');
    expect(() => appUrlFrom({ HEARBACK_PORT: 'eighty' })).toThrow(/HEARBACK_PORT is not a port number/);
  });

  it('names the setting that is not an http URL', () => {
    expect(() => appUrlFrom({ HEARBACK_APP_URL: 'ftp://x.example' })).toThrow(
      /HEARBACK_APP_URL must be an http/,
    );
    expect(() => appUrlFrom({}, 'not a url')).toThrow(/app-url is not a URL/);
  });
});
