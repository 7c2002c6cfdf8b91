import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { invalid } from '../core/app-error';
import type { Clock } from '../ports/clock';
import type { Store } from '../ports/store';
import { resolveHome } from './resolve-home';
import { openSqliteStore } from './sqlite/open-sqlite-store';
import { storeTarget } from './store-target';

export { resolveHome } from './resolve-home';

export interface OpenStoreConfig {
  /** `postgres://…`, `postgresql://…`, `sqlite:PATH`, a file path, or nothing for `<home>/hearback.db`. */
  url?: string;
  /** The data directory; `resolveHome(process.env)` when not given. */
  home?: string;
  /** Stamps new users' creation time; the system clock when not given. */
  clock?: Clock;
}

/**
 * Opens the store the config names and brings its schema up to date. PostgreSQL's module, and with it `pg`,
 * is imported only when a postgres url is given, so the CLI's cold start on the default SQLite store never
 * loads them.
 *
 * @example
 * const store = await openStore({ url: process.env.HEARBACK_DB });
 * const today = await store.forUser('local').listActions({ dueStartBefore: now.toISOString() });
 */
export async function openStore(config: OpenStoreConfig = {}): Promise<Store> {
  const target = storeTarget(config.url, config.home ?? resolveHome(process.env));
  if (config.url !== undefined && config.url.trim() !== '' && target.kind === 'sqlite') assertFolderExists(target.file);
  const options = config.clock === undefined ? {} : { clock: config.clock };
  const store =
    target.kind === 'postgres'
      ? (await import('./postgres/open-postgres-store')).openPostgresStore(target.url, options)
      : openSqliteStore(target.file, options);
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/**
 * A database file named explicitly (`--db`, `$HEARBACK_DB`) must be in a folder that exists: creating the
 * folders would turn a typo into a new, empty store that quietly hides the real one. Only the default data
 * directory is created on first use.
 */
function assertFolderExists(file: string): void {
  if (file === ':memory:' || file === '') return;
  const folder = dirname(file);
  const stat = statSync(folder, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) throw invalid('db', `names a database in a folder that does not exist: ${folder} (create it first, or check the path)`);
}
