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
