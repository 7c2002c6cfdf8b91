import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { invalid } from '../core/app-error';

export type StoreTarget = { kind: 'postgres'; url: string } | { kind: 'sqlite'; file: string };

export const DATABASE_FILE = 'hearback.db';

/**
 * Which database a store url names. `postgres://` and `postgresql://` urls are PostgreSQL; `sqlite:PATH`,
 * `sqlite:///abs/path`, `file:` urls, plain paths and `:memory:` are SQLite; no url at all is
 * `<home>/hearback.db`. Any other scheme is refused rather than mistaken for a file name.
 *
 * @example
 * storeTarget(undefined, '/home/alex/.local/share/hearback');
 * // { kind: 'sqlite', file: '/home/alex/.local/share/hearback/hearback.db' }
 */
export function storeTarget(url: string | undefined, home: string): StoreTarget {
  if (url === undefined || url.trim() === '') return { kind: 'sqlite', file: join(home, DATABASE_FILE) };
  if (/^postgres(ql)?:\/\//i.test(url)) return { kind: 'postgres', url };
  if (/^sqlite:/i.test(url)) {
    const rest = url.slice('sqlite:'.length);
    const file = rest.startsWith('//') ? rest.slice(2) : rest;
    if (file === '') throw invalid('url', `names no database file: ${url}`);
    return { kind: 'sqlite', file };
  }
  if (/^file:/i.test(url)) {
    try {
      return { kind: 'sqlite', file: fileURLToPath(url) };
    } catch (error) {
      throw invalid('url', `is not a usable file url: ${url}`, error);
    }
  }
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url);
  if (scheme !== null)
    throw invalid('url', `uses an unsupported scheme "${scheme[1]}:"; use postgres:// or sqlite:`);
  return { kind: 'sqlite', file: url };
}
