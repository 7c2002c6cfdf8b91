import { invalid } from '../core/app-error';

/**
 * The port `hearback serve` listens on by default, on 127.0.0.1. The calendar feed's URL and the links in
 * calendar events and digests point at it unless the user names another address with HEARBACK_APP_URL.
 */
export const DEFAULT_PORT = 4720;

/** The web app's base URL on this machine. */
export function localAppUrl(port: number = DEFAULT_PORT): string {
  return `http://127.0.0.1:${port}`;
}

/** The port `hearback serve` uses: HEARBACK_PORT when set, as the serve command reads it. */
function portFrom(env: Readonly<Record<string, string | undefined>>): number {
  const text = env['HEARBACK_PORT']?.trim();
  if (text === undefined || text === '') return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw invalid('HEARBACK_PORT', `is not a port number: "${text}"`);
  return port;
}

/**
 * The base URL links should use: `given` (a command-line option) or HEARBACK_APP_URL when set (server mode,
 * or a public address Google Calendar can reach), else the local web app on HEARBACK_PORT or the default
 * port. A trailing slash is dropped so paths join cleanly; anything but an http(s) URL is a validation error
 * naming where it came from.
 *
 * @example
 * appUrlFrom({ HEARBACK_APP_URL: 'https://hearback.example.org/' }) // 'https://hearback.example.org'
 * appUrlFrom({}) // 'http://127.0.0.1:4720'
 */
export function appUrlFrom(env: Readonly<Record<string, string | undefined>>, given?: string): string {
  const field = given === undefined ? 'HEARBACK_APP_URL' : 'app-url';
  const value = (given ?? env['HEARBACK_APP_URL'] ?? '').trim();
  if (value === '') return localAppUrl(portFrom(env));
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalid(field, `is not a URL: "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw invalid(field, `must be an http or https URL: "${value}"`);
  return value.replace(/\/+$/, '');
}
